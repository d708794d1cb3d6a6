import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { breachAffectedCountJob } from '../src/modules/breaches'
import { type Organization, toOrganization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { RENTAL_TARGETS, type RentalDatabase } from './support/rental'
import { rentalRegister } from './support/rental-register'

/**
 * Issue 19, item 1: the people and records of a breach counted through a connector when the affected set is a
 * query ("every customer in the leaked table"), read-only, the count kept with the breach and fed to the letters.
 * Each Custos database runs one target (PGlite: MariaDB, PostgreSQL: PostgreSQL), so both targets and both
 * databases are covered once; the truth is counted by the target database itself.
 */
const target =
  process.env.CUSTOS_TEST_DATABASE === 'postgres'
    ? RENTAL_TARGETS.find((x) => x.name === 'PostgreSQL')
    : RENTAL_TARGETS.find((x) => x.name === 'MariaDB')

let t: TestContext
let app: App
let org: Organization
let po: ReturnType<typeof asUser>
let db: RentalDatabase
let breachId: string
const api = (path = '') => `/api/v1/orgs/${org.slug}/breaches${path}`

/**
 * Asks for a count (202: queued as a pg-boss job, nothing read yet), runs that job as a worker does, checks the
 * count's state says done with the result, and answers the breach as the page loads it then.
 */
async function counted(body: unknown) {
  const res = await po('POST', api(`/${breachId}/affected-count`), body)
  expect(res.statusCode, res.body).toBe(202)
  const queued = res.json()
  expect(queued).toMatchObject({ status: 'queued', rowsRead: 0, result: null, error: null })
  const jobs = await sql<{ data: { payload: { countId: string } } }>`
    select data from pgboss.job where name = 'breaches.affected-count'`.execute(t.ctx.db)
  expect(jobs.rows.map((r) => r.data.payload.countId)).toContain(queued.id)
  await breachAffectedCountJob.run({ countId: queued.id }, t.ctx)
  const state = await po('GET', api(`/${breachId}/affected-counts/${queued.id}`))
  expect(state.statusCode, state.body).toBe(200)
  expect(state.json()).toMatchObject({ id: queued.id, status: 'done', error: null })
  expect(state.json().rowsRead).toBeGreaterThan(0)
  const breach = await po('GET', api(`/${breachId}`))
  expect(state.json().result).toEqual(breach.json().affectedSet)
  return breach
}

beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  org = await createOrg(t.ctx, 'Videotheek Jansen BV')
  await importRegister(t.ctx, systemActor('test'), org, rentalRegister(), { mode: 'merge', dryRun: false })
  org = toOrganization(
    await t.ctx.db
      .updateTable('organizations')
      .set({ privacy_contact_email: 'privacy@videotheek.be' })
      .where('id', '=', org.id)
      .returningAll()
      .executeTakeFirstOrThrow(),
  )
  const officer = await createMember(t.ctx, org, 'privacy_officer')
  po = asUser(app, await signIn(app, officer.email, officer.password))
  db = await (target ?? RENTAL_TARGETS[0]).load()
  const source = readFileSync(
    new URL('./fixtures/rental/rental.dataset.yaml', import.meta.url),
    'utf8',
  ).replace('connector: postgres', `connector: ${db.dialect}`)
  expect((await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental`, { source })).statusCode).toBeLessThan(
    300,
  )
  const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental/connection`, {
    options: db.settings.options,
    ...(db.settings.secret ? { secret: db.settings.secret } : {}),
  })
  expect(connection.statusCode, connection.body).toBeLessThan(300)
  // Three customers of the shop are in the subject index (by e-mail), one person is not a customer.
  for (const [name, email, language] of [
    ['Anna Jansen', 'anna.jansen@example.be', 'nl'],
    ['Bram Jansen', 'bram.jansen@example.be', 'fr'],
    ['Lotte Lemaire', 'lotte.lemaire@example.be', 'en'],
    ['Iemand Anders', 'iemand@example.org', 'nl'],
  ]) {
    const created = await po('POST', `/api/v1/orgs/${org.slug}/subjects`, {
      name,
      language,
      identities: [{ kind: 'email', value: email }],
    })
    expect(created.statusCode, created.body).toBe(201)
  }
  const recorded = await po('POST', api(), {
    title: 'Customer table copied by an intruder',
    discoveredAt: '2026-12-01T10:00:00+01:00',
    awareAt: '2026-12-01T11:00:00+01:00',
    description: 'An intruder copied the customer table of the rental shop database.',
    nature: ['confidentiality'],
    origin: 'hacking',
    cause: 'external_malicious',
    systems: ['rental_db'],
    encrypted: false,
    consequences: 'The customers may receive phishing messages in our name.',
    measuresTaken: 'The intruder’s access was closed and every password reset.',
  })
  expect(recorded.statusCode, recorded.body).toBe(201)
  breachId = recorded.json().id
}, 120_000)

