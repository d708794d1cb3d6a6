import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays, addMonthsClamped, type IsoDate } from '../src/domain/calendar-date'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sendOutboxMessage } from '../src/mail/smtp-sender'
import type { Organization } from '../src/modules/organizations'
import {
  announceChange,
  applyDueChanges,
  objectionLink,
  sendReviewReminders,
} from '../src/modules/processors'
import { loadRegister } from '../src/modules/register'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { multipart } from './support/multipart'
import { storedMails } from './support/outbox'
import { sampleRegister } from './support/register'
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp'

const DAY = 86_400_000

describe('processors: agreements, Art. 28 checklist, findings, sub-processor changes', () => {
  let t: TestContext
  let smtp: TestSmtpServer
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}/processors`
  const today = () => toBrusselsDate(new Date())
  const findings = async () =>
    (await po('GET', `${api()}/findings?lang=en`)).json().findings as {
      rule: string
      object: { key: string }
      message: string
    }[]
  /** Sends every pending outbox message over SMTP now (the test queue does not work jobs). */
  const deliverAll = async () => {
    const pending = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('status', '=', 'pending')
      .execute()
    for (const { id } of pending) expect(await sendOutboxMessage(t.ctx, id)).toBe('sent')
  }

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    t = await createTestContext({ smtpUrl: smtp.url })
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Facturatie Platform BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const register = sampleRegister('Facturatie Platform BV')
    register.vendors = [
      ...(register.vendors ?? []),
      { key: 'usmail', name: 'US Mail Inc.', country: 'US', role: 'processor', dpa: { signed: false } },
    ]
    register.activities = [
      ...(register.activities ?? []),
      {
        key: 'client-invoicing',
        name: {
          nl: 'Facturatie voor klanten',
          fr: 'Facturation pour les clients',
          en: 'Invoicing for clients',
        },
        role: 'processor',
        status: 'active',
      },
    ]
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(register), {
      mode: 'merge',
      dryRun: false,
    })
  })
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await smtp?.close()
  })

  it('agreements with the Art. 28(3) checklist, DPF staleness and reviews make and clear findings', async () => {
    const before = await findings()
    expect(before.filter((f) => f.rule === 'processor.no-agreement').map((f) => f.object.key)).toEqual([
      'cloudbooks',
      'usmail',
    ])

    // An agreement lacking points g and h, with its document stored encrypted.
    const pdf = Buffer.from('%PDF-1.4 verwerkersovereenkomst US Mail')
    const clauses = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => [
        l,
        { present: true, location: `art. ${l.charCodeAt(0) - 96}` },
      ]),
    )
    const created = await po('POST', `${api()}/vendors/usmail/agreements`, {
      title: 'Data Processing Addendum',
      version: '3',
      signedOn: '2026-02-01',
      endsOn: '2028-01-31',
      noticeDays: 90,
      clauses,
      document: { filename: 'dpa.pdf', contentType: 'application/pdf', base64: pdf.toString('base64') },
    })
    expect(created.statusCode, created.body).toBe(201)
    const agreement = created.json()
    expect(agreement.document).toEqual({
      filename: 'dpa.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    })
    const stored = await t.ctx.db
      .selectFrom('processor_agreements')
      .select('document_encrypted')
      .where('id', '=', agreement.id)
      .executeTakeFirstOrThrow()
    expect(stored.document_encrypted).not.toContain(pdf.toString('base64'))
    const download = await po('GET', `${api()}/agreements/${agreement.id}/document`)
    expect(download.rawPayload.equals(pdf)).toBe(true)
    // The signed version uploaded as a file (the UI's way) replaces it; a file that is not what its name says is refused.
    const signed = Buffer.from('%PDF-1.7\nsigned by both parties\n%%EOF\n')
    const upload = (name: string, content: Buffer) => {
      const body = multipart([{ name: 'file', filename: name, type: 'application/pdf', content }])
      return po('PUT', `${api()}/agreements/${agreement.id}/document`, body.payload, {
        'content-type': body.contentType,
      })
    }
    const uploaded = await upload('DPA signed.pdf', signed)
    expect(uploaded.statusCode, uploaded.body).toBe(200)
    expect(uploaded.json().document).toMatchObject({ contentType: 'application/pdf', size: signed.length })
    const again = await po('GET', `${api()}/agreements/${agreement.id}/document`)
    expect(again.rawPayload.equals(signed)).toBe(true)
    const refused = await upload('dpa.pdf', Buffer.from('MZ not a pdf'))
    expect(refused.statusCode).toBe(422)
    expect(refused.json().errors[0]).toMatchObject({ path: 'body.file', code: 'file_type_not_allowed' })
    expect((await po('POST', `${api()}/vendors/nobody/agreements`, { title: 'x' })).statusCode).toBe(404)

    let after = await findings()
    const missing = after.find((f) => f.rule === 'processor.clauses-missing')
    expect(missing?.object.key).toBe('usmail')
    expect(missing?.message).toContain('g, h')
    expect(after.some((f) => f.rule === 'processor.no-agreement' && f.object.key === 'usmail')).toBe(false)

    const full = {
      ...clauses,
      g: { present: true, location: 'art. 9' },
      h: { present: true, location: 'annex 2' },
    }
    expect((await po('PATCH', `${api()}/agreements/${agreement.id}`, { clauses: full })).statusCode).toBe(200)

    // A DPF transfer last checked 13 months ago is stale; checking it again clears the finding.
    const stale = addMonthsClamped(today(), -13)
    const transfer = await po('POST', `${api()}/vendors/usmail/transfers`, {
      country: 'US',
      mechanism: 'dpf',
      dpfCheckedOn: stale,
    })
    expect(transfer.statusCode, transfer.body).toBe(201)
    after = await findings()
    expect(after.filter((f) => f.object.key === 'usmail').map((f) => f.rule)).toEqual([
      'processor.dpf-check-stale',
    ])
    expect(after.find((f) => f.rule === 'processor.dpf-check-stale')?.message).toContain(stale)
    await po('PATCH', `${api()}/transfers/${transfer.json().id}`, { dpfCheckedOn: today() })
    expect((await findings()).some((f) => f.rule === 'processor.dpf-check-stale')).toBe(false)

    // A review date in the past: a finding and one reminder mail, not two.
    const yesterday = addDays(today() as IsoDate, -1)
    const profile = await po('PUT', `${api()}/vendors/usmail/profile`, {
      riskLevel: 'high',
      certifications: ['ISO 27001'],
      subProcessors: [{ name: 'Amazon Web Services', country: 'US', services: 'hosting' }],
      nextReviewOn: yesterday,
    })
    expect(profile.statusCode, profile.body).toBe(200)
    expect((await findings()).find((f) => f.rule === 'processor.review-overdue')?.object.key).toBe('usmail')
    expect(await sendReviewReminders(t.ctx)).toBe(1)
    expect(await sendReviewReminders(t.ctx)).toBe(0)
    const vendor = (await po('GET', `${api()}/vendors/usmail`)).json()
    expect(vendor.profile).toMatchObject({ riskLevel: 'high', nextReviewOn: yesterday })
    expect(vendor.transfers[0]).toMatchObject({ mechanism: 'dpf', dpfCheckedOn: today() })
  })

  it('announces a sub-processor change to clients in nl and fr, records an objection, takes effect on day 8', async () => {
    for (const client of [
      { name: 'Bakkerij Janssens', language: 'nl', contacts: { email: 'privacy@janssens.example.be' } },
      { name: 'Brasserie Dupont', language: 'fr', contacts: { email: 'dpo@dupont.example.be' } },
    ]) {
      const res = await po('POST', `${api()}/clients`, { ...client, activityKeys: ['client-invoicing'] })
      expect(res.statusCode, res.body).toBe(201)
    }
    const refused = await po('POST', `${api()}/clients`, {
      name: 'X',
      language: 'en',
      contacts: { email: 'x@example.be' },
      activityKeys: ['bookkeeping'],
    })
    expect(refused.statusCode).toBe(422)

    // A subscriber from the public page (double opt-in), in English.
    const subscribe = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/subprocessors/subscribe?lang=en`,
      payload: { email: 'watcher@example.be' },
    })
    expect(subscribe.statusCode).toBe(200)
    const [confirmMail] = await storedMails(t.ctx, 'watcher@example.be')
    const confirmPath = /\/p\/[^\s"]+\/subprocessors\/confirm\?[^\s"]+/.exec(
      confirmMail?.text_body ?? '',
    )?.[0]
    expect(
      (await app.inject({ method: 'GET', url: (confirmPath ?? '').replace(/&amp;/g, '&') })).statusCode,
    ).toBe(200)
    await deliverAll()
    smtp.received.length = 0

    const day1 = new Date()
    const { change, clientsNotified, subscribersNotified } = await announceChange(
      t.ctx,
      systemActor('test'),
      org,
      { kind: 'add', vendor: { key: 'mailjet', name: 'Mailjet SAS', country: 'FR', services: 'e-mail' } },
      day1,
    )
    expect([clientsNotified, subscribersNotified, change.window_days]).toEqual([2, 1, 7])
    await deliverAll()
    const subjects = smtp.received.map((m) => [m.to[0], m.subject])
    expect(subjects).toEqual(
      expect.arrayContaining([
        [
          'privacy@janssens.example.be',
          'Facturatie Platform BV wil een nieuwe subverwerker inschakelen: Mailjet SAS',
        ],
        [
          'dpo@dupont.example.be',
          'Facturatie Platform BV souhaite recourir à un nouveau sous-traitant ultérieur : Mailjet SAS',
        ],
        ['watcher@example.be', 'Facturatie Platform BV intends to engage a new sub-processor: Mailjet SAS'],
      ]),
    )
    expect(smtp.received).toHaveLength(3)

    // The public page lists the announced change; the French client objects through its link.
    const pageBefore = await app.inject({ method: 'GET', url: `/p/${org.slug}/subprocessors?lang=fr` })
    expect(pageBefore.body).toContain('Changements annoncés')
    const [frMail] = await storedMails(t.ctx, 'dpo@dupont.example.be')
    const link = /https?:\/\/[^\s"]+\/subprocessors\/object\?[^\s"]+/.exec(frMail?.text_body ?? '')?.[0] ?? ''
    const url = new URL(link.replace(/&amp;/g, '&'))
    const form = await app.inject({ method: 'GET', url: url.pathname + url.search })
    expect(form.statusCode).toBe(200)
    expect(form.body).toContain('Brasserie Dupont')
    const params = Object.fromEntries(url.searchParams)
    const payload = {
      c: params.c,
      r: params.r,
      t: params.t,
      reason: 'Pas de transfert hors de notre contrôle.',
    }
    const objected = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/subprocessors/object?lang=fr`,
      payload,
    })
    expect(objected.statusCode).toBe(200)
    expect(objected.body).toContain('Votre objection est enregistrée')
    const again = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/subprocessors/object?lang=fr`,
      payload,
    })
    expect(again.body).toContain('déjà été enregistrée')
    const forged = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/subprocessors/object?lang=fr`,
      payload: { ...payload, t: 'x'.repeat(43) },
    })
    expect(forged.statusCode).toBe(400)
    const listed = (await po('GET', `${api()}/changes`)).json().items[0]
    expect(listed.objections).toMatchObject([
      { clientName: 'Brasserie Dupont', reason: 'Pas de transfert hors de notre contrôle.' },
    ])

    // Not on day 7, on day 8: the register gets the sub-processor and the public list shows it.
    const effectiveAt = day1.getTime() + 7 * DAY
    expect(await applyDueChanges(t.ctx, new Date(effectiveAt - 60_000))).toBe(0)
    expect((await loadRegister(t.ctx, org)).vendors.some((v) => v.key === 'mailjet')).toBe(false)
    expect(await applyDueChanges(t.ctx, new Date(effectiveAt))).toBe(1)
    expect(await applyDueChanges(t.ctx, new Date(effectiveAt + DAY))).toBe(0)
    expect((await loadRegister(t.ctx, org)).vendors.find((v) => v.key === 'mailjet')).toMatchObject({
      role: 'sub_processor',
      country: 'FR',
    })
    const late = await objectionLink(
      t.ctx,
      org,
      { changeId: params.c ?? '', recipient: params.r ?? '', signature: params.t ?? '' },
      new Date(effectiveAt + DAY),
    )
    expect(late.status).toBe('closed')
    const pageAfter = await app.inject({ method: 'GET', url: `/p/${org.slug}/subprocessors?lang=nl` })
    expect(pageAfter.body).toContain('<th scope="row">Mailjet SAS</th>')
    expect(pageAfter.body).toContain('Recente wijzigingen')
  })

  it('exports the processors register as XLSX, one sheet per side, headers in the language asked', async () => {
    const res = await po('GET', `${api()}/export?lang=fr`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-disposition']).toMatch(/processors-.+-fr-\d{4}-\d{2}-\d{2}\.xlsx/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Comme responsable', 'Comme sous-traitant'])
    const rows = (name: string) => {
      const sheet = workbook.getWorksheet(name)
      if (!sheet) throw new Error(`no sheet ${name}`)
      return sheet
        .getSheetValues()
        .slice(3)
        .map((r) => (Array.isArray(r) ? r.slice(1).map(String) : []))
    }
    const [vendorHeader, ...vendorRows] = rows('Comme responsable')
    expect(vendorHeader?.slice(0, 3)).toEqual(['Fournisseur', 'Pays', 'Rôle'])
    const usmail = vendorRows.find((r) => r[0] === 'US Mail Inc.')
    expect(usmail?.join('|')).toContain(
      'Data Processing Addendum v3, signé le 01/02/2026, durée … – 31/01/2028, préavis de 90 jours',
    )
    expect(usmail?.join('|')).toContain('a: art. 1')
    // Dates are real Excel dates shown dd/mm/yyyy, or dd/mm/yyyy inside a sentence - never ISO text.
    const vendorSheet = workbook.getWorksheet('Comme responsable')
    const usmailRow = 4 + vendorRows.indexOf(usmail ?? [])
    const dateCell = (header: string) => {
      const column = (vendorHeader ?? []).indexOf(header) + 1
      expect(column, header).toBeGreaterThan(0)
      return vendorSheet?.getRow(usmailRow).getCell(column)
    }
    for (const [header, day] of [
      ['Signé le (dernier contrat)', '2026-02-01'],
      ['Fin (dernier contrat)', '2028-01-31'],
      ['Prochaine revue', addDays(today() as IsoDate, -1)],
    ] as const) {
      const cell = dateCell(header)
      expect(cell?.value, header).toEqual(new Date(`${day}T00:00:00.000Z`))
      expect(cell?.numFmt, header).toBe('dd/mm/yyyy')
    }
    const texts = ((vendorSheet?.getRow(usmailRow).values ?? []) as unknown[]).filter(
      (v) => typeof v === 'string',
    )
    expect(texts.join('|')).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    // The notice period is worded in each language.
    for (const [lang, words] of [
      ['nl', 'ondertekend op 01/02/2026, looptijd … – 31/01/2028, opzegtermijn 90 dagen'],
      ['en', 'signed on 01/02/2026, term … – 31/01/2028, 90 days’ notice'],
    ] as const) {
      const other = new ExcelJS.Workbook()
      await other.xlsx.load(
        (await po('GET', `${api()}/export?lang=${lang}`)).rawPayload as unknown as ArrayBuffer,
      )
      const values = other.worksheets[0]?.getSheetValues().flat().map(String).join('|')
      expect(values, lang).toContain(words)
    }
    const [clientHeader, ...clientRows] = rows('Comme sous-traitant')
    expect(clientHeader?.[0]).toBe('Responsable du traitement')
    expect(clientHeader).toContain('Traitements pour ce responsable (art. 30, § 2)')
    const dupont = clientRows.find((r) => r[0] === 'Brasserie Dupont')
    expect(dupont).toContain('Facturation pour les clients')
    expect(dupont).toContain('dpo@dupont.example.be')
    expect((await po('GET', `${api()}/export?lang=de`)).statusCode).toBe(400)
  })
})
