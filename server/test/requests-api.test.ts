import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import {
  NOTICE_REQUEST_CHANNELS,
  type RegisterInput,
  registerDocumentSchema,
} from '../src/domain/register/schema'
import { formatDate } from '../src/domain/requests'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { findOrganizationById } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runRequestReminders } from '../src/modules/requests'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { storedMail } from './support/outbox'
import { sampleRegister } from './support/register'

/** The sample register, plus payroll done as processor for two clients (one reachable by e-mail). */
function registerWithProcessorActivity(): RegisterInput {
  const base = sampleRegister()
  return {
    ...base,
    activities: [
      ...(base.activities ?? []),
      {
        key: 'payroll-for-clients',
        name: {
          nl: 'Loonverwerking voor klanten',
          fr: 'Salaires pour les clients',
          en: 'Payroll for clients',
        },
        role: 'processor',
        processorFor: [
          { client: 'Bakkerij Retail NV', contact: 'dpo@bakkerij-retail.be', agreement: { signed: true } },
        ],
        purposes: [{ purpose: 'processor_customer_service' }],
        dataCategories: [{ category: 'identification', source: 'third_party' }],
      },
      {
        key: 'archiving-for-clients',
        name: { nl: 'Archivering voor klanten', fr: 'Archivage', en: 'Archiving for clients' },
        role: 'processor',
        processorFor: [
          { client: 'Garage Noord BV' },
          { client: 'Slagerij Zuid BV', contact: '+32 9 000 00 00' },
        ],
        purposes: [{ purpose: 'processor_customer_service' }],
        dataCategories: [{ category: 'identification', source: 'third_party' }],
      },
    ],
  }
}

type Call = ReturnType<typeof asUser>

/** A Brussels date `days` before today, as staff would type it. */
const daysAgo = (days: number) => addDays(toBrusselsDate(new Date()), -days)

