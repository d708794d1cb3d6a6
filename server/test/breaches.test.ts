import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { up as timelineKeysMigration } from '../src/db/migrations/0050-breach-timeline-keys'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { identityEncryptionContext } from '../src/domain/subjects/identity'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { deliverMailJob } from '../src/mail/deliver-job'
import { runBreachReminders } from '../src/modules/breaches'
import type { Organization } from '../src/modules/organizations'
import { toOrganization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { sealSubjectName } from '../src/modules/subjects'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { runQueuedJobs } from './support/jobs'
import { storedMails } from './support/outbox'
import { sampleRegister } from './support/register'
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp'

// Awareness on a Friday at 23:30 (Brussels, winter time): part 1 is due on the Monday at 23:30.
const FRIDAY = '2026-01-09T23:30:00+01:00'
const MONDAY_DUE = '2026-01-12T22:30:00.000Z'

const facts = {
  title: 'Laptop with client files stolen',
  discoveredAt: '2026-01-09T21:00:00+01:00',
  discoveryMethod: 'The employee reported the theft by phone.',
  awareAt: FRIDAY,
  occurredFrom: '2026-01-09T18:00:00+01:00',
  description:
    'An unencrypted laptop with the bookkeeping files of clients was stolen from an employee’s car.',
  nature: ['confidentiality'],
  origin: 'lost_or_stolen_device',
  cause: 'external_malicious',
  systems: ['cloudbooks-app'],
  peopleApprox: 300,
  recordsApprox: 4200,
  encrypted: false,
  consequences: 'The people could receive targeted phishing messages or become victims of identity fraud.',
  measuresTaken:
    'The laptop was locked and wiped remotely; the CloudBooks sessions and passwords were revoked.',
  measuresProposed: 'Full-disk encryption on every laptop by the end of the month.',
  adviceToSubjects: 'Be wary of e-mails or calls asking for your bank details in our name.',
}

describe('breaches: record, clocks and reminders, decisions, GBA drafts, letters through SMTP', () => {
  let t: TestContext
  let smtp: TestSmtpServer
  let app: App
  let org: Organization
  let officer: ReturnType<typeof asUser>
  let officerEmail: string
  let auditor: ReturnType<typeof asUser>
  let breachId: string
  const api = () => `/api/v1/orgs/${org.slug}/breaches`

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    t = await createTestContext({ smtpUrl: smtp.url })
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    const m = await createMember(t.ctx, org, 'privacy_officer')
    officerEmail = m.email
    officer = asUser(app, await signIn(app, m.email, m.password))
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    // After the import, which sets the profile from the register's organisation section.
    org = toOrganization(
      await t.ctx.db
        .updateTable('organizations')
        .set({
          legal_name: 'Boekhouding Peeters BV',
          enterprise_number: '0403.019.261',
          street: 'Kerkstraat 1',
          postal_code: '9000',
          city: 'Gent',
          privacy_contact_name: 'Els Peeters',
          privacy_contact_email: 'privacy@peeters.be',
          privacy_contact_phone: '+32 9 123 45 67',
        })
        .where('id', '=', org.id)
        .returningAll()
        .executeTakeFirstOrThrow(),
    )
  })

  afterAll(async () => {
    await app?.close()
    await t?.close()
    await smtp?.close()
  })

  it('records a breach: the register fills in categories and processors, the 72-hour clock starts', async () => {
    const res = await officer('POST', api(), facts)
    expect(res.statusCode).toBe(201)
    const b = res.json()
    breachId = b.id
    expect(b.reference).toMatch(/^B-\d{4}-001$/)
    expect(b.facts).toMatchObject({
      activities: ['bookkeeping'],
      dataCategories: ['identification'],
      subjectCategories: ['clients'],
      processors: ['cloudbooks'],
    })
    expect(b.clocks[0]).toMatchObject({ name: 'part1', dueAt: MONDAY_DUE, state: 'overdue' })
    expect(b.delayReasonRequired).toBe(true)
    expect(b.noticePromise).toBeNull()
    expect(b.timeline.map((e: { kind: string }) => e.kind)).toEqual(['recorded'])
    expectProblem(await officer('POST', api(), { ...facts, systems: ['nope'] }), 422)
    expect((await auditor('POST', api(), facts)).statusCode).toBe(403)
    const list = (await auditor('GET', api())).json()
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([breachId])
  })

  it('reminds the privacy officers once per set point, then once overdue', async () => {
    const at = (iso: string) => runBreachReminders(t.ctx, new Date(iso))
    expect(await at('2026-01-10T12:00:00+01:00')).toBe(0)
    expect(await at('2026-01-11T00:00:00+01:00')).toBe(1) // 48 hours before
    expect(await at('2026-01-11T00:15:00+01:00')).toBe(0)
    expect(await at('2026-01-13T00:00:00+01:00')).toBe(1) // overdue
    expect(await at('2026-01-13T00:15:00+01:00')).toBe(0)
    const reminders = await t.ctx.db
      .selectFrom('breach_events')
      .select(['reminder_key'])
      .where('breach_id', '=', breachId)
      .where('kind', '=', 'reminder')
      .execute()
    expect(reminders.map((r) => r.reminder_key?.split(':').at(-2))).toEqual(['due_soon', 'overdue'])
    await runQueuedJobs(t.ctx, deliverMailJob)
    const mails = smtp.received.filter((m) => m.to.includes(officerEmail))
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringMatching(/B-2\d{3}-001/),
      expect.stringMatching(/B-2\d{3}-001/),
    ])
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', breachId)
      .where('action', '=', 'breach.reminder_sent')
      .execute()
    expect(audit).toHaveLength(2)
  })

  it('decides with the ENISA score; an exception needs a high risk and (a) needs encryption', async () => {
    const enisa = {
      dataKind: 'financial',
      identification: 'maximum',
      confidentiality: 'unknown_recipients',
      integrity: 'none',
      availability: 'none',
      malicious: true,
    }
    const refused = await officer('POST', `${api()}/${breachId}/assessment`, {
      risk: 'high',
      reasoning: 'x',
      exception: 'unintelligible',
    })
    expect(expectProblem(refused, 422).code).toBe('unintelligible_needs_encryption')
    const res = await officer('POST', `${api()}/${breachId}/assessment`, {
      risk: 'high',
      reasoning: 'Unencrypted client files in the hands of a thief: identity fraud is likely.',
      decidedBy: 'Els Peeters, privacy officer',
      enisa,
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().assessment).toMatchObject({
      enisa: { dpc: 3, ei: 1, cb: 1, score: 4, level: 'very_high' },
      obligations: { notifyAuthority: true, informSubjects: true },
      decidedBy: 'Els Peeters, privacy officer',
    })
  })

  it('an overdue part 1 needs the reasons for the delay; the case number is recorded once filed', async () => {
    const late = await officer('POST', `${api()}/${breachId}/notification/part1`, {
      filedAt: '2026-01-13T10:00:00+01:00',
    })
    expect(expectProblem(late, 422).code).toBe('delay_reason_required')
    const filed = await officer('POST', `${api()}/${breachId}/notification/part1`, {
      filedAt: '2026-01-13T10:00:00+01:00',
      delayReason: 'The list of clients on the laptop was only reconstructed on Tuesday morning.',
    })
    expect(filed.statusCode).toBe(200)
    expect(filed.json().clocks.map((c: { name: string; state: string }) => [c.name, c.state])).toEqual([
      ['part1', 'late'],
      ['part2', 'overdue'],
    ])
    expect(filed.json().part2DueAt).toBe('2026-02-03T22:59:59.999Z')
    const numbered = await officer('POST', `${api()}/${breachId}/notification/part1`, {
      caseNumber: 'DOS-2026-00042',
    })
    expect(numbered.json()).toMatchObject({
      caseNumber: 'DOS-2026-00042',
      part1FiledAt: '2026-01-13T09:00:00.000Z',
    })
  })

  it('drafts part 1 and 2 in nl, fr and de with every element of Art. 33(3), as text and as PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'breach-pdf-'))
    try {
      for (const lang of ['nl', 'fr', 'de']) {
        for (const part of ['1', '2']) {
          const res = await auditor(
            'GET',
            `${api()}/${breachId}/notification-draft?part=${part}&lang=${lang}`,
          )
          expect(res.statusCode).toBe(200)
          const draft = res.json()
          const fields = draft.sections.flatMap((s: { fields: unknown[] }) => s.fields) as {
            id: string
            value: string
            element?: string
          }[]
          for (const element of ['art33_3_a', 'art33_3_b', 'art33_3_c', 'art33_3_d'])
            expect(fields.filter((f) => f.element === element).length, `${lang} ${element}`).toBeGreaterThan(
              0,
            )
          const value = (id: string) => fields.find((f) => f.id === id)?.value
          expect(value('description')).toBe(facts.description)
          expect(value('people')).toBe('300')
          expect(value('records')).toBe('4200')
          expect(value('contactEmail')).toBe('privacy@peeters.be')
          expect(value('likely')).toBe(facts.consequences)
          expect(value('taken')).toBe(facts.measuresTaken)
          expect(value('aware')).toBe('09/01/2026 23:30')
          expect(value('delay')).toContain('reconstructed on Tuesday')
          expect(draft.text).toContain(facts.description)
          if (part === '2') expect(value('caseNumber')).toBe('DOS-2026-00042')
        }
        const pdf = await auditor('GET', `${api()}/${breachId}/notification-draft/pdf?part=1&lang=${lang}`)
        expect(pdf.headers['content-type']).toBe('application/pdf')
        const file = join(dir, `${lang}.pdf`)
        writeFileSync(file, pdf.rawPayload)
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
          /\s+/g,
          ' ',
        )
        expect(text).toContain('privacy@peeters.be')
        expect(text).toContain('stolen from an employee')
        expect(text).toContain(
          { nl: 'Gegevensbeschermingsautoriteit', fr: 'Autorité de protection', de: 'Datenschutzbehörde' }[
            lang
          ],
        )
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const stranger = await auditor('GET', `${api()}/${breachId}/notification-draft?lang=en`)
    expectProblem(stranger, 400)
  })

  it('sends letters to 500 people in their language through SMTP, throttled, with delivery status', async () => {
    const languages = ['nl', 'fr', 'en'] as const
    const emails = new Map<string, string>()
    const people = Array.from({ length: 500 }, (_, i) => ({
      id: randomUUID(),
      email: `klant${i}@example.be`,
      language: languages[i % 3] ?? 'nl',
    }))
    for (const p of people) emails.set(p.email, p.language)
    await t.ctx.db
      .insertInto('subjects')
      .values([
        ...people.map((p, i) => ({
          id: p.id,
          organization_id: org.id,
          display_name_encrypted: sealSubjectName(t.ctx.encryption, p.id, `Klant ${i}`).encrypted,
          preferred_language: p.language,
        })),
        // One person without an e-mail address.
        { organization_id: org.id, preferred_language: 'nl' as const },
      ])
      .execute()
    await t.ctx.db
      .insertInto('subject_identities')
      .values(
        people.map((p) => ({
          organization_id: org.id,
          subject_id: p.id,
          kind: 'email' as const,
          value_encrypted: t.ctx.encryption.encrypt(p.email, identityEncryptionContext('email')),
          value_masked: 'k***@example.be',
          lookup_key: t.ctx.encryption.blindIndex(p.email, 'test'),
        })),
      )
      .execute()
    const preview = (await auditor('GET', `${api()}/${breachId}/letters/preview?lang=fr`)).json()
    expect(preview.missing).toEqual([])
    const body = preview.paragraphs.join('\n')
    for (const part of [facts.description, facts.consequences, facts.measuresTaken, 'privacy@peeters.be'])
      expect(body).toContain(part)

    expect(
      (await auditor('POST', `${api()}/${breachId}/letters`, { selection: { all: true } })).statusCode,
    ).toBe(403)
    const sent = await officer('POST', `${api()}/${breachId}/letters`, {
      selection: { all: true },
      perMinute: 400,
    })
    expect(sent.statusCode).toBe(202)
    expect(sent.json()).toMatchObject({
      queued: 500,
      withoutEmail: 1,
      byLanguage: { nl: 167, fr: 167, en: 166 },
    })
    // Throttled: 400 are due now, 100 a minute later.
    await runQueuedJobs(t.ctx, deliverMailJob)
    const letters = () => smtp.received.filter((m) => m.to[0]?.startsWith('klant'))
    expect(letters()).toHaveLength(400)
    await t.ctx.db
      .updateTable('outbox_messages')
      .set({ next_attempt_at: new Date() })
      .where('status', '=', 'pending')
      .execute()
    for (const m of await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('status', '=', 'pending')
      .execute())
      await deliverMailJob.run({ messageId: m.id }, t.ctx)
    expect(letters()).toHaveLength(500)
    const subjects = {
      nl: 'Inbreuk in verband met uw persoonsgegevens',
      fr: 'Violation de données',
      en: 'A personal data breach',
    }
    for (const mail of letters()) {
      const language = emails.get(mail.to[0] ?? '') as keyof typeof subjects
      expect(mail.subject.startsWith(subjects[language]), mail.subject).toBe(true)
    }
    const status = (await auditor('GET', `${api()}/${breachId}/letters`)).json()
    expect(status).toMatchObject({
      total: 500,
      byStatus: { sent: 500 },
      byLanguage: { nl: 167, fr: 167, en: 166 },
    })
    // Nobody is informed twice.
    const again = await officer('POST', `${api()}/${breachId}/letters`, { selection: { all: true } })
    expect(again.json()).toMatchObject({ queued: 0, alreadyInformed: 500 })
  }, 400_000)

  it('a processor’s clock runs to its controllers (24 h by default); exports every breach as XLSX', async () => {
    const res = await officer('POST', api(), {
      ...facts,
      title: 'Misconfigured bucket at a client',
      role: 'processor',
      systems: [],
      controllers: [{ name: 'Client NV', email: 'dpo@client.be' }],
    })
    const b = res.json()
    expect(b.clocks).toEqual([
      expect.objectContaining({ name: 'controllers', dueAt: '2026-01-10T22:30:00.000Z' }),
    ])
    expectProblem(await officer('POST', `${api()}/${b.id}/notification/part1`, {}), 409)
    const xlsx = await auditor('GET', `${api()}/export?lang=nl`)
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK')
  })
  it('a processor e-mails its notice to each of two clients in their language, once; late only with a reason', async () => {
    const b = (
      await officer('POST', api(), {
        ...facts,
        title: 'Backup disk of two clients lost',
        role: 'processor',
        systems: [],
        activities: ['bookkeeping'],
        controllers: [
          { name: 'Bakkerij Janssens', email: 'privacy@janssens.be', language: 'nl' },
          { name: 'Boulangerie Dubois', email: 'dpo@dubois.be', language: 'fr' },
          { name: 'Client without address' },
        ],
      })
    ).json()
    const url = `${api()}/${b.id}/controller-notices`
    // Aware on 9 January: the 24 hours have long passed, so the first notice needs the reasons for the delay.
    expect(expectProblem(await officer('POST', url, {}), 422).code).toBe('delay_reason_required')
    expect((await auditor('POST', url, { delayReason: 'x' })).statusCode).toBe(403)
    const res = await officer('POST', url, { delayReason: 'The disk was only missed at the weekly check.' })
    expect(res.statusCode).toBe(202)
    expect(res.json()).toMatchObject({
      sent: [
        { name: 'Bakkerij Janssens', email: 'privacy@janssens.be', language: 'nl' },
        { name: 'Boulangerie Dubois', email: 'dpo@dubois.be', language: 'fr' },
      ],
      alreadyNotified: [],
      withoutEmail: ['Client without address'],
    })
    await runQueuedJobs(t.ctx, deliverMailJob)
    const nl = smtp.received.find((m) => m.to.includes('privacy@janssens.be'))
    const fr = smtp.received.find((m) => m.to.includes('dpo@dubois.be'))
    expect(nl?.subject).toContain('Inbreuk in verband met persoonsgegevens die')
    expect(fr?.subject).toContain('Violation de données à caractère personnel que')
    // What the controller needs for its own notification (Art. 33(3) a-d), in its language (the text as sent).
    const [nlText, frText] = await Promise.all(
      ['privacy@janssens.be', 'dpo@dubois.be'].map(
        async (to) => (await storedMails(t.ctx, to))[0]?.text_body,
      ),
    )
    for (const text of [facts.description, facts.consequences, facts.measuresTaken, 'privacy@peeters.be'])
      for (const body of [nlText, frText]) expect(body).toContain(text)
    expect(nlText).toContain('artikel 33, lid 2, AVG')
    expect(nlText).toContain('09/01/2026 23:30')
    expect(frText).toContain('article 33, paragraphe 2, du RGPD')
    const after = (await officer('GET', `${api()}/${b.id}`)).json()
    expect(after.controllersNotifiedAt).not.toBeNull()
    expect(after.clocks[0]).toMatchObject({ name: 'controllers', state: 'late' })
    expect(after.delayReason).toBe('The disk was only missed at the weekly check.')
    // Sending again writes to nobody twice.
    const again = await officer('POST', url, {})
    expect(again.json()).toMatchObject({
      sent: [],
      alreadyNotified: ['Bakkerij Janssens', 'Boulangerie Dubois'],
    })
    expect(smtp.received.filter((m) => m.to.includes('privacy@janssens.be'))).toHaveLength(1)
    // A controller's breach has no clients to notify.
    expectProblem(await officer('POST', `${api()}/${breachId}/controller-notices`, {}), 409)
  }, 120_000)

  it('warns when a decision informs no one while the privacy notice promises to inform people of a breach', async () => {
    const settings = (await officer('GET', `/api/v1/orgs/${org.slug}/notice/settings`)).json().settings
    const saved = await officer('PUT', `/api/v1/orgs/${org.slug}/notice/settings`, {
      ...settings,
      breachCommunication: { withinHours: 72 },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const recorded = await officer('POST', api(), { ...facts, title: 'Lost USB stick' })
    const id = recorded.json().id
    // Not yet decided: the promise is shown, nothing contradicts it.
    expect(recorded.json().noticePromise).toEqual({ withinHours: 72, contradicted: false })
    const below = await officer('POST', `${api()}/${id}/assessment`, {
      risk: 'risk',
      reasoning: 'Encrypted stick, key not lost.',
    })
    expect(below.json().assessment.obligations.informSubjects).toBe(false)
    expect(below.json().noticePromise).toEqual({ withinHours: 72, contradicted: true })
    expect((await auditor('GET', `${api()}/${id}`)).json().noticePromise.contradicted).toBe(true)
    const high = await officer('POST', `${api()}/${id}/assessment`, {
      risk: 'high',
      reasoning: 'The key was on the stick.',
    })
    expect(high.json().noticePromise).toEqual({ withinHours: 72, contradicted: false })
    await officer('PUT', `/api/v1/orgs/${org.slug}/notice/settings`, settings)
    expect((await officer('GET', `${api()}/${id}`)).json().noticePromise).toBeNull()
  })

  it('migration 0050 turns stored English sentences into keys; the part-2 draft words them in nl, fr and de', async () => {
    const id = (await officer('POST', api(), { ...facts, title: 'Timeline of an earlier version' })).json().id
    const old = [
      { kind: 'recorded', text: 'Breach recorded.', data: {} },
      {
        kind: 'authority_notified',
        text: 'Part 1 of the notification filed with the GBA (case DOS-2026-7).',
        data: {},
      },
      {
        kind: 'reminder',
        text: 'Reminder: part1 due in 6 hours or less.',
        data: { clock: 'part1', kind: 'due_soon', recipients: 2 },
      },
      {
        kind: 'event',
        text: 'Notice of the breach e-mailed to Klant A <a@example.be>, Client B <b@example.be> (Art. 33(2)).',
        data: { controllerNoticesTo: ['a@example.be', 'b@example.be'] },
      },
      {
        kind: 'subjects_informed',
        text: 'Letters queued for 12 people (Art. 34).',
        data: {
          queued: 12,
          alreadyInformed: 0,
          withoutEmail: 1,
          byLanguage: { nl: 12 },
          lastNotBefore: null,
        },
      },
      { kind: 'authority_completed', text: 'Typed by a person in an earlier version.', data: {} },
      { kind: 'event', text: 'Politie verwittigd.', data: {} },
    ]
    await t.ctx.db.deleteFrom('breach_events').where('breach_id', '=', id).execute()
    await t.ctx.db
      .insertInto('breach_events')
      .values(
        old.map((o, i) => ({
          organization_id: org.id,
          breach_id: id,
          kind: o.kind,
          at: new Date(Date.UTC(2026, 0, 10, i)),
          text: o.text,
          decided_by: null,
          recorded_by: 'test',
          data: JSON.stringify(o.data),
        })),
      )
      .execute()
    await timelineKeysMigration(t.ctx.db as never)
    await timelineKeysMigration(t.ctx.db as never) // a second run changes nothing
    const b = (await officer('GET', `${api()}/${id}`)).json()
    expect(
      b.timeline.map((e: { kind: string; key: string; text: string }) => [e.kind, e.key, e.text]),
    ).toEqual([
      ['recorded', 'recorded', ''],
      ['authority_notified', 'authority_notified', ''],
      ['reminder', 'reminder', ''],
      ['controller_notices_sent', 'controller_notices_sent', ''],
      ['subjects_informed', 'subjects_informed', ''],
      ['event', 'note', 'Typed by a person in an earlier version.'],
      ['event', 'note', 'Politie verwittigd.'],
    ])
    expect(b.timeline[1].data).toEqual({ caseNumber: 'DOS-2026-7' })
    expect(b.timeline[2].data).toEqual({
      clock: 'part1',
      reminder: 'due_soon',
      hoursBefore: 6,
      recipients: 2,
    })
    expect(b.timeline[3].data.recipients).toEqual([
      { name: 'Klant A', email: 'a@example.be' },
      { name: 'Client B', email: 'b@example.be' },
    ])
    const expected = {
      nl: [
        'Het datalek werd geregistreerd.',
        'dossiernummer DOS-2026-7',
        'Brieven klaargezet voor 12 personen',
      ],
      fr: ['La violation a été enregistrée.', 'numéro de dossier DOS-2026-7', 'pour 12 personnes'],
      de: ['Die Verletzung wurde erfasst.', 'Aktenzeichen DOS-2026-7', 'an 12 Personen'],
    }
    for (const [lang, words] of Object.entries(expected)) {
      const text = (await officer('GET', `${api()}/${id}/notification-draft?part=2&lang=${lang}`)).json().text
      for (const w of [...words, 'Politie verwittigd.', 'Klant A <a@example.be>'])
        expect(text, lang).toContain(w)
      for (const english of ['Breach recorded', 'filed with the GBA', 'Letters queued', 'Reminder']) {
        expect(text, lang).not.toContain(english)
      }
    }
  })
})
