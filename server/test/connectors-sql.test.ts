import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Driver } from '../src/connectors/driver'
import { openSqlDriver } from '../src/connectors/open-driver'
import { collectionSchema, type DatasetCollection } from '../src/domain/datasets/schema'
import { type ChinookDatabase, loadChinookMariadb, loadChinookPostgres } from './support/chinook'

/**
 * The SQL drivers against the real PostgreSQL and MariaDB servers with the chinook sample data. These tests do not
 * use the Custos database, so they run once: in the db-pglite project (skipped in db-postgres, which would only
 * repeat them).
 */
const once = process.env.CUSTOS_TEST_DATABASE === 'postgres'

/** chinook uses snake_case in PostgreSQL and PascalCase in MySQL. */
const NAMES = {
  postgres: {
    customer: 'customer',
    customerId: 'customer_id',
    firstName: 'first_name',
    email: 'email',
    phone: 'phone',
    company: 'company',
    city: 'city',
    invoice: 'invoice',
    invoiceId: 'invoice_id',
    invoiceDate: 'invoice_date',
    total: 'total',
    line: 'invoice_line',
    lineId: 'invoice_line_id',
    unitPrice: 'unit_price',
    playlistTrack: 'playlist_track',
    playlistId: 'playlist_id',
    trackId: 'track_id',
  },
  mysql: {
    customer: 'Customer',
    customerId: 'CustomerId',
    firstName: 'FirstName',
    email: 'Email',
    phone: 'Phone',
    company: 'Company',
    city: 'City',
    invoice: 'Invoice',
    invoiceId: 'InvoiceId',
    invoiceDate: 'InvoiceDate',
    total: 'Total',
    line: 'InvoiceLine',
    lineId: 'InvoiceLineId',
    unitPrice: 'UnitPrice',
    playlistTrack: 'PlaylistTrack',
    playlistId: 'PlaylistId',
    trackId: 'TrackId',
  },
} as const

const collection = (name: string, primaryKey: string[], fields: string[]): DatasetCollection =>
  collectionSchema.parse({ name, primaryKey, fields: fields.map((f) => ({ name: f })) })

