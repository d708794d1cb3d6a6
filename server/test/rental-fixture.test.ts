import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RENTAL_TABLES, RENTAL_TARGETS, type RentalDatabase, rowChecksums } from './support/rental'

/**
 * The rental fixture loads on both servers with the known truth of its README. It does not use the Custos database,
 * so it runs once (in the db-pglite project).
 */
const once = process.env.CUSTOS_TEST_DATABASE === 'postgres'

describe.skipIf(once).each(RENTAL_TARGETS)('rental fixture on $name', (target) => {
  let db: RentalDatabase
  beforeAll(async () => {
    db = await target.load()
  }, 120_000)
  afterAll(async () => {
    await db?.drop()
  })

  it('holds the documented shared address, every payment partition and the same rows as the other server', async () => {
    const users = await db.query(
      `select 'customer' as t, customer_id as id from customer where address_id = 3
       union all select 'staff', staff_id from staff where address_id = 3
       union all select 'store', store_id from store where address_id = 3 order by 1, 2`,
    )
    expect(users.map((u) => `${u.t}:${u.id}`)).toEqual(['customer:1', 'customer:2', 'staff:2', 'store:2'])
    const partitions =
      db.dialect === 'postgres'
        ? await db.query(
            `select c.relname as p, count(*)::int as n from payment p join pg_class c on c.oid = p.tableoid
             where p.customer_id = 1 group by 1 order by 1`,
          )
        : await db.query(
            `select partition_name as p from information_schema.partitions
             where table_schema = database() and table_name = 'payment' order by 1`,
          )
    expect(partitions.map((p) => p.p)).toEqual([
      'payment_2025_q1',
      'payment_2025_q2',
      'payment_2025_q3',
      'payment_2025_q4',
      'payment_2026_q1',
    ])
    const counts = await db.query(
      'select (select count(*) from customer) as customers, (select count(*) from payment) as payments, (select count(*) from customer_list) as listed',
    )
    expect(counts.map((c) => [Number(c.customers), Number(c.payments), Number(c.listed)])).toEqual([
      [40, 129, 40],
    ])
    let rows = 0
    for (const table of Object.keys(RENTAL_TABLES))
      rows += Number((await db.query(`select count(*) as n from ${table}`))[0].n)
    expect((await rowChecksums(db)).size).toBe(rows)
    if (db.dialect === 'postgres') {
      // payment -> staff and payment -> rental are declared on the partitions only (README.md).
      const keys = await db.query(
        `select conrelid::regclass::text as t, confrelid::regclass::text as r from pg_constraint
         where contype = 'f' and conrelid::regclass::text like 'payment%' and conparentid = 0 order by 1, 2`,
      )
      expect(keys.filter((k) => k.t === 'payment').map((k) => k.r)).toEqual(['customer'])
      expect(keys.filter((k) => k.t === 'payment_2025_q1').map((k) => k.r)).toEqual(['rental', 'staff'])
    }
  })
})
