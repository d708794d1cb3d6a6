import mysql from 'mysql2/promise'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import type { DueScan } from '../src/connectors/driver'
import { openSqlDriver } from '../src/connectors/open-driver'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { approvePlan, runRetention } from '../src/modules/retention'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { loadMariadbTarget, loadPostgresTarget, type TargetDatabase } from './support/target-database'

/**
 * Decision 0111: a retention sweep deletes a batch by key range (one DELETE with the scan's conditions), committed
 * only if it removed exactly the keys recorded for the batch; a range delete past its statement timeout is rolled
 * back. Batches sized to a target time; a run killed after a range batch was applied resumes and finishes once, a
 * held person's rows and the rows within their period untouched - on PostgreSQL and MariaDB.
 */
const TODAY = '2026-12-07'
const CUTOFF = '2019-12-07'
const ROWS = 6000
const HELD_REF = 424242

const DATASET = (connector: string) => `format: custos-dataset/1
key: ledger
system: chinook_db
name: Ledger
connector: ${connector}
collections:
  - name: ledger
    primaryKey: [ledger_id]
    dateField: booked_on
    hold:
      rule: accounting_records
      dateField: booked_on
    fields:
      - name: ledger_id
      - name: customer_ref
        category: identification
        identity: customer_number
      - name: booked_on
      - name: amount
        category: invoices_payments
      - name: note
        category: invoices_payments
`
const TABLE = `create table ledger (ledger_id bigint primary key, customer_ref integer not null,
  booked_on date not null, amount numeric(10,2) not null, note text)`
// 30 % due: ids ending in 0, 1 or 2 are booked before the cutoff; ids 10 and 20 belong to the held person.
const TARGETS = [
  {
    name: 'PostgreSQL',
    connector: 'postgres',
    load: () =>
      loadPostgresTarget(
        'retention_range',
        `${TABLE}; insert into ledger select i, case when i in (10, 20) then ${HELD_REF} else i end,
           case when i % 10 < 3 then date '2015-01-01' + i % 1000 else date '2020-01-01' + i % 2000 end, i, 'booking ' || i
           from generate_series(1, ${ROWS}) as i;`,
      ),
    p: (i: number) => `$${i}`,
    sum: `md5(row(ledger_id, customer_ref, booked_on, amount, note)::text)`,
  },
  {
    name: 'MariaDB',
    connector: 'mysql',
    load: () =>
      loadMariadbTarget(
        'retention_range',
        `${TABLE}; insert into ledger select seq, case when seq in (10, 20) then ${HELD_REF} else seq end,
           case when seq % 10 < 3 then date '2015-01-01' + interval (seq % 1000) day else date '2020-01-01' + interval (seq % 2000) day end,
           seq, concat('booking ', seq) from seq_1_to_${ROWS};`,
      ),
    p: (_i: number) => '?',
    sum: `md5(concat_ws('|', ledger_id, customer_ref, booked_on, amount, note))`,
  },
] as const

/** Another session holds row 21 locked (SELECT ... FOR UPDATE in an open transaction) until released. */
async function holdRow(db: TargetDatabase, connector: string): Promise<{ release(): Promise<void> }> {
  if (connector === 'postgres') {
    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    await client.query('begin')
    await client.query('select ledger_id from ledger where ledger_id = 21 for update')
    return {
      async release() {
        await client.query('rollback')
        await client.end()
      },
    }
  }
  const connection = await mysql.createConnection(db.url)
  await connection.query('start transaction')
  await connection.query('select ledger_id from ledger where ledger_id = 21 for update')
  return {
    async release() {
      await connection.query('rollback')
      await connection.end()
    },
  }
}

let t: TestContext
let app: App
beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.close()
})