describe.skipIf(once).each([
  { dialect: 'postgres' as const, load: loadChinookPostgres, server: /^PostgreSQL \d+/ },
  { dialect: 'mysql' as const, load: loadChinookMariadb, server: /^MariaDB \d+/ },
])('SQL driver on $dialect', ({ dialect, load, server }) => {
  const n = NAMES[dialect]
  const customer = collection(
    n.customer,
    [n.customerId],
    [n.customerId, n.firstName, n.email, n.phone, n.company, n.city],
  )
  const invoice = collection(n.invoice, [n.invoiceId], [n.invoiceId, n.customerId, n.invoiceDate, n.total])
  const line = collection(n.line, [n.lineId], [n.lineId, n.invoiceId, n.unitPrice])
  const playlistTrack = collection(n.playlistTrack, [n.playlistId, n.trackId], [n.playlistId, n.trackId])
  let db: ChinookDatabase
  let driver: Driver
  const q = (name: string) => (dialect === 'postgres' ? `"${name}"` : `\`${name}\``)
  const customerRow = async (id: number) =>
    (await db.query(`select * from ${q(n.customer)} where ${q(n.customerId)} = ${id}`))[0]

  beforeAll(async () => {
    db = await load()
    driver = openSqlDriver(db.settings)
  })
  afterAll(async () => {
    await driver?.close()
    await db?.drop()
  })

  it('checks the connection and names the server and database', async () => {
    const check = await driver.check()
    expect(check.ok, check.message).toBe(true)
    expect(check.message).toMatch(server)
    expect(check.message).toContain(`database ${db.settings.options.database}`)
  })

  it('fails the check with one neutral message: no role name, no port state, no password', async () => {
    const password = 'Wr0ng-S3cret-p@ss'
    // PostgreSQL on the test server trusts local connections, so the wrong credential there is an unknown user.
    const user = dialect === 'postgres' ? 'custos_no_such_user' : db.settings.options.user
    const bad = openSqlDriver({ ...db.settings, options: { ...db.settings.options, user }, secret: password })
    const denied = await bad.check().finally(() => bad.close())
    const nobody = openSqlDriver({
      kind: dialect,
      options: { url: `${dialect}://someone:${encodeURIComponent(password)}@127.0.0.1:1/db` },
      guard: db.settings.guard,
    })
    const refused = await nobody.check().finally(() => nobody.close())
    for (const check of [denied, refused]) {
      expect(check).toMatchObject({ ok: false, problem: { code: 'connector.connection-failed' } })
      expect(check.message).not.toMatch(
        /denied|does not exist|ECONNREFUSED|127\.0\.0\.1|:1\b|someone|custos_no/,
      )
      expect(check.message).not.toContain(password)
      expect(check.message).not.toContain(encodeURIComponent(password))
    }
    // A wrong account and a closed port read the same: a connection test is no oracle for either.
    const unreferenced = (m: string) => m.replace(/reference [0-9a-f]+/, 'reference …')
    expect(unreferenced(denied.message)).toBe(unreferenced(refused.message))
  })

  it('selects with one statement for several matches, keyed by the dataset field names, typed values', async () => {
    const rows = await driver.select(customer, [
      { field: n.email, values: ['luisg@embraer.com.br', 'nobody@example.com'] },
      { field: n.customerId, values: ['2', 3, 'abc', '1; drop table x', null] },
    ])
    expect(rows.map((r) => r[n.customerId]).sort()).toEqual([1, 2, 3])
    const luis = rows.find((r) => r[n.customerId] === 1)
    expect(Object.keys(luis ?? {}).sort()).toEqual(customer.fields.map((f) => f.name).sort())
    expect(luis?.[n.firstName]).toBe('Luís')
    const invoices = await driver.select(invoice, [{ field: n.customerId, values: [1] }])
    expect(invoices).toHaveLength(7)
    expect(invoices.every((r) => r[n.invoiceDate] instanceof Date && typeof r[n.total] === 'number')).toBe(
      true,
    )
  })

  it.runIf(dialect === 'postgres')(
    'reads through a prepared statement the server lost (a pooler, DEALLOCATE) on the unnamed path, same rows',
    async () => {
      const matches = [{ field: n.customerId, values: [1, 2] }]
      const before = await driver.select(customer, matches)
      expect(before).toHaveLength(2)
      // Every connection of the driver's pool forgets its prepared statements, as behind PgBouncer in
      // transaction mode or after DEALLOCATE ALL: the client still believes them parsed.
      const pool = (driver as unknown as { pool: import('pg').Pool }).pool
      const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()))
      for (const client of clients) await client.query('DEALLOCATE ALL')
      for (const client of clients) client.release()
      expect(await driver.select(customer, matches)).toEqual(before)
      expect(await driver.select(customer, matches)).toEqual(before)
    },
  )

  it('asks nothing for empty or impossible values and takes a large batch in one call', async () => {
    expect(await driver.select(customer, [])).toEqual([])
    expect(await driver.select(customer, [{ field: n.email, values: [] }])).toEqual([])
    expect(await driver.select(customer, [{ field: n.customerId, values: ['x', 'nope'] }])).toEqual([])
    const hostile = [
      "o'reilly@example.com",
      'x"y',
      '{a,b}',
      'a\\b',
      "'); drop table x; --",
      'luisg@embraer.com.br',
    ]
    expect(await driver.select(customer, [{ field: n.email, values: hostile }])).toHaveLength(1)
    const ids = Array.from({ length: 3000 }, (_, i) => i + 1)
    const rows = await driver.select(invoice, [{ field: n.customerId, values: ids }], [n.invoiceId])
    expect(rows).toHaveLength(412)
    expect(Object.keys(rows[0] ?? {})).toEqual([n.invoiceId])
    // More values than one prepared statement takes: still every row once.
    const many = Array.from({ length: 70_000 }, (_, i) => i + 1)
    const all = await driver.select(invoice, [
      { field: n.invoiceId, values: many },
      { field: n.customerId, values: many },
    ])
    expect(all).toHaveLength(412)
    expect(new Set(all.map((r) => r[n.invoiceId])).size).toBe(412)
    await expect(driver.select(customer, [{ field: 'no_such_column', values: [1] }])).rejects.toThrow(
      /no column "no_such_column"/,
    )
  })

  it('updates rows with values per row; a rerun changes nothing', async () => {
    const changes = [1, 2, 3, 4, 5].map((id) => ({
      key: [id],
      set: { [n.email]: `masked-${id}@example.invalid`, [n.phone]: null },
    }))
    expect(await driver.write((w) => w.updateRows(customer, changes))).toBe(5)
    expect(await driver.write((w) => w.updateRows(customer, changes))).toBe(0)
    expect((await customerRow(3))[n.email]).toBe('masked-3@example.invalid')
    expect((await customerRow(3))[n.phone]).toBeNull()
    expect((await customerRow(6))[n.email]).toBe('hholy@gmail.com')
    // A change of case only is a change (MySQL compares case-insensitively unless told otherwise).
    const upper = [{ key: [3], set: { [n.email]: 'MASKED-3@example.invalid' } }]
    expect(await driver.write((w) => w.updateRows(customer, upper))).toBe(1)
    expect((await customerRow(3))[n.email]).toBe('MASKED-3@example.invalid')
  })

  it('updates rows that all get the same values with one statement; a rerun changes nothing', async () => {
    const ids = [6, 7, 8, 9, 10]
    const before = await Promise.all(ids.map(customerRow))
    const changes = ids.map((id) => ({ key: [String(id)], set: { [n.city]: 'Erased', [n.company]: null } }))
    expect(await driver.write((w) => w.updateRows(customer, changes))).toBe(5)
    expect(await driver.write((w) => w.updateRows(customer, changes))).toBe(0)
    for (const row of await Promise.all(ids.map(customerRow))) {
      expect(row[n.city]).toBe('Erased')
      expect(row[n.company]).toBeNull()
    }
    expect(before.map((r) => r[n.email])).toEqual(
      (await Promise.all(ids.map(customerRow))).map((r) => r[n.email]),
    )
    expect((await customerRow(11))[n.city]).not.toBe('Erased')
  })

  it('updates and deletes more rows than fit in one statement', async () => {
    const lines = await db.query(`select ${q(n.lineId)} as id from ${q(n.line)} order by 1`)
    expect(lines.length).toBe(2240)
    const changes = lines.map((l) => ({ key: [l.id], set: { [n.unitPrice]: 1 + (Number(l.id) % 97) / 100 } }))
    expect(await driver.write((w) => w.updateRows(line, changes))).toBe(2240)
    expect(await driver.write((w) => w.updateRows(line, changes))).toBe(0)
    const [sample] = await db.query(
      `select ${q(n.unitPrice)} as p from ${q(n.line)} where ${q(n.lineId)} = 100`,
    )
    expect(Number(sample.p)).toBe(1.03)
    const keys = lines.slice(0, 1500).map((l) => [l.id])
    expect(await driver.write((w) => w.deleteRows(line, keys))).toBe(1500)
    expect(await driver.write((w) => w.deleteRows(line, keys))).toBe(0)
    expect(await db.query(`select 1 from ${q(n.line)}`)).toHaveLength(740)
  })

  it('deletes rows by a composite primary key', async () => {
    const [a, b] = await db.query(
      `select ${q(n.playlistId)} as p, ${q(n.trackId)} as t from ${q(n.playlistTrack)} order by 1, 2 limit 2`,
    )
    const count = async () => (await db.query(`select 1 from ${q(n.playlistTrack)}`)).length
    const before = await count()
    const keys = [
      [a.p, a.t],
      [b.p, b.t],
      [a.p, -1],
    ]
    expect(await driver.write((w) => w.deleteRows(playlistTrack, keys))).toBe(2)
    expect(await count()).toBe(before - 2)
  })

  it('rolls the whole transaction back when the work fails', async () => {
    const before = await customerRow(12)
    const invoicesBefore = await driver.select(invoice, [{ field: n.customerId, values: [12] }])
    await expect(
      driver.write(async (w) => {
        expect(
          await w.updateRows(customer, [{ key: [12], set: { [n.email]: 'gone@example.invalid' } }]),
        ).toBe(1)
        const invoiceIds = invoicesBefore.map((r) => r[n.invoiceId])
        const lines = await driver.select(line, [{ field: n.invoiceId, values: invoiceIds }])
        expect(lines.length).toBeGreaterThan(0)
        expect(
          await w.deleteRows(
            line,
            lines.map((l) => [l[n.lineId]]),
          ),
        ).toBe(lines.length)
        expect(
          await w.deleteRows(
            invoice,
            invoiceIds.map((id) => [id]),
          ),
        ).toBe(invoiceIds.length)
        throw new Error('the engine stopped')
      }),
    ).rejects.toThrow('the engine stopped')
    expect(await customerRow(12)).toEqual(before)
    expect(await driver.select(invoice, [{ field: n.customerId, values: [12] }])).toEqual(invoicesBefore)
    // A failing statement rolls back too, and the connection is usable afterwards.
    await expect(
      driver.write(async (w) => {
        await w.updateRows(customer, [{ key: [12], set: { [n.email]: 'gone@example.invalid' } }])
        await w.updateRows(customer, [{ key: [12], set: { [n.firstName]: null } }])
      }),
    ).rejects.toThrow()
    expect(await customerRow(12)).toEqual(before)
    expect((await driver.check()).ok).toBe(true)
  })

  it('refuses to change a collection without a primary key', async () => {
    const noKey = collectionSchema.parse({ name: n.customer, fields: [{ name: n.email }] })
    await expect(driver.write((w) => w.deleteRows(noKey, [[1]]))).rejects.toThrow(/no primaryKey/)
  })
})
