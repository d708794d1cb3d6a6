/**
 * Issue 16 (Proof): the retention sweep against one hand-written set-based DELETE (the floor) on the same table.
 * A table `ledger` of --rows rows (default 10,000,000) on the local PostgreSQL, 30 % of them past the register's
 * 7-year accounting period (every row whose id ends in 0, 1 or 2: due rows spread over the whole key range), built
 * with generate_series twice - `ledger` for the sweep and `ledger_floor`, identical, for the floor - then vacuumed.
 *   npm run bench -- --scenario=retention [--rows=1000000] [--batch=1000] [--skip-floor]
 * The sweep is Custos's own: `runRetention` of an organisation whose register's rule `accounting_records` is linked
 * to the ledger by a dataset and approved - pages in key order, one write transaction per batch, each batch recorded
 * (encrypted) in the Custos database on the same server before and after it is applied. The floor is
 * `DELETE FROM ledger_floor WHERE booked_on < cutoff` in one transaction.
 * Measured for both: total time; the longest time a transaction held a lock on the table (pg_locks sampled every
 * 20 ms from a connection of its own, so a lock held for less than that may be missed or rounded down); for the
 * sweep the process's resident memory (RSS, sampled every 100 ms: start, peak, end).
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { systemActor } from '../server/src/audit/actor'
import { importRegister } from '../server/src/modules/register/import'
import { approvePlan, runRetention } from '../server/src/modules/retention'
import { chinookRegister } from '../server/test/support/chinook-register'
import { openEnvironment } from './context'

const ADMIN_URL = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const DATABASE = 'custos_bench_retention'
const TODAY = '2026-12-07'
/** 7 years before TODAY: rows booked before it are due. */
const CUTOFF = '2019-12-07'

const DATASET = `format: custos-dataset/1
key: ledger
system: chinook_db
name: Ledger (retention benchmark)
connector: postgres
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

const option = (args: string[], name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

async function build(client: pg.Client, table: string, rows: number, log: (l: string) => void) {
  const started = performance.now()
  await client.query(`drop table if exists ${table}`)
  await client.query(
    `create table ${table} (ledger_id bigint primary key, customer_ref integer not null, booked_on date not null,
       amount numeric(10,2) not null, note text)`,
  )
  // 30 %: ids ending in 0-2, booked 2015-2019 (before the cutoff); the others 2020-2026.
  await client.query(
    `insert into ${table}
     select i, (i * 7919) % 1000003, case when i % 10 < 3 then date '2015-01-01' + (i % 1700)::int
                                          else date '2020-01-01' + (i % 2500)::int end,
            (i % 100000) / 100.0, 'booking ' || i
       from generate_series(1, $1::bigint) as i`,
    [rows],
  )
  await client.query(`vacuum analyze ${table}`)
  log(
    `built ${table}: ${rows.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
}