describe.each(TARGETS)('range deletes on $name', ({ connector, load, p, sum }) => {
  let db: TargetDatabase
  const scan: DueScan = { dateField: 'booked_on', before: CUTOFF }
  const collection = {
    name: 'ledger',
    primaryKey: ['ledger_id'],
    fields: [{ name: 'ledger_id' }, { name: 'booked_on' }],
  } as never
  const count = async (where: string, params: unknown[] = []) =>
    Number((await db.query(`select count(*) as n from ledger where ${where}`, params))[0].n)
  const checksums = async (where: string, params: unknown[]) =>
    new Map(
      (
        await db.query(
          `select ledger_id as id, ${sum} as s from ledger where ${where} order by ledger_id`,
          params,
        )
      ).map((r: { id: number; s: string }) => [Number(r.id), r.s]),
    )

  beforeAll(async () => {
    db = await load()
  }, 120_000)
  afterAll(async () => {
    await db?.drop()
  })

  it('commits a range delete only when it removes exactly the recorded keys, and rolls it back past its timeout', async () => {
    const driver = openSqlDriver(db.settings)
    try {
      const scanner = driver.retention
      if (!scanner) throw new Error('no scanner')
      const page = await scanner.pageDue(collection, scan, null, 6, [])
      const keys = page.map((r) => [r.ledger_id])
      expect(keys.map(([k]) => Number(k))).toEqual([1, 2, 10, 11, 12, 20])
      // A row inside the range that fell due after the page was read (its date corrected): nothing is deleted.
      await db.query(`update ledger set booked_on = ${p(1)} where ledger_id = 5`, ['2015-06-01'])
      const range = { after: null, last: keys[keys.length - 1] as unknown[] }
      expect(await scanner.deleteDueRange(collection, scan, range, keys, 5000)).toBe('changed')
      expect(await count(`ledger_id <= 20 and booked_on < ${p(1)}`, [CUTOFF])).toBe(7)
      await db.query(`update ledger set booked_on = ${p(1)} where ledger_id = 5`, ['2020-01-06'])
      // The recorded keys exactly: deleted and committed.
      expect(await scanner.deleteDueRange(collection, scan, range, keys, 5000)).toBe('deleted')
      expect(await count(`ledger_id <= 20 and booked_on < ${p(1)}`, [CUTOFF])).toBe(0)

      // Another transaction holds a row of the next range: the delete waits, is stopped at its timeout, rolled back.
      const next = (await scanner.pageDue(collection, scan, range.last, 3, [])).map((r) => [r.ledger_id])
      expect(next.map(([k]) => Number(k))).toEqual([21, 22, 30])
      const blocker = await holdRow(db, connector)
      try {
        const nextRange = { after: range.last, last: next[2] as unknown[] }
        expect(await scanner.deleteDueRange(collection, scan, nextRange, next, 300)).toBe('timeout')
      } finally {
        await blocker.release()
      }
      expect(await count(`ledger_id in (21, 22, 30)`)).toBe(3)
    } finally {
      await driver.close()
    }
  })

  it('answers changed, deleting nothing, when a declared foreign key refers to a row of the range; by key with the due conditions, a row no longer due stays', async () => {
    await db.query(
      'create table ledger_ref (ref_id integer primary key, ledger_id bigint not null references ledger (ledger_id))',
    )
    await db.query(`insert into ledger_ref values (1, 22)`)
    const driver = openSqlDriver(db.settings)
    try {
      const scanner = driver.retention
      if (!scanner) throw new Error('no scanner')
      const keys = (await scanner.pageDue(collection, scan, [20], 3, [])).map((r) => [r.ledger_id])
      expect(keys.map(([k]) => Number(k))).toEqual([21, 22, 30])
      const range = { after: [20], last: keys[2] as unknown[] }
      expect(await scanner.deleteDueRange(collection, scan, range, keys, 5000)).toBe('changed')
      expect(await count(`ledger_id in (21, 22, 30)`)).toBe(3)
      await db.query('delete from ledger_ref')
      // A recorded row whose date moved past the cutoff after the page was read: the range delete rolls back, and
      // the delete by key (with the due conditions) leaves it and answers only the keys it deleted.
      await db.query(`update ledger set booked_on = ${p(1)} where ledger_id = 22`, ['2020-01-06'])
      expect(await scanner.deleteDueRange(collection, scan, range, keys, 5000)).toBe('changed')
      const deleted = await scanner.deleteDueKeys(collection, scan, keys)
      expect(deleted.map(([k]) => Number(k)).sort((a, b) => a - b)).toEqual([21, 30])
      expect(await count(`ledger_id in (21, 22, 30)`)).toBe(1)
      expect(await count(`ledger_id = 22 and booked_on = ${p(1)}`, ['2020-01-06'])).toBe(1)
      await db.query(`insert into ledger values (21, 21, ${p(1)}, 21, 'booking 21')`, ['2015-01-22'])
      await db.query(`insert into ledger values (30, 30, ${p(1)}, 30, 'booking 30')`, ['2015-01-31'])
      await db.query(`update ledger set booked_on = ${p(1)} where ledger_id = 22`, ['2015-01-23'])
    } finally {
      await driver.close()
      await db.query('drop table ledger_ref')
    }
  })

  it('sweeps in batches sized to a target time; killed after a range batch was applied, it resumes and deletes each due row once, held and recent rows untouched', async () => {
    // The first test removed ids 1-20's due rows; put the table back as built.
    await db.query(`delete from ledger where ledger_id <= 20`)
    const org: Organization = await createOrg(t.ctx, `Ledger ${connector} BV`)
    await importRegister(t.ctx, systemActor('test'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    const po = asUser(app, await signIn(app, officer.email, officer.password))
    expect(
      (await po('PUT', `/api/v1/orgs/${org.slug}/datasets/ledger`, { source: DATASET(connector) }))
        .statusCode,
    ).toBeLessThan(300)
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/ledger/connection`, {
      options: db.settings.options,
      ...(db.settings.secret ? { secret: db.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    for (const id of [10, 20])
      await db.query(`insert into ledger values (${p(1)}, ${HELD_REF}, ${p(2)}, 1, 'held')`, [
        id,
        '2015-03-01',
      ])
    const subject = await po('POST', `/api/v1/orgs/${org.slug}/subjects`, {
      name: 'Held Person',
      identities: [{ kind: 'customer_number', value: String(HELD_REF), systemKey: 'chinook_db' }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    const hold = await po('POST', `/api/v1/orgs/${org.slug}/retention/holds`, {
      scope: 'subject',
      subjectId: subject.json().id,
      reason: 'File 2026/11',
    })
    expect(hold.statusCode, hold.body).toBe(201)
    await approvePlan(t.ctx, systemActor('test'), org, 'accounting_records', { today: TODAY })

    const due = await count(`booked_on < ${p(1)}`, [CUTOFF])
    const kept = await checksums(`booked_on >= ${p(1)} or customer_ref = ${p(2)}`, [CUTOFF, HELD_REF])
    expect(kept.size).toBe((await count(`booked_on >= ${p(1)}`, [CUTOFF])) + 2)
    expect(due).toBeGreaterThan(1500)
    const sizes: number[] = []
    const actor = systemActor('retention sweeps')
    await expect(
      runRetention(t.ctx, actor, org, {
        today: TODAY,
        targetBatchMs: 1,
        onBatchApplied: (rows) => sizes.push(rows),
        afterApply: (_run, seq) => {
          if (seq === 2) throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    // The first batch takes the default 1,000 rows; a 1 ms target halves the next one.
    expect(sizes).toHaveLength(2)
    expect(sizes[1]).toBeLessThan(sizes[0] as number)
    const [resumed] = await runRetention(t.ctx, actor, org, {
      today: TODAY,
      targetBatchMs: 1,
      onBatchApplied: (rows) => sizes.push(rows),
    })
    expect(resumed?.outcome).toBe('completed')
    expect(Number(resumed?.run?.rows_deleted)).toBe(due - 2)
    expect(await count(`booked_on < ${p(1)}`, [CUTOFF])).toBe(2)
    expect(await checksums(`booked_on >= ${p(1)} or customer_ref = ${p(2)}`, [CUTOFF, HELD_REF])).toEqual(
      kept,
    )
    const batches = await t.ctx.db
      .selectFrom('retention_run_batches')
      .select(['seq', 'status', 'deletes', 'key_hashes'])
      .where('run_id', '=', resumed?.run?.id as string)
      .orderBy('seq')
      .execute()
    expect(batches.every((b) => b.status === 'done')).toBe(true)
    expect(batches.reduce((n, b) => n + b.deletes, 0)).toBe(due - 2)
    expect(new Set(batches.flatMap((b) => b.key_hashes)).size).toBe(due - 2)
  })
})
