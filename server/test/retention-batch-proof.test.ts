import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mysql from 'mysql2/promise'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { decodeValues } from '../src/connectors/engine/row-codec'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { approvePlan, runRetention } from '../src/modules/retention'
import { proveKey } from '../src/modules/retention/run-proof'
import { runCursorContext } from '../src/modules/retention/sweep-batches'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { loadMariadbTarget, loadPostgresTarget, type TargetDatabase } from './support/target-database'

/**
 * Decision 0114: a delete sweep by date field that nothing holds back or refers to deletes each batch in one
 * statement whose keys come back as one text, recorded in Custos before the system commits, and proven by one keyed
 * hash per batch. Killed between the record and the system's commit, or after the commit, the run resumes and deletes
 * each due row once; a row locked by another transaction stops the run at the statement timeout, and it finishes once
 * the lock is gone. For a given key, Custos finds the batch that deleted it; a changed batch hash is noticed. On
 * PostgreSQL and MariaDB.
 */
const TODAY = '2026-12-07'
const CUTOFF = '2019-12-07'
const ROWS = 3000

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
`
const TABLE = `create table ledger (ledger_id bigint primary key, customer_ref integer not null,
  booked_on date not null, amount numeric(10,2) not null)`
// 30 % due: ids ending in 0, 1 or 2 are booked before the cutoff.
const TARGETS = [
  {
    name: 'PostgreSQL',
    connector: 'postgres',
    load: () =>
      loadPostgresTarget(
        'retention_batch_proof',
        `${TABLE}; insert into ledger select i, i,
           case when i % 10 < 3 then date '2015-01-01' + i % 1000 else date '2020-01-01' + i % 2000 end, i
           from generate_series(1, ${ROWS}) as i;`,
      ),
    p: (i: number) => `$${i}`,
    sum: `md5(row(ledger_id, customer_ref, booked_on, amount)::text)`,
  },
  {
    name: 'MariaDB',
    connector: 'mysql',
    load: () =>
      loadMariadbTarget(
        'retention_batch_proof',
        `${TABLE}; insert into ledger select seq, seq,
           case when seq % 10 < 3 then date '2015-01-01' + interval (seq % 1000) day else date '2020-01-01' + interval (seq % 2000) day end,
           seq from seq_1_to_${ROWS};`,
      ),
    p: (_i: number) => '?',
    sum: `md5(concat_ws('|', ledger_id, customer_ref, booked_on, amount))`,
  },
] as const

/** Another session holds a row locked (SELECT ... FOR UPDATE in an open transaction) until released. */
async function lockRow(db: TargetDatabase, id: number): Promise<{ release(): Promise<void> }> {
  if (db.dialect === 'postgres') {
    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    await client.query('begin')
    await client.query(`select ledger_id from ledger where ledger_id = ${id} for update`)
    return {
      async release() {
        await client.query('rollback')
        await client.end()
      },
    }
  }
  const connection = await mysql.createConnection(db.url)
  await connection.query('start transaction')
  await connection.query(`select ledger_id from ledger where ledger_id = ${id} for update`)
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

describe.each(TARGETS)('batches deleted in one statement on $name', ({ connector, load, p, sum }) => {
  let db: TargetDatabase
  let org: Organization
  let po: ReturnType<typeof asUser>
  const actor = systemActor('retention sweeps')
  const count = async (where: string, params: unknown[] = []) =>
    Number((await db.query(`select count(*) as n from ledger where ${where}`, params))[0].n)
  const checksums = async () =>
    new Map(
      (
        await db.query(
          `select ledger_id as id, ${sum} as s from ledger where booked_on >= ${p(1)} order by ledger_id`,
          [CUTOFF],
        )
      ).map((r: { id: number; s: string }) => [Number(r.id), r.s]),
    )
  const batchesOf = (runId: string) =>
    t.ctx.db
      .selectFrom('retention_run_batches')
      .select(['seq', 'status', 'deletes', 'key_hashes', 'proof'])
      .where('run_id', '=', runId)
      .orderBy('seq')
      .execute()
  /** Puts the due rows back as built (a row per id ending in 0, 1 or 2 that is missing). */
  const restore = async () => {
    const present = new Set(
      (await db.query('select ledger_id as id from ledger')).map((r: { id: number }) => Number(r.id)),
    )
    for (let i = 1; i <= ROWS; i++)
      if (i % 10 < 3 && !present.has(i))
        await db.query(`insert into ledger values (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)})`, [
          i,
          i,
          `2015-${String(1 + (i % 12)).padStart(2, '0')}-15`,
          i,
        ])
  }

  beforeAll(async () => {
    db = await load()
    org = await createOrg(t.ctx, `Ledger proof ${connector} BV`)
    await importRegister(t.ctx, systemActor('test'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const dataset = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/ledger`, {
      source: DATASET(connector),
    })
    expect(dataset.statusCode, dataset.body).toBeLessThan(300)
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/ledger/connection`, {
      options: db.settings.options,
      ...(db.settings.secret ? { secret: db.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    await approvePlan(t.ctx, systemActor('test'), org, 'accounting_records', { today: TODAY })
  }, 120_000)
  afterAll(async () => {
    await db?.drop()
  })

  it('deletes each batch in one statement, proven by one keyed hash per batch: a key is found in its batch, a changed hash is noticed, the certificate says how', async () => {
    const due = await count(`booked_on < ${p(1)}`, [CUTOFF])
    expect(due).toBe(900)
    const kept = await checksums()
    const [outcome] = await runRetention(t.ctx, actor, org, { today: TODAY, batchSize: 250 })
    expect(outcome?.outcome).toBe('completed')
    const run = outcome?.run
    if (!run) throw new Error('no run')
    expect(Number(run.rows_deleted)).toBe(due)
    expect(await count(`booked_on < ${p(1)}`, [CUTOFF])).toBe(0)
    expect(await checksums()).toEqual(kept)
    const batches = await batchesOf(run.id)
    expect(batches.map((b) => [b.proof, b.deletes, b.key_hashes.length])).toEqual([
      ['batch', 250, 1],
      ['batch', 250, 1],
      ['batch', 250, 1],
      ['batch', 150, 1],
    ])
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'retention.run_completed')
      .where('target_id', '=', run.id)
      .executeTakeFirstOrThrow()
    const summary = audit.summary as Record<string, unknown>
    expect(summary).toMatchObject({ keys: due, deleted: due, keyHashesPerBatch: true })
    expect(summary.keyHashes).toBeUndefined()

    // Id 1000 is due (ends in 0), the 300th due row: in the second batch of 250. Id 2999 was never due.
    expect(await proveKey(t.ctx, org, run.id, ['1000'])).toEqual({ batch: 2, intact: true })
    expect(await proveKey(t.ctx, org, run.id, ['2999'])).toEqual({ batch: null, intact: true })

    const dir = mkdtempSync(join(tmpdir(), 'custos-batch-proof-'))
    try {
      const pdf = await po('GET', `/api/v1/orgs/${org.slug}/retention/runs/${run.id}/certificate?lang=en`)
      expect(pdf.statusCode, pdf.body).toBe(200)
      const file = join(dir, 'en.pdf')
      writeFileSync(file, pdf.rawPayload)
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      )
      expect(text).toContain('that list was sealed with one keyed hash')
      expect(text).toContain(summary.keyHashesDigest as string)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }

    // A batch's hash changed after the run: the check says the proof no longer holds.
    await t.ctx.db
      .updateTable('retention_run_batches')
      .set({ key_hashes: JSON.stringify(['0'.repeat(32)]) })
      .where('run_id', '=', run.id)
      .where('seq', '=', 3)
      .execute()
    expect(await proveKey(t.ctx, org, run.id, ['1000'])).toEqual({ batch: 2, intact: false })
  })

  it('killed between recording a batch and the commit on the system, or after the commit, resumes and deletes each due row once', async () => {
    await restore()
    const due = await count(`booked_on < ${p(1)}`, [CUTOFF])
    expect(due).toBe(900)
    const kept = await checksums()
    // Stopped after batch 2 was recorded in Custos, before the system committed it: its rows are still there.
    await expect(
      runRetention(t.ctx, actor, org, {
        today: TODAY,
        batchSize: 200,
        afterRecord: (_run, seq) => {
          if (seq === 2) throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    expect(await count(`booked_on < ${p(1)}`, [CUTOFF])).toBe(due - 200)
    // The run's cursor is the greatest key of batch 1 (compared as a number, not as text: '99' > '662').
    const open = await t.ctx.db
      .selectFrom('retention_runs')
      .select(['id', 'cursor_encrypted'])
      .where('organization_id', '=', org.id)
      .where('status', '=', 'running')
      .executeTakeFirstOrThrow()
    const cursor = decodeValues<unknown[]>(
      t.ctx.encryption.decrypt(open.cursor_encrypted as string, runCursorContext(open.id)),
    )
    const dueIds = Array.from({ length: ROWS }, (_, i) => i + 1).filter((i) => i % 10 < 3)
    expect(cursor.map(Number)).toEqual([dueIds[199]])
    // Resumed: the recorded batch 2 is deleted by key; then stopped after batch 4 committed, before it was marked done.
    await expect(
      runRetention(t.ctx, actor, org, {
        today: TODAY,
        batchSize: 200,
        afterApply: (_run, seq) => {
          if (seq === 4) throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    expect(await count(`booked_on < ${p(1)}`, [CUTOFF])).toBe(due - 800)
    const [resumed] = await runRetention(t.ctx, actor, org, { today: TODAY, batchSize: 200 })
    expect(resumed?.outcome).toBe('completed')
    expect(Number(resumed?.run?.rows_deleted)).toBe(due)
    expect(await count(`booked_on < ${p(1)}`, [CUTOFF])).toBe(0)
    expect(await checksums()).toEqual(kept)
    const batches = await batchesOf(resumed?.run?.id as string)
    expect(batches.map((b) => [b.seq, b.status, b.deletes])).toEqual([
      [1, 'done', 200],
      [2, 'done', 200],
      [3, 'done', 200],
      [4, 'done', 200],
      [5, 'done', 100],
    ])
  })

  it.runIf(connector === 'postgres')(
    'a picked row that the DELETE skips (changed meanwhile by the application) does not end the run early (review W3)',
    async () => {
      await restore()
      const due = await count(`booked_on < ${p(1)}`, [CUTOFF])
      // A trigger skips the delete of row 10, as the DELETE's re-check skips a row another transaction changed.
      await db.query(`create function skip_ten() returns trigger language plpgsql as $$
        begin if old.ledger_id = 10 then return null; end if; return old; end $$`)
      await db.query(
        'create trigger skip_ten before delete on ledger for each row execute function skip_ten()',
      )
      try {
        const [outcome] = await runRetention(t.ctx, actor, org, { today: TODAY, batchSize: 250 })
        expect(outcome?.outcome).toBe('completed')
        expect(Number(outcome?.run?.rows_deleted)).toBe(due - 1)
        expect(await count(`booked_on < ${p(1)}`, [CUTOFF])).toBe(1)
      } finally {
        await db.query('drop trigger skip_ten on ledger')
        await db.query('drop function skip_ten()')
      }
    },
  )

  it('stops at the statement timeout while another transaction locks a due row, and finishes once the lock is gone', async () => {
    await restore()
    const due = await count(`booked_on < ${p(1)}`, [CUTOFF])
    const kept = await checksums()
    const lock = await lockRow(db, 1500)
    try {
      await expect(
        runRetention(t.ctx, actor, org, { today: TODAY, statementTimeoutMs: 100 }),
      ).rejects.toThrow('locked by another transaction')
    } finally {
      await lock.release()
    }
    // Every due row before the locked one went; nothing after it.
    expect(await count(`booked_on < ${p(1)} and ledger_id < 1500`, [CUTOFF])).toBe(0)
    expect(await count(`booked_on < ${p(1)} and ledger_id >= 1500`, [CUTOFF])).toBe(451)
    const [resumed] = await runRetention(t.ctx, actor, org, { today: TODAY })
    expect(resumed?.outcome).toBe('completed')
    expect(Number(resumed?.run?.rows_deleted)).toBe(due)
    expect(await count(`booked_on < ${p(1)}`, [CUTOFF])).toBe(0)
    expect(await checksums()).toEqual(kept)
  })
})
