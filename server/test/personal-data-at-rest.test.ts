import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runStartupTasks } from '../src/startup-tasks'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { storedMails } from './support/outbox'
import { sampleRegister } from './support/register'

const PORTAL = { name: 'Lieve Vermeulen', email: 'lieve.vermeulen@example.be' }
const STAFF = {
  name: 'Jef Claessens',
  email: 'jef.claessens@example.be',
  postalAddress: ['Kerkstraat 17', '9000 Gent'],
}
/** What must never be found in clear in the tables that hold it. */
const CLEAR = [PORTAL.email, 'Vermeulen', STAFF.email, 'Claessens', 'Kerkstraat']
const TABLES = ['requests', 'request_events', 'outbox_messages', 'subjects'] as const

describe('personal data at rest: requesters, their history, mail and subject names are encrypted', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let portalId: string
  let staffId: string
  let subjectId: string
  const api = () => `/api/v1/orgs/${org.slug}`

  /** Every row of the tables, as raw SQL returns it. */
  const rawTables = async () => {
    const dump: Record<string, unknown[]> = {}
    for (const table of TABLES) {
      dump[table] = (
        await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(t.ctx.db)
      ).rows
    }
    return JSON.stringify(dump)
  }
  const expectNothingInClear = async () => {
    const dump = await rawTables()
    for (const clear of CLEAR) expect(dump, clear).not.toContain(clear)
  }
  const subjectsFound = async (q: string) =>
    (await po('GET', `${api()}/subjects?q=${encodeURIComponent(q)}`))
      .json()
      .items.map((s: { id: string }) => s.id)
  const requestsFrom = async (email: string) =>
    (await po('GET', `${api()}/requests?email=${encodeURIComponent(email)}`))
      .json()
      .items.map((r: { id: string }) => r.id)

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Brouwerij Vermeulen-Claessens')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))

    const subject = await po('POST', `${api()}/subjects`, {
      name: PORTAL.name,
      identities: [{ kind: 'email', value: PORTAL.email }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    subjectId = subject.json().id

    const submitted = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/request?lang=nl`,
      payload: `lang=nl&name=${encodeURIComponent(PORTAL.name)}&email=${encodeURIComponent(PORTAL.email)}&types=access&website=`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(submitted.statusCode, submitted.body).toBe(200)
    const [verification] = await storedMails(t.ctx, PORTAL.email)
    const token = /verify\?token=([\w-]+)/.exec(verification?.text_body ?? '')?.[1]
    const verified = await app.inject({ method: 'GET', url: `/p/${org.slug}/request/verify?token=${token}` })
    expect(verified.statusCode, verified.body).toBe(200)

    const staff = await po('POST', `${api()}/requests`, {
      channel: 'letter',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: STAFF,
      types: ['erasure'],
      language: 'nl',
    })
    expect(staff.statusCode, staff.body).toBe(201)
    staffId = staff.json().id
    const [portal] = (await po('GET', `${api()}/requests?email=${encodeURIComponent(PORTAL.email)}`)).json()
      .items
    portalId = portal.id
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('keeps no e-mail address or name in clear after a portal and a staff request, yet shows them as before', async () => {
    await expectNothingInClear()

    const portal = (await po('GET', `${api()}/requests/${portalId}`)).json()
    expect(portal).toMatchObject({
      subjectName: PORTAL.name,
      subject: { name: PORTAL.name, email: PORTAL.email },
      requesterEmail: PORTAL.email,
      subjectId,
    })
    expect(portal.letters.find((l: { kind: string }) => l.kind === 'acknowledgement')).toMatchObject({
      to: PORTAL.email,
      delivery: 'email',
    })
    const staff = (await po('GET', `${api()}/requests/${staffId}`)).json()
    expect(staff).toMatchObject({ subjectName: STAFF.name, subject: STAFF, requesterEmail: STAFF.email })
    const list = (await po('GET', `${api()}/requests`)).json()
    expect(list.items.map((r: { subjectName: string }) => r.subjectName).sort()).toEqual(
      [STAFF.name, PORTAL.name].sort(),
    )
    const outbox = (await po('GET', `${api()}/outbox`)).json()
    expect(outbox.items.map((m: { to: string }) => m.to)).toEqual(
      expect.arrayContaining([PORTAL.email, STAFF.email]),
    )
    const subject = (await po('GET', `${api()}/subjects/${subjectId}`)).json()
    expect(subject.name).toBe(PORTAL.name)
  })

  it('still finds requests and subjects by e-mail address and subjects by the start of a name', async () => {
    expect(await requestsFrom('LIEVE.Vermeulen@example.be')).toEqual([portalId])
    expect(await requestsFrom(STAFF.email)).toEqual([staffId])
    expect(await requestsFrom('nobody@example.be')).toEqual([])
    expect(await requestsFrom('not an address')).toEqual([])
    expect(await subjectsFound(PORTAL.email)).toEqual([subjectId])
    expect(await subjectsFound('verm')).toEqual([subjectId])
    expect(await subjectsFound('LIEVE V')).toEqual([subjectId])
    expect(await subjectsFound('ermeulen')).toEqual([])

    const renamed = await po('PATCH', `${api()}/subjects/${subjectId}`, { name: 'Lieve Janssens' })
    expect(renamed.statusCode, renamed.body).toBe(200)
    expect(await subjectsFound('janss')).toEqual([subjectId])
    expect(await subjectsFound('verm')).toEqual([])
    await po('PATCH', `${api()}/subjects/${subjectId}`, { name: PORTAL.name })
  })

  it('seals at start-up, once, what an earlier version kept in clear', async () => {
    const before = {
      portal: (await po('GET', `${api()}/requests/${portalId}`)).json(),
      staff: (await po('GET', `${api()}/requests/${staffId}`)).json(),
      subject: (await po('GET', `${api()}/subjects/${subjectId}`)).json(),
    }
    // As version 0.x stored them: requester in the state, addresses and names in clear, no name keys.
    await sql`update requests set state = state || jsonb_build_object('subject', ${JSON.stringify(STAFF)}::jsonb),
      subject_encrypted = null, requester_email = ${STAFF.email}, requester_email_encrypted = null,
      requester_email_key = null where id = ${staffId}`.execute(t.ctx.db)
    await sql`update request_events set data = data || jsonb_build_object('to', ${STAFF.email}::text,
      'spec', jsonb_build_object('addressee', ${JSON.stringify(STAFF)}::jsonb, 'date', '2026-01-05')),
      personal_encrypted = null where request_id = ${staffId} and kind = 'request.letter_queued'`.execute(
      t.ctx.db,
    )
    await sql`update subjects set display_name = ${PORTAL.name}, display_name_encrypted = null,
      name_keys = '{}' where id = ${subjectId}`.execute(t.ctx.db)
    expect(await rawTables()).toContain(STAFF.email)

    await runStartupTasks(t.ctx)
    await expectNothingInClear()
    const after = (await po('GET', `${api()}/requests/${staffId}`)).json()
    expect(after).toMatchObject({ subject: STAFF, requesterEmail: STAFF.email })
    expect(after.letters.map((l: { to: string | null }) => l.to)).toEqual(
      before.staff.letters.map(() => STAFF.email),
    )
    expect((await po('GET', `${api()}/subjects/${subjectId}`)).json()).toEqual(before.subject)
    expect(await subjectsFound('vermeulen')).toEqual([subjectId])
    expect(await requestsFrom(STAFF.email)).toEqual([staffId])

    const sealed = await rawTables()
    await runStartupTasks(t.ctx)
    expect(await rawTables()).toBe(sealed)
    expect((await po('GET', `${api()}/requests/${portalId}`)).json()).toEqual(before.portal)
  })
})