/** The longest age of a transaction holding a lock on `table` while `work` runs, sampled every 20 ms. */
async function longestLock<T>(url: string, table: string, work: () => Promise<T>) {
  const sampler = new pg.Client({ connectionString: url })
  await sampler.connect()
  let longest = 0
  let samples = 0
  let running = true
  const loop = (async () => {
    while (running) {
      const { rows } = await sampler.query<{ ms: number | null }>(
        `select max(extract(epoch from clock_timestamp() - a.xact_start) * 1000)::float8 as ms
           from pg_locks l join pg_stat_activity a on a.pid = l.pid
          where l.relation = $1::regclass and l.granted and a.pid <> pg_backend_pid() and a.xact_start is not null`,
        [table],
      )
      samples++
      longest = Math.max(longest, rows[0]?.ms ?? 0)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  try {
    const started = performance.now()
    const result = await work()
    return { result, ms: performance.now() - started, longestLockMs: longest, samples }
  } finally {
    running = false
    await loop
    await sampler.end()
  }
}

export async function runRetentionBench(args: string[]): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`)
  const rows = Number(option(args, 'rows') ?? 10_000_000)
  const batchSize = Number(option(args, 'batch') ?? 1000)
  const skipFloor = args.includes('--skip-floor')
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`drop database if exists ${DATABASE} with (force)`)
  await admin.query(`create database ${DATABASE}`)
  await admin.end()
  const url = new URL(ADMIN_URL)
  url.pathname = `/${DATABASE}`
  const target = new pg.Client({ connectionString: url.toString() })
  await target.connect()
  const env = await openEnvironment('postgres')
  try {
    await build(target, 'ledger', rows, log)
    if (!skipFloor) await build(target, 'ledger_floor', rows, log)
    const due = Number(
      (await target.query('select count(*) as n from ledger where booked_on < $1', [CUTOFF])).rows[0].n,
    )
    log(`due: ${due.toLocaleString('en')} of ${rows.toLocaleString('en')}`)

    const { ctx, org, app, cookie } = env
    await importRegister(ctx, systemActor('bench'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })
    const headers = { cookie, 'x-csrf-token': me.json().csrfToken as string }
    const call = async (method: 'PUT' | 'POST', path: string, payload: Record<string, unknown>) => {
      const response = await app.inject({
        method,
        url: `/api/v1/orgs/${org.slug}${path}`,
        payload,
        headers,
      })
      if (response.statusCode >= 300)
        throw new Error(`${method} ${path}: ${response.statusCode} ${response.body}`)
    }
    await call('PUT', '/datasets/ledger', { source: DATASET })
    await call('PUT', '/datasets/ledger/connection', {
      options: {
        host: url.hostname,
        port: Number(url.port || 5432),
        database: DATABASE,
        user: decodeURIComponent(url.username),
      },
      ...(url.password ? { secret: decodeURIComponent(url.password) } : {}),
    })
    await approvePlan(ctx, systemActor('bench'), org, 'accounting_records', { today: TODAY })

    const lines: string[] = []
    const load = () =>
      loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')
    let floorMs = Number.NaN
    if (!skipFloor) {
      const loadBefore = load()
      const floor = await longestLock(url.toString(), 'ledger_floor', async () => {
        const result = await target.query('delete from ledger_floor where booked_on < $1', [CUTOFF])
        return result.rowCount ?? 0
      })
      floorMs = floor.ms
      lines.push(
        `| floor: one DELETE | ${floor.result.toLocaleString('en')} | ${(floor.ms / 1000).toFixed(2)} s | 1.00× | ${(floor.longestLockMs / 1000).toFixed(2)} s | - | ${loadBefore} / ${load()} |`,
      )
    }
    let rss = { start: process.memoryUsage().rss, peak: 0, end: 0 }
    rss.peak = rss.start
    const memory = setInterval(() => {
      rss.peak = Math.max(rss.peak, process.memoryUsage().rss)
    }, 100)
    const loadBefore = load()
    const sweep = await longestLock(url.toString(), 'ledger', async () => {
      const [outcome] = await runRetention(ctx, systemActor('retention sweeps'), org, {
        today: TODAY,
        batchSize,
      })
      if (outcome?.outcome !== 'completed') throw new Error(`sweep: ${JSON.stringify(outcome)}`)
      return outcome.run
    })
    clearInterval(memory)
    rss = { ...rss, end: process.memoryUsage().rss }
    const deleted = Number(sweep.result?.rows_deleted ?? 0)
    const left = Number(
      (await target.query('select count(*) as n from ledger where booked_on < $1', [CUTOFF])).rows[0].n,
    )
    if (deleted !== due || left !== 0)
      throw new Error(`the sweep deleted ${deleted} of ${due} due rows, ${left} left`)
    const mb = (n: number) => (n / 2 ** 20).toFixed(0)
    lines.push(
      `| sweep, batches of ${batchSize} (${sweep.result?.batches} batches) | ${deleted.toLocaleString('en')} | ${(sweep.ms / 1000).toFixed(2)} s | ${Number.isNaN(floorMs) ? '-' : `${(sweep.ms / floorMs).toFixed(2)}×`} | ${(sweep.longestLockMs / 1000).toFixed(2)} s | ${mb(rss.start)} / ${mb(rss.peak)} / ${mb(rss.end)} MB | ${loadBefore} / ${load()} |`,
    )
    console.log(
      `\nRetention sweep vs one DELETE: ${rows.toLocaleString('en')} rows, ${due.toLocaleString('en')} due (PostgreSQL)\n`,
    )
    console.log(
      '| Side | Rows deleted | Total time | ÷ floor | Longest lock held | RSS start / peak / end | Load average before / after |',
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- |')
    for (const line of lines) console.log(line)
  } finally {
    await target.end()
    await env.close()
    const cleanup = new pg.Client({ connectionString: ADMIN_URL })
    await cleanup.connect()
    await cleanup.query(`drop database if exists ${DATABASE} with (force)`)
    await cleanup.end()
  }
}