afterAll(async () => {
  await db?.drop()
  await app?.close()
  await t?.close()
})

describe(`a breach's affected set counted through the ${target?.name} connector`, () => {
  it('offers the countable collections, counts a whole table and fills in the numbers', async () => {
    const sources = (await po('GET', api('/affected-sources'))).json().items
    const rental = sources.find((s: { dataset: string }) => s.dataset === 'rental')
    const collections = new Map(
      rental.collections.map((c: { name: string; personField: string | null }) => [c.name, c.personField]),
    )
    expect(collections.get('customer')).toBe('customer_id')
    expect(collections.get('rental')).toBe('customer_id')
    expect(collections.get('city')).toBeNull()

    const before = (await db.query('select count(*) as n from customer'))[0].n
    const res = await counted({ dataset: 'rental', collection: 'customer' })
    const b = res.json()
    expect(b.affectedSet).toMatchObject({
      dataset: 'rental',
      collection: 'customer',
      filter: null,
      personField: 'customer_id',
      people: 40,
      records: 40,
      inIndex: 3,
    })
    expect(b.facts).toMatchObject({ peopleApprox: 40, recordsApprox: 40 })
    expect(b.numberSources).toEqual({ people: 'computed', records: 'computed' })
    expect(b.timeline.map((e: { kind: string }) => e.kind)).toContain('affected_counted')
    // Read-only: the target is as it was.
    expect((await db.query('select count(*) as n from customer'))[0].n).toEqual(before)
  })

  it('offers for the window only the date and timestamp columns the connected system declares', async () => {
    const dateFields = async (collection: string) => {
      const res = await po(
        'GET',
        api(`/affected-sources/date-fields?dataset=rental&collection=${collection}`),
      )
      expect(res.statusCode, res.body).toBe(200)
      return res.json().dateFields
    }
    // rental: two timestamps (datetime on MariaDB), not its numbers; customer: one date column, no text column.
    expect(await dateFields('rental')).toEqual(['rental_date', 'return_date'])
    expect(await dateFields('customer')).toEqual(['created'])
    const unknown = await po('GET', api('/affected-sources/date-fields?dataset=rental&collection=nope'))
    expectProblem(unknown, 422)
    expect(unknown.json().errors[0].path).toBe('query.collection')
    const notCountable = await po('GET', api('/affected-sources/date-fields?dataset=rental&collection=city'))
    expectProblem(notCountable, 422)
    expect(notCountable.json().errors[0].path).toBe('query.collection')
  })

  it('counts the people of a date window in a table that refers to them, as the database counts them', async () => {
    const [truth] = await db.query(
      "select count(*) as records, count(distinct customer_id) as people from rental where rental_date >= '2025-07-01' and rental_date < '2026-01-01'",
    )
    const res = await counted({
      dataset: 'rental',
      collection: 'rental',
      filter: { field: 'rental_date', from: '2025-07-01', before: '2026-01-01' },
    })
    const set = res.json().affectedSet
    expect(set.records).toBe(Number(truth.records))
    expect(set.people).toBe(Number(truth.people))
    expect(set.records).toBeGreaterThan(0)
    expect(set.withoutPerson).toBe(0)
    expect(set.filter).toEqual({ field: 'rental_date', from: '2025-07-01', before: '2026-01-01' })
  })

  it('keeps an entered number apart from the computed one, and refuses what cannot be counted', async () => {
    await counted({ dataset: 'rental', collection: 'customer' })
    const changed = await po('PATCH', api(`/${breachId}`), { peopleApprox: 45 })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json().numberSources).toEqual({ people: 'entered', records: 'computed' })
    expect(changed.json().affectedSet.people).toBe(40)

    const film = await po('POST', api(`/${breachId}/affected-count`), {
      dataset: 'rental',
      collection: 'city',
    })
    expectProblem(film, 422)
    expect(film.json()).toMatchObject({ code: 'affected_set_not_countable' })
    expect(film.json().errors[0].path).toBe('body.collection')
    const unknown = await po('POST', api(`/${breachId}/affected-count`), { dataset: 'nope', collection: 'x' })
    expect(unknown.json().errors[0].path).toBe('body.dataset')
    const field = await po('POST', api(`/${breachId}/affected-count`), {
      dataset: 'rental',
      collection: 'rental',
      filter: { field: 'nope', before: '2026-01-01' },
    })
    expect(field.json().errors[0].path).toBe('body.filter.field')
    // The connectors compare by day: an instant is refused (schema, 400) rather than cut to its day.
    const instant = await po('POST', api(`/${breachId}/affected-count`), {
      dataset: 'rental',
      collection: 'rental',
      filter: { field: 'rental_date', from: '2025-07-01T12:00:00+02:00' },
    })
    expectProblem(instant, 400)
    expect(instant.json().errors[0].path).toBe('body.filter.from')
    // A window on a column that holds no dates is refused on the field, not blamed on the connection.
    const notADate = await po('POST', api(`/${breachId}/affected-count`), {
      dataset: 'rental',
      collection: 'rental',
      filter: { field: 'inventory_id', before: '2026-01-01' },
    })
    expectProblem(notADate, 422)
    expect(notADate.json().errors[0].path).toBe('body.filter.field')
  })

  it('counts a row without an identity as one person and a case-differing e-mail address once', async () => {
    // A copy of the dataset where only the e-mail address identifies a customer; two rows added to the target:
    // one without an address, one whose address differs from a known customer's only by its case.
    const source = readFileSync(new URL('./fixtures/rental/rental.dataset.yaml', import.meta.url), 'utf8')
      .replace('connector: postgres', `connector: ${db.dialect}`)
      .replace('key: rental', 'key: rental-mail')
      .replace(/\n\s+identity: customer_number/, '')
    const put = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental-mail`, { source })
    expect(put.statusCode, put.body).toBeLessThan(300)
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental-mail/connection`, {
      options: db.settings.options,
      ...(db.settings.secret ? { secret: db.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    const [known] = await db.query(
      'select * from customer where email is not null order by customer_id limit 1',
    )
    for (const [id, email] of [
      [9001, null],
      [9002, String(known.email).toUpperCase()],
    ]) {
      await db.query(
        `insert into customer (customer_id, store_id, first_name, last_name, email, address_id, created) values (${id}, ${known.store_id}, 'Test', 'Test', ${email === null ? 'null' : `'${email}'`}, ${known.address_id}, '2026-01-01')`,
      )
    }
    const [truth] = await db.query(
      'select count(*) as records, count(distinct lower(email)) as mailed, count(*) - count(email) as unmailed from customer',
    )
    const res = await counted({ dataset: 'rental-mail', collection: 'customer' })
    const set = res.json().affectedSet
    expect(set).toMatchObject({ personField: 'email', records: Number(truth.records), withoutPerson: 0 })
    expect(set.people).toBe(Number(truth.mailed) + Number(truth.unmailed))
    expect(set.people).toBe(Number(truth.records) - 1)
    await db.query('delete from customer where customer_id in (9001, 9002)')
    // Back to the customer numbers for the letters below.
    await counted({ dataset: 'rental', collection: 'customer' })
  })

  it('writes to the people of the count the subject index knows, in their language', async () => {
    const run = await po('POST', api(`/${breachId}/letters`), { selection: { affectedSet: true } })
    expect(run.statusCode, run.body).toBe(202)
    expect(run.json()).toMatchObject({ queued: 3, byLanguage: { nl: 1, fr: 1, en: 1 } })
    const again = await po('POST', api(`/${breachId}/letters`), { selection: { affectedSet: true } })
    expect(again.json()).toMatchObject({ queued: 0, alreadyInformed: 3 })
  })

  it('stores a count of a system that cannot be read as failed, with its reason, and keeps the last count', async () => {
    const source = readFileSync(new URL('./fixtures/rental/rental.dataset.yaml', import.meta.url), 'utf8')
      .replace('connector: postgres', `connector: ${db.dialect}`)
      .replace('key: rental', 'key: rental-down')
    expect(
      (await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental-down`, { source })).statusCode,
    ).toBeLessThan(300)
    // Nothing listens on port 1 of this machine.
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental-down/connection`, {
      options: { ...db.settings.options, port: 1 },
      ...(db.settings.secret ? { secret: db.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    const before = (await po('GET', api(`/${breachId}`))).json()
    const res = await po('POST', api(`/${breachId}/affected-count`), {
      dataset: 'rental-down',
      collection: 'rental',
      filter: { field: 'rental_date', before: '2026-01-01' },
    })
    expect(res.statusCode, res.body).toBe(202)
    const countId = res.json().id
    // While it is queued, a second count of the breach is refused with the id of the one under way.
    const second = await po('POST', api(`/${breachId}/affected-count`), {
      dataset: 'rental',
      collection: 'customer',
    })
    expect(expectProblem(second, 409)).toMatchObject({
      code: 'affected_count_in_progress',
      params: { countId },
    })
    await breachAffectedCountJob.run({ countId }, t.ctx)
    const state = (await po('GET', api(`/${breachId}/affected-counts/${countId}`))).json()
    expect(state).toMatchObject({
      status: 'failed',
      result: null,
      error: { code: 'affected_set_unreachable' },
      query: { dataset: 'rental-down', collection: 'rental' },
    })
    expect(state.finishedAt).not.toBeNull()
    const after = (await po('GET', api(`/${breachId}`))).json()
    expect(after.affectedSet).toEqual(before.affectedSet)
    expect(after.timeline.length).toBe(before.timeline.length)
  })

  it('words a read the system refuses on a working connection as such, not as a connection to test (review m11)', async () => {
    const original = readFileSync(new URL('./fixtures/rental/rental.dataset.yaml', import.meta.url), 'utf8')
    const rentalCustomer =
      '      - name: customer_id\n        references: { collection: customer, field: customer_id, direction: from }\n      - name: return_date'
    expect(original).toContain(rentalCustomer)
    // The rentals name their customer in a column the table does not have.
    const source = original
      .replace('connector: postgres', `connector: ${db.dialect}`)
      .replace('key: rental', 'key: rental-gone')
      .replace(rentalCustomer, rentalCustomer.replace('name: customer_id', 'name: customer_gone'))
    expect(
      (await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental-gone`, { source })).statusCode,
    ).toBeLessThan(300)
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental-gone/connection`, {
      options: db.settings.options,
      ...(db.settings.secret ? { secret: db.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    const res = await po('POST', api(`/${breachId}/affected-count`), {
      dataset: 'rental-gone',
      collection: 'rental',
    })
    expect(res.statusCode, res.body).toBe(202)
    const countId = res.json().id
    await breachAffectedCountJob.run({ countId }, t.ctx)
    const state = (await po('GET', api(`/${breachId}/affected-counts/${countId}`))).json()
    expect(state).toMatchObject({
      status: 'failed',
      result: null,
      error: { code: 'affected_set_read_refused' },
    })
    expect(state.error.message).toMatch(/refused to read the collection/)
  })

  it('records a count whose worker fell silent as stopped, so that it cannot change the breach afterwards', async () => {
    const ask = () =>
      po('POST', api(`/${breachId}/affected-count`), { dataset: 'rental', collection: 'customer' })
    const res = await ask()
    expect(res.statusCode, res.body).toBe(202)
    const countId = res.json().id
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000)
    const stored = () =>
      t.ctx.db
        .selectFrom('breach_affected_counts')
        .select(['status', 'error'])
        .where('id', '=', countId)
        .executeTakeFirstOrThrow()
    // Taken by a worker an hour ago that reported 5 minutes ago: still running, however long it takes.
    await t.ctx.db
      .updateTable('breach_affected_counts')
      .set({ status: 'running', started_at: minutesAgo(60), heartbeat_at: minutesAgo(5) })
      .where('id', '=', countId)
      .execute()
    expect((await po('GET', api(`/${breachId}/affected-counts/${countId}`))).json().status).toBe('running')
    expect(expectProblem(await ask(), 409).code).toBe('affected_count_in_progress')
    // Silent for 11 minutes: recorded as stopped on its row, not only shown so.
    await t.ctx.db
      .updateTable('breach_affected_counts')
      .set({ heartbeat_at: minutesAgo(11) })
      .where('id', '=', countId)
      .execute()
    const state = (await po('GET', api(`/${breachId}/affected-counts/${countId}`))).json()
    expect(state).toMatchObject({ status: 'failed', error: { code: 'affected_count_stopped' } })
    expect(await stored()).toEqual({ status: 'failed', error: 'affected_count_stopped' })
    // Its job, if it comes back, changes nothing: the breach keeps what it had.
    const before = (await po('GET', api(`/${breachId}`))).json()
    await breachAffectedCountJob.run({ countId }, t.ctx)
    expect(await stored()).toEqual({ status: 'failed', error: 'affected_count_stopped' })
    const after = (await po('GET', api(`/${breachId}`))).json()
    expect(after.timeline.length).toBe(before.timeline.length)
    // A new count may start, and runs.
    const next = await ask()
    expect(next.statusCode, next.body).toBe(202)
    await breachAffectedCountJob.run({ countId: next.json().id }, t.ctx)
    expect((await po('GET', api(`/${breachId}/affected-counts/${next.json().id}`))).json().status).toBe(
      'done',
    )
  })

  it('records a count no worker took within 2 hours as stopped, and lets only one of two simultaneous counts start', async () => {
    const ask = () =>
      po('POST', api(`/${breachId}/affected-count`), { dataset: 'rental', collection: 'customer' })
    const res = await ask()
    expect(res.statusCode, res.body).toBe(202)
    const countId = res.json().id
    await t.ctx.db
      .updateTable('breach_affected_counts')
      .set({ created_at: new Date(Date.now() - 3 * 3_600_000) })
      .where('id', '=', countId)
      .execute()
    // Two counts asked at the same moment: the stale one is recorded as stopped, then exactly one new count starts.
    const both = await Promise.all([ask(), ask()])
    expect(both.map((r) => r.statusCode).sort()).toEqual([202, 409])
    const stale = (await po('GET', api(`/${breachId}/affected-counts/${countId}`))).json()
    expect(stale).toMatchObject({ status: 'failed', error: { code: 'affected_count_stopped' } })
    const started = both.find((r) => r.statusCode === 202)
    await breachAffectedCountJob.run({ countId: started?.json().id }, t.ctx)
  })

  it('answers a count only within its organisation and breach', async () => {
    const res = await po('POST', api(`/${breachId}/affected-count`), {
      dataset: 'rental',
      collection: 'customer',
    })
    expect(res.statusCode, res.body).toBe(202)
    const countId = res.json().id
    await breachAffectedCountJob.run({ countId }, t.ctx)
    // Another organisation's privacy officer, through their own organisation and through ours.
    const other = await createOrg(t.ctx, 'Andere Winkel BV')
    const member = await createMember(t.ctx, other, 'privacy_officer')
    const stranger = asUser(app, await signIn(app, member.email, member.password))
    const theirs = await stranger(
      'GET',
      `/api/v1/orgs/${other.slug}/breaches/${breachId}/affected-counts/${countId}`,
    )
    expectProblem(theirs, 404)
    expect(JSON.stringify(theirs.json())).not.toContain('rental')
    expectProblem(await stranger('GET', api(`/${breachId}/affected-counts/${countId}`)), 404)
    // Another breach of the same organisation does not answer for this count.
    const otherBreach = await po('POST', api(), {
      title: 'A second breach',
      discoveredAt: '2026-12-02T10:00:00+01:00',
      awareAt: '2026-12-02T11:00:00+01:00',
      description: 'Another incident.',
      nature: ['availability'],
      origin: 'hacking',
      cause: 'external_malicious',
      systems: ['rental_db'],
      encrypted: false,
      consequences: 'None known.',
      measuresTaken: 'None yet.',
    })
    expect(otherBreach.statusCode, otherBreach.body).toBe(201)
    expectProblem(await po('GET', api(`/${otherBreach.json().id}/affected-counts/${countId}`)), 404)
    expect((await po('GET', api(`/${breachId}/affected-counts/${countId}`))).json().status).toBe('done')
  })
})