describe('data subject requests: staff API, deadlines, workflow, letters, routing, report', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let po: Call
  let agent: Call
  let agentId: string
  let auditor: Call
  let outsider: Call
  const api = (o: Organization = org) => `/api/v1/orgs/${o.slug}/requests`

  const create = async (call: Call, overrides: Record<string, unknown> = {}, o: Organization = org) => {
    const res = await call('POST', api(o), {
      channel: 'email',
      receivedAt: daysAgo(1),
      subject: { name: 'Jan De Smet', email: 'jan@example.be' },
      types: ['access'],
      language: 'nl',
      details: 'Welke gegevens hebt u over mij?',
      ...overrides,
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json()
  }
  const outboxOf = (id: string) => storedMail(t.ctx, id)

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    await importRegister(
      t.ctx,
      systemActor('test'),
      org,
      registerDocumentSchema.parse(registerWithProcessorActivity()),
      { mode: 'merge', dryRun: false },
    )
    org = (await findOrganizationById(t.ctx.db, org.id)) ?? org
    other = await createOrg(t.ctx, 'Andere BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const a = await createMember(t.ctx, org, 'agent')
    agentId = a.userId
    agent = asUser(app, await signIn(app, a.email, a.password))
    const au = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, au.email, au.password))
    const stranger = await createMember(t.ctx, other, 'owner')
    outsider = asUser(app, await signIn(app, stranger.email, stranger.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('records a staff intake with its due date, the original encrypted and the acknowledgement queued', async () => {
    const original = Buffer.from('Beste, ik wil inzage in mijn gegevens. Jan')
    const created = await create(po, {
      channel: 'letter',
      attachment: { filename: 'brief.txt', contentType: 'text/plain', base64: original.toString('base64') },
    })
    expect(created).toMatchObject({ status: 'received', channel: 'letter', verification: 'not_required' })
    expect(created.reference).toMatch(/^DSR-\d{4}-\d{4}$/)
    expect(created.timeline.receivedOn).toBe(daysAgo(1))
    expect(created.dueDate).toBe(created.timeline.dueDate)
    expect(created.details).toBe('Welke gegevens hebt u over mij?')
    expect(created.availableActions).toEqual(
      expect.arrayContaining(['start', 'extend', 'complete', 'refuse']),
    )
    const [ack] = created.letters
    expect(ack).toMatchObject({ kind: 'acknowledgement', delivery: 'email', to: 'jan@example.be' })
    const mail = await outboxOf(ack.outboxId)
    expect(mail).toMatchObject({ template: 'request-letter', language: 'nl', to_address: 'jan@example.be' })
    expect(mail.subject).toContain(created.reference)
    expect(mail.text_body).toContain(formatDate(created.dueDate))
    expect(mail.text_body).toMatch(new RegExp(`/p/${org.slug}/request/status\\?token=`))

    const file = created.attachments.find((a: { kind: string }) => a.kind === 'original')
    const stored = await t.ctx.db
      .selectFrom('request_attachments')
      .select('content_encrypted')
      .where('id', '=', file.id)
      .executeTakeFirstOrThrow()
    expect(stored.content_encrypted).not.toContain(original.toString('base64'))
    const download = await po('GET', `${api()}/${created.id}/attachments/${file.id}`)
    expect(download.statusCode).toBe(200)
    expect(download.rawPayload.equals(original)).toBe(true)

    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', created.id)
      .execute()
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['request.received', 'request.letter_queued', 'request.attachment_added']),
    )
  })

  it('refuses a date of receipt in the future and attachments over 5 MB', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString()
    expectProblem(
      await po('POST', api(), {
        channel: 'phone',
        receivedAt: future,
        subject: { name: 'X' },
        types: ['access'],
        language: 'en',
      }),
      422,
    )
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 1).toString('base64')
    const res = await po('POST', api(), {
      channel: 'email',
      receivedAt: daysAgo(0),
      subject: { name: 'X' },
      types: ['access'],
      language: 'en',
      attachment: { filename: 'big.bin', contentType: 'application/octet-stream', base64: big },
    })
    expect([400, 413]).toContain(res.statusCode)
  })

  it('normal path: start (checklist from the register), tick off, complete on time, close', async () => {
    const created = await create(agent, { types: ['access', 'erasure'] })
    const started = (await agent('POST', `${api()}/${created.id}/actions/start`, {})).json()
    expect(started.status).toBe('in_progress')
    expect(started.tasks).toEqual([
      expect.objectContaining({
        systemKey: 'cloudbooks-app',
        status: 'open',
        title: expect.stringContaining('CloudBooks'),
      }),
    ])
    const task = started.tasks[0]
    expectProblem(await agent('PATCH', `${api()}/${created.id}/tasks/${task.id}`, { status: 'done' }), 400)
    const ticked = await agent('PATCH', `${api()}/${created.id}/tasks/${task.id}`, {
      status: 'done',
      proof: 'Exported client file #123; erased contact details',
    })
    expect(ticked.json()).toMatchObject({
      status: 'done',
      proof: 'Exported client file #123; erased contact details',
    })

    const note = await agent('POST', `${api()}/${created.id}/notes`, {
      body: 'Klant gebeld ter bevestiging.',
    })
    expect(note.statusCode).toBe(201)

    const unknownRule = await agent('POST', `${api()}/${created.id}/actions/complete`, {
      details: {
        access: { delivery: 'download' },
        erasure: {
          erased: [],
          kept: [{ dataCategories: ['identification'], ground: 'legal_obligation', retentionRule: 'nope' }],
        },
      },
    })
    expectProblem(unknownRule, 422)
    const missingErasure = await agent('POST', `${api()}/${created.id}/actions/complete`, {
      details: { access: { delivery: 'download' } },
    })
    expect(expectProblem(missingErasure, 422).errors?.[0]?.message).toBe('erasure_details_required')

    const done = await agent('POST', `${api()}/${created.id}/actions/complete`, {
      details: {
        access: { delivery: 'download' },
        erasure: {
          erased: ['identification'],
          kept: [
            {
              dataCategories: ['identification'],
              ground: 'legal_obligation',
              retentionRule: 'accounting-7y',
            },
          ],
        },
      },
    })
    expect(done.statusCode, done.body).toBe(200)
    const completed = done.json()
    expect(completed.status).toBe('completed')
    expect(completed.timeline.state).toBe('closed_on_time')
    expect(completed.timeline.answeredOn).toBe(toBrusselsDate(new Date()))
    const answer = completed.letters.find((l: { kind: string }) => l.kind === 'completed')
    const mail = await outboxOf(answer.outboxId)
    expect(mail.text_body).toContain('WER/CDE art. III.88')
    expect(mail.text_body).toContain('Gegevensbeschermingsautoriteit')
    expect(completed.notes).toHaveLength(1)
    expect(completed.events.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining([
        'request.started',
        'request.tasks_created',
        'request.task_updated',
        'request.completed',
      ]),
    )
    const closed = (await agent('POST', `${api()}/${created.id}/actions/close`, {})).json()
    expect(closed.status).toBe('closed')
    expect(closed.availableActions).toEqual([])
    expectProblem(await agent('POST', `${api()}/${created.id}/actions/start`, {}), 409)

    const preview = await agent('GET', `${api()}/${created.id}/letters/${answer.id}`)
    expect(preview.json()).toMatchObject({ kind: 'completed', language: 'nl' })
    const pdf = await agent('GET', `${api()}/${created.id}/letters/${answer.id}?format=pdf`)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF')
  })

  it('extension: with reasons before the due date, extended due date and the extension letter queued', async () => {
    const created = await create(po, { receivedAt: daysAgo(10), language: 'en' })
    expectProblem(await po('POST', `${api()}/${created.id}/actions/extend`, { reasons: [] }), 400)
    const res = await po('POST', `${api()}/${created.id}/actions/extend`, {
      reasons: ['Your data is spread over several archived systems.'],
    })
    expect(res.statusCode, res.body).toBe(200)
    const extended = res.json()
    expect(extended.status).toBe('extended')
    expect(extended.extendedDueDate).not.toBeNull()
    expect(extended.timeline.currentDueDate).toBe(extended.extendedDueDate)
    expect(extended.extendedDueDate > extended.dueDate).toBe(true)
    const letter = extended.letters.find((l: { kind: string }) => l.kind === 'extension')
    expect(letter.sendBy).toBe(extended.dueDate)
    const mail = await outboxOf(letter.outboxId)
    expect(mail.language).toBe('en')
    expect(mail.text_body).toContain(formatDate(extended.extendedDueDate))
    expect(mail.text_body).toContain('Your data is spread over several archived systems.')
    const row = await t.ctx.db
      .selectFrom('requests')
      .select(['status', 'extended_due_date'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'extended', extended_due_date: extended.extendedDueDate })
    const again = expectProblem(
      await po('POST', `${api()}/${created.id}/actions/extend`, { reasons: ['More'] }),
      409,
    )
    expect(again.errors?.[0]?.message).toBe('already_extended')
  })

  it('extension after the first month is refused (Art. 12(3))', async () => {
    const created = await create(po, { receivedAt: daysAgo(45) })
    const late = expectProblem(
      await po('POST', `${api()}/${created.id}/actions/extend`, { reasons: ['Complex'] }),
      409,
    )
    expect(late.errors?.[0]?.message).toBe('extension_too_late')
    expect(late.detail).toMatch(/within one month/)
  })

  it('refusal: ground and reasons, the letter names the GBA and its address', async () => {
    const created = await create(po, { types: ['access', 'erasure'] })
    expectProblem(
      await po('POST', `${api()}/${created.id}/actions/refuse`, { ground: 'excessive', reasons: [] }),
      400,
    )
    const res = await po('POST', `${api()}/${created.id}/actions/refuse`, {
      ground: 'excessive',
      reasons: ['This is the sixth identical request in two months.'],
    })
    expect(res.statusCode, res.body).toBe(200)
    const refused = res.json()
    expect(refused.status).toBe('refused')
    expect(refused.decision).toMatchObject({ outcome: 'refused', ground: 'excessive' })
    const letter = refused.letters.find((l: { kind: string }) => l.kind === 'refused')
    const mail = await outboxOf(letter.outboxId)
    expect(mail.text_body).toContain('Gegevensbeschermingsautoriteit')
    expect(mail.text_body).toContain('Drukpersstraat 35, 1000 Brussel')
    expect(mail.text_body).toContain('This is the sixth identical request in two months.')

    const marketing = await create(po, { types: ['objection_direct_marketing'] })
    const absolute = expectProblem(
      await po('POST', `${api()}/${marketing.id}/actions/refuse`, {
        ground: 'other',
        reasons: ['We like mailing'],
      }),
      422,
    )
    expect(absolute.errors?.[0]?.message).toBe('direct_marketing_objection_absolute')
  })

  it('overdue: a request received long ago is overdue and comes first in the worklist', async () => {
    const old = await create(po, { receivedAt: daysAgo(70), subject: { name: 'Oud Verzoek' } })
    expect(old.timeline.state).toBe('overdue')
    expect(old.timeline.daysOverdue).toBeGreaterThan(0)
    const list = (await po('GET', `${api()}?open=true`)).json()
    expect(list.items[0]).toMatchObject({ id: old.id, state: 'overdue' })
    const states = list.items.map((i: { state: string }) => i.state)
    const order = ['overdue', 'at_risk', 'on_time', 'not_started']
    expect([...states].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(states)
    const overdueOnly = (await po('GET', `${api()}?state=overdue`)).json()
    expect(overdueOnly.items.every((i: { state: string }) => i.state === 'overdue')).toBe(true)
    expect(overdueOnly.total).toBeGreaterThanOrEqual(1)
  })

  it('assigns to a member who handles requests, never to an auditor or a stranger', async () => {
    const created = await create(po)
    const assigned = await po('PUT', `${api()}/${created.id}/assignee`, { assigneeId: agentId })
    expect(assigned.json().assignee).toMatchObject({ id: agentId })
    const mine = (await agent('GET', `${api()}?assignee=me`)).json()
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(created.id)
    const auditorId = (
      await t.ctx.db
        .selectFrom('memberships')
        .select('user_id')
        .where('organization_id', '=', org.id)
        .where('role', '=', 'auditor')
        .executeTakeFirstOrThrow()
    ).user_id
    expectProblem(await po('PUT', `${api()}/${created.id}/assignee`, { assigneeId: auditorId }), 422)
  })

  it('processor routing: forwards to the controller from the register, tells the subject, records the forwarding', async () => {
    const created = await create(po, {
      language: 'fr',
      subject: { name: 'Marie Dupont', email: 'marie@example.be' },
    })
    const several = expectProblem(
      await po('POST', `${api()}/${created.id}/actions/forward_to_controller`, {
        activityKey: 'archiving-for-clients',
      }),
      422,
    )
    expect(several.detail).toMatch(/several clients/)
    expectProblem(
      await po('POST', `${api()}/${created.id}/actions/forward_to_controller`, {
        activityKey: 'bookkeeping',
      }),
      422,
    )
    const res = await po('POST', `${api()}/${created.id}/actions/forward_to_controller`, {
      activityKey: 'payroll-for-clients',
    })
    expect(res.statusCode, res.body).toBe(200)
    const forwarded = res.json()
    expect(forwarded.status).toBe('forwarded_to_controller')
    expect(forwarded.forwarding).toMatchObject({
      controller: { name: 'Bakkerij Retail NV', contact: 'dpo@bakkerij-retail.be' },
      activityKey: 'payroll-for-clients',
    })
    const record = forwarded.events.find((e: { kind: string }) => e.kind === 'request.forwarding_sent')
    expect(record.data).toMatchObject({ to: 'dpo@bakkerij-retail.be', controller: 'Bakkerij Retail NV' })
    const toController = await outboxOf(record.data.outboxId)
    expect(toController).toMatchObject({
      template: 'request-forwarded',
      to_address: 'dpo@bakkerij-retail.be',
    })
    expect(toController.text_body).toContain('Marie Dupont')
    expect(toController.text_body).toContain(created.reference)
    const letter = forwarded.letters.find((l: { kind: string }) => l.kind === 'forwarded')
    const toSubject = await outboxOf(letter.outboxId)
    expect(toSubject).toMatchObject({ language: 'fr', to_address: 'marie@example.be' })
    expect(toSubject.text_body).toContain('Bakkerij Retail NV')
    expect(forwarded.timeline.state).toBe('closed_on_time')

    const manual = await create(po)
    const byHand = (
      await po('POST', `${api()}/${manual.id}/actions/forward_to_controller`, {
        activityKey: 'archiving-for-clients',
        client: 'Slagerij Zuid BV',
      })
    ).json()
    expect(byHand.events.map((e: { kind: string }) => e.kind)).toContain('request.forwarding_manual')
  })

  it('keeps letters to post for a subject without e-mail, printable as PDF', async () => {
    const created = await create(po, {
      channel: 'phone',
      subject: { name: 'Marc Janssens', postalAddress: ['Veldstraat 1', '9000 Gent'] },
    })
    const [ack] = created.letters
    expect(ack).toMatchObject({ kind: 'acknowledgement', delivery: 'post', outboxId: null, to: null })
    const letter = (await po('GET', `${api()}/${created.id}/letters/${ack.id}`)).json()
    expect(letter.text).toContain('Marc Janssens\nVeldstraat 1\n9000 Gent')
    expect(letter.text).toContain(formatDate(created.dueDate))
    const pdf = await po('GET', `${api()}/${created.id}/letters/${ack.id}?format=pdf`)
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF')
  })

  const CHANNEL_WORDS = {
    in_person: 'in person at our office',
    phone: 'by telephone',
    social_media: 'through social media',
    web_form: 'through the contact form on our website',
  } as const

  it('records a request from each channel a privacy notice can list (office, phone, social media, contact form)', async () => {
    for (const channel of NOTICE_REQUEST_CHANNELS) {
      const created = await create(po, { channel, language: 'en' })
      expect(created.channel).toBe(channel)
      const mail = await outboxOf(created.letters[0].outboxId)
      expect(mail.text_body).toContain(
        `received your request concerning your personal data ${CHANNEL_WORDS[channel]}`,
      )
    }
  })

  it('writes letters in the subject language: nl, fr and en', async () => {
    const subjects = { nl: 'Ontvangstbevestiging', fr: 'Accusé de réception', en: 'Acknowledgement' }
    for (const language of ['nl', 'fr', 'en'] as const) {
      const created = await create(po, { language })
      const mail = await outboxOf(created.letters[0].outboxId)
      expect(mail.language).toBe(language)
      expect(mail.subject).toContain(subjects[language])
      expect(mail.html_body).toContain(`<html lang="${language}">`)
    }
  })

  it('escapes a subject named <script> in the letters', async () => {
    const created = await create(po, {
      subject: { name: '<script>alert(1)</script>', email: 'x@example.be' },
    })
    const mail = await outboxOf(created.letters[0].outboxId)
    expect(mail.html_body).not.toContain('<script>')
    expect(mail.html_body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('lets an auditor read but not act', async () => {
    const created = await create(po)
    expect((await auditor('GET', `${api()}/${created.id}`)).statusCode).toBe(200)
    expect((await auditor('GET', api())).statusCode).toBe(200)
    expect((await auditor('GET', `${api()}/report`)).statusCode).toBe(200)
    expectProblem(await auditor('POST', `${api()}/${created.id}/actions/start`, {}), 403)
    expectProblem(await auditor('POST', `${api()}/${created.id}/notes`, { body: 'x' }), 403)
    expectProblem(await auditor('PUT', `${api()}/${created.id}/assignee`, { assigneeId: null }), 403)
    expectProblem(
      await auditor('POST', api(), {
        channel: 'email',
        receivedAt: daysAgo(0),
        subject: { name: 'X' },
        types: ['access'],
        language: 'nl',
      }),
      403,
    )
  })

  it('isolates tenants: a member of another organisation gets 404 on every request route', async () => {
    const created = await create(po)
    const id = created.id
    const task = (await po('POST', `${api()}/${id}/actions/start`, {})).json().tasks[0].id
    const letter = created.letters[0].id
    const routes: [string, string, unknown?][] = [
      ['GET', api()],
      ['GET', `${api()}/${id}`],
      ['GET', `${api()}/report`],
      ['POST', `${api()}/${id}/actions/complete`, { details: { access: { delivery: 'download' } } }],
      ['POST', `${api()}/${id}/notes`, { body: 'x' }],
      ['PUT', `${api()}/${id}/assignee`, { assigneeId: null }],
      ['PATCH', `${api()}/${id}/tasks/${task}`, { status: 'not_applicable' }],
      ['GET', `${api()}/${id}/letters/${letter}`],
      [
        'POST',
        api(),
        {
          channel: 'email',
          receivedAt: daysAgo(0),
          subject: { name: 'X' },
          types: ['access'],
          language: 'nl',
        },
      ],
    ]
    for (const [method, url, payload] of routes) {
      const res = await outsider(method as 'GET', url, payload)
      expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 404 })
    }
    // The same id under the stranger's own organisation does not exist either.
    expectProblem(await outsider('GET', `${api(other)}/${id}`), 404)
    expect((await po('GET', `${api()}/${id}`)).json().status).toBe('in_progress')
  })

  it('reminds the privacy contact of an overdue request once, however often the job runs', async () => {
    const created = await create(po, { receivedAt: daysAgo(80), subject: { name: 'Herinnering Test' } })
    await runRequestReminders(t.ctx)
    await runRequestReminders(t.ctx)
    const events = await t.ctx.db
      .selectFrom('request_events')
      .select(['kind', 'data'])
      .where('request_id', '=', created.id)
      .where('kind', '=', 'request.reminder_sent')
      .execute()
    expect(events).toHaveLength(1)
    const data = events[0]?.data as { kind: string; outboxId: string }
    expect(data.kind).toBe('overdue')
    // Stored JSON with its version (decision 0042); read back without it, and the second run found the first.
    expect(data).toMatchObject({ $v: 1 })
    const mail = await outboxOf(data.outboxId)
    expect(mail).toMatchObject({ template: 'request-reminder', to_address: 'els@peeters.be' })
    expect(mail.subject).toContain(created.reference)
  })
})

