import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { systemActor } from '../src/audit/actor'
import { executeRun } from '../src/connectors/engine/execute-run'
import { listDueHolds } from '../src/connectors/engine/retention-holds'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { keepWarnings, warningsFor } from './support/kept-warnings'
import { RENTAL_TARGETS, type RentalDatabase, rowChecksums } from './support/rental'
import { rentalRegister } from './support/rental-register'

/**
 * The engine on a schema it was not written for (server/test/fixtures/rental, README.md there has the known truth):
 * erasure never touches another person's rows, access reaches every payment partition, a rerun changes nothing.
 * The Custos database plays no part in what is proven, so this runs once (in the db-pglite project).
 */
const once = process.env.CUSTOS_TEST_DATABASE === 'postgres'

/** Every reference of the fixture, checked for rows pointing nowhere (MariaDB's payment has no constraints). */
const REFERENCES = [
  ['city', 'country_id', 'country', 'country_id'],
  ['address', 'city_id', 'city', 'city_id'],
  ['store', 'address_id', 'address', 'address_id'],
  ['store', 'manager_staff_id', 'staff', 'staff_id'],
  ['staff', 'address_id', 'address', 'address_id'],
  ['staff', 'store_id', 'store', 'store_id'],
  ['customer', 'store_id', 'store', 'store_id'],
  ['customer', 'address_id', 'address', 'address_id'],
  ['inventory', 'store_id', 'store', 'store_id'],
  ['rental', 'inventory_id', 'inventory', 'inventory_id'],
  ['rental', 'customer_id', 'customer', 'customer_id'],
  ['rental', 'staff_id', 'staff', 'staff_id'],
  ['payment', 'customer_id', 'customer', 'customer_id'],
  ['payment', 'staff_id', 'staff', 'staff_id'],
  ['payment', 'rental_id', 'rental', 'rental_id'],
] as const

const DATASET = readFileSync(new URL('./fixtures/rental/rental.dataset.yaml', import.meta.url), 'utf8')

/** The same dataset without the staff and store tables: only the system's own foreign keys say they use addresses. */
function withoutStaffAndStore(source: string): string {
  const doc = YAML.parse(source)
  doc.collections = doc.collections.filter((c: { name: string }) => !['staff', 'store'].includes(c.name))
  for (const c of doc.collections)
    for (const f of c.fields) if (['staff', 'store'].includes(f.references?.collection)) delete f.references
  return YAML.stringify(doc)
}

const QUARTERS = ['2025-1', '2025-2', '2025-3', '2025-4', '2026-1']
const quarter = (value: unknown) => {
  const d = new Date(String(value).replace(' ', 'T'))
  return `${d.getFullYear()}-${Math.floor(d.getMonth() / 3) + 1}`
}