describe('data subject requests: report', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: Call

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Rapport BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('counts per type, median and 95th percentile, share on time, open and overdue, and exports CSV', async () => {
    const api = `/api/v1/orgs/${org.slug}/requests`
    const make = async (days: number, types: string[]) => {
      const res = await po('POST', api, {
        channel: 'email',
        receivedAt: daysAgo(days),
        subject: { name: `Subject ${days}`, email: `s${days}@example.be` },
        types,
        language: 'nl',
      })
      expect(res.statusCode, res.body).toBe(201)
      return res.json().id as string
    }
    const complete = async (id: string, details: Record<string, unknown>) => {
      const res = await po('POST', `${api}/${id}/actions/complete`, { details })
      expect(res.statusCode, res.body).toBe(200)
    }
    await complete(await make(10, ['access']), { access: { delivery: 'download' } })
    await complete(await make(20, ['access', 'rectification']), {
      access: { delivery: 'download' },
      rectification: { corrected: ['Adres'] },
    })
    await complete(await make(45, ['rectification']), { rectification: { corrected: ['Naam'] } })
    await make(50, ['access'])
    await make(2, ['stop_contact'])

    const res = await po('GET', `${api}/report?from=${daysAgo(60)}&to=${daysAgo(0)}`)
    expect(res.statusCode, res.body).toBe(200)
    const report = res.json()
    expect(report.totals).toEqual({
      received: 5,
      answered: 3,
      answeredOnTime: 2,
      onTimeShare: 0.6667,
      medianDays: 20,
      p95Days: 45,
      open: 2,
      overdue: 1,
      withdrawn: 0,
    })
    const byType = Object.fromEntries(report.byType.map((s: { type: string }) => [s.type, s]))
    expect(byType.access).toMatchObject({
      received: 3,
      answered: 2,
      onTimeShare: 1,
      medianDays: 15,
      p95Days: 20,
    })
    expect(byType.access).toMatchObject({ open: 1, overdue: 1 })
    expect(byType.rectification).toMatchObject({
      received: 2,
      answered: 2,
      answeredOnTime: 1,
      medianDays: 32.5,
    })
    expect(byType.stop_contact).toMatchObject({
      received: 1,
      answered: 0,
      onTimeShare: null,
      medianDays: null,
    })
    expect(byType.erasure).toMatchObject({ received: 0 })

    const narrow = (await po('GET', `${api}/report?from=${daysAgo(15)}&to=${daysAgo(0)}`)).json()
    expect(narrow.totals.received).toBe(2)

    const csv = await po('GET', `${api}/report?from=${daysAgo(60)}&to=${daysAgo(0)}&format=csv`)
    expect(csv.headers['content-type']).toMatch(/^text\/csv/)
    const lines = csv.body.trim().split('\r\n')
    expect(lines[0]).toBe(
      'reference,received_on,channel,types,status,due_date,extended_due_date,answered_on,days_to_answer,answered_on_time,deadline_state,close_reason',
    )
    expect(lines).toHaveLength(6)
    expect(lines[1]).toContain(`${daysAgo(50)},email,access,received`)
    expect(csv.body).not.toContain('Subject')
    expect(csv.body).toContain(',45,false,closed_late,')
  })
})