describe.skipIf(once).each(RENTAL_TARGETS)('connector engine on the rental shop in $name', (target) => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let db: RentalDatabase
  /** The connector guard's log: the real error behind a neutral "The connection failed (reference ...)". */
  let warnings: string[] = []

  const newRequest = async (email: string, types: string[]) => {
    const res = await po('POST', `/api/v1/orgs/${org.slug}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Klant', email },
      types,
      language: 'nl',
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json().id as string
  }
  const run = async (requestId: string, body: Record<string, unknown>) => {
    const res = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/runs`, body)
    expect(res.statusCode, res.body).toBe(202)
    await executeRun(t.ctx, res.json().id).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(`${message}${warningsFor(warnings, message)}`, { cause: error })
    })
    const view = (await po('GET', `/api/v1/orgs/${org.slug}/runs/${res.json().id}`)).json()
    expect(view.status, `${view.error}${warningsFor(warnings, view.error)}`).toBe('completed')
    return view
  }
  const saveDataset = async (source: string) => {
    const saved = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental`, {
      source: source.replace('connector: postgres', `connector: ${db.dialect}`),
    })
    expect(saved.statusCode, saved.body).toBeLessThan(300)
  }
  /** The rows whose checksum differs (or that disappeared) between two snapshots. */
  const changed = (before: Map<string, string>, after: Map<string, string>) =>
    [...before].filter(([k, sum]) => after.get(k) !== sum).map(([k]) => k)
  const orphans = async () => {
    const found: string[] = []
    for (const [table, field, parent, key] of REFERENCES) {
      const rows = await db.query(
        `select count(*) as n from ${table} t where t.${field} is not null
           and not exists (select 1 from ${parent} p where p.${key} = t.${field})`,
      )
      if (Number(rows[0].n) > 0) found.push(`${table}.${field}`)
    }
    return found
  }

  beforeAll(async () => {
    t = await createTestContext()
    warnings = keepWarnings(t.ctx)
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Videotheek Jansen BV')
    await importRegister(t.ctx, systemActor('test'), org, rentalRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    db = await target.load()
    await saveDataset(DATASET)
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/rental/connection`, {
      options: db.settings.options,
      ...(db.settings.secret ? { secret: db.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await db?.drop()
  })

  it('access reaches the payments in every partition; an unknown person gets no package; an unknown field is refused', async () => {
    const view = await run(await newRequest('anna.jansen@example.be', ['access']), { action: 'access' })
    const found = Object.fromEntries(
      view.steps[0].result.read.map((r: { collection: string; found: number }) => [r.collection, r.found]),
    )
    expect(found).toMatchObject({ customer: 1, address: 1, city: 1, country: 1, rental: 5, payment: 5 })
    const pkg = await t.ctx.db
      .selectFrom('answer_packages')
      .selectAll()
      .where('id', '=', view.summary.packageId)
      .executeTakeFirstOrThrow()
    const zip = Buffer.from(
      t.ctx.encryption.decrypt(pkg.content_encrypted as string, `package:${pkg.id}`),
      'base64',
    )
    const data = JSON.parse(Buffer.from(unzipSync(new Uint8Array(zip))['data.json'] as Uint8Array).toString())
    const payments = JSON.stringify(data).match(/"payment_date":"[^"]+"/g) ?? []
    expect(payments.map((p) => quarter(p.slice(16, -1))).sort()).toEqual(QUARTERS)

    const unknown = await run(await newRequest('nobody@example.be', ['access']), { action: 'access' })
    expect(unknown.summary).toMatchObject({ rowsFound: 0, noData: true })
    expect(unknown.summary.packageId).toBeUndefined()

    const rectify = await newRequest('anna.jansen@example.be', ['rectification'])
    const refused = await po('POST', `/api/v1/orgs/${org.slug}/requests/${rectify}/runs`, {
      action: 'rectification',
      changes: [{ collection: 'customer', field: 'shoe_size', value: '38' }],
    })
    expectProblem(refused, 422)
    expect(JSON.stringify(refused.json())).toContain('changes.0.field')
    expect(JSON.stringify(refused.json())).toContain('shoe_size')
  })

  it('erasure of a customer who shares an address changes her row only, records the payments kept, and a rerun changes nothing', async () => {
    const before = await rowChecksums(db)
    const requestId = await newRequest('anna.jansen@example.be', ['erasure'])
    // Work starts: the request's checklist gets a task for the rental database.
    const started = await po('POST', `/api/v1/orgs/${org.slug}/requests/${requestId}/actions/start`, {})
    expect(started.statusCode, started.body).toBe(200)
    const dry = await run(requestId, { action: 'erasure', dryRun: true })
    const address = dry.steps[0].result.changes.find(
      (c: { collection: string }) => c.collection === 'address',
    )
    expect(address).toMatchObject({
      toUpdate: 0,
      toDelete: 0,
      withheld: [{ rows: 1, reason: { kind: 'shared', by: ['customer', 'staff', 'store'] } }],
    })
    expect(dry.steps[0].result.sharedQueries).toBe(3)
    expect(dry.summary.rowsShared).toBe(1)
    expect(changed(before, await rowChecksums(db))).toEqual([])

    const erased = await run(requestId, { action: 'erasure' })
    expect(erased.summary).toMatchObject({ rowsUpdated: 1, rowsDeleted: 0, rowsShared: 1 })
    const after = await rowChecksums(db)
    expect(changed(before, after)).toEqual(['customer:1'])
    expect(after.size).toBe(before.size)
    const [anna] = await db.query('select * from customer where customer_id = 1')
    expect(anna).toMatchObject({ first_name: 'erased', address_id: 3, notes: null })
    expect(await orphans()).toEqual([])
    // The internal checklist of the request says why the address stayed, in the request's language.
    const task = await t.ctx.db
      .selectFrom('request_tasks')
      .select('proof')
      .where('request_id', '=', requestId)
      .executeTakeFirstOrThrow()
    expect(task.proof).toContain('waarvan 1 gedeeld met andere records (niet gewist)')

    // Each payment kept under the accounting rule is recorded by key, with its own end date.
    const holds = await listDueHolds(t.ctx.db, t.ctx.encryption, org.id, '2099-01-01')
    expect(holds).toHaveLength(5)
    const payments = await db.query(
      'select payment_id, extract(year from payment_date) as year from payment where customer_id = 1 order by payment_id',
    )
    expect(holds.map((h) => h.key[0]).sort()).toEqual(payments.map((p) => p.payment_id))
    for (const hold of holds) {
      const payment = payments.find((p) => p.payment_id === hold.key[0])
      expect(hold).toMatchObject({
        collection: 'payment',
        rule: 'accounting_records',
        dateField: 'payment_date',
      })
      expect(hold.keptUntil.slice(0, 4)).toBe(String(Number(payment.year) + 7))
    }

    const again = await run(requestId, { action: 'erasure' })
    expect(again.steps[0].result.alreadyErased.runId).toBe(erased.id)
    expect(again.steps[0].result.read).toEqual([])
    expect(changed(after, await rowChecksums(db))).toEqual([])
    expect(await listDueHolds(t.ctx.db, t.ctx.encryption, org.id, '2099-01-01')).toHaveLength(5)
  })

  it('erasure of a customer with an address of her own masks that address too', async () => {
    const before = await rowChecksums(db)
    await run(await newRequest('lotte.lemaire@example.be', ['erasure']), { action: 'erasure' })
    expect(changed(before, await rowChecksums(db)).sort()).toEqual(['address:4', 'customer:3'])
    const [address] = await db.query('select * from address where address_id = 4')
    expect(address).toMatchObject({ address: 'erased', district: 'erased', phone: null, postal_code: null })
    expect(await orphans()).toEqual([])
  })

  it("erasure keeps an address a table left out of the dataset refers to, from the system's declared foreign key", async () => {
    // Tom (staff 3) moves in with Lucas (customer 6, address 6 his own until now); the dataset knows no staff table.
    await db.query('update staff set address_id = 6 where staff_id = 3')
    await saveDataset(withoutStaffAndStore(DATASET))
    try {
      const before = await rowChecksums(db)
      const requestId = await newRequest('lucas.lambert6@example.com', ['erasure'])
      const dry = await run(requestId, { action: 'erasure', dryRun: true })
      const address = dry.steps[0].result.changes.find(
        (c: { collection: string }) => c.collection === 'address',
      )
      expect(address).toMatchObject({
        toUpdate: 0,
        withheld: [{ rows: 1, reason: { kind: 'shared', by: ['staff'] } }],
      })
      const erased = await run(requestId, { action: 'erasure' })
      expect(erased.summary).toMatchObject({ rowsUpdated: 1, rowsShared: 1 })
      expect(changed(before, await rowChecksums(db))).toEqual(['customer:6'])
      expect(await orphans()).toEqual([])
    } finally {
      await saveDataset(DATASET)
    }
  })
})
