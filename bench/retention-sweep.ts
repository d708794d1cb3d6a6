/**
 * Issue 16 (Proof): the retention sweep against one hand-written set-based DELETE (the floor) on the same table.
 *   npm run bench -- --scenario=retention [--db=postgres|mariadb] [--rows=10000000] [--rounds=2] [--batch=N] [--pages]
 * A table `ledger` of --rows rows (default 10,000,000) in the database custos_bench_retention (PostgreSQL, or
 * MariaDB with --db=mariadb), 30 % of them past the register's 7-year accounting period (ids ending in 0, 1 or 2:
 * due rows spread over the whole key range). Built once and kept (bench/retention-fixture.ts): between runs the due
 * rows are put back from the copy table `ledger_due`, the table vacuumed/analysed.
 * Each round runs the floor and the sweep on the same table, in alternating order: the floor is
 * `DELETE FROM ledger WHERE booked_on < cutoff` in one transaction; the sweep is Custos's own `runRetention` for an
 * organisation whose rule `accounting_records` is linked to the ledger and approved (batches sized to a target time,
 * unless --batch fixes the size). Custos's own database is a fresh one on the local PostgreSQL.
 * Measured: total time; the longest lock, two ways - sampled (PostgreSQL: pg_locks with pg_stat_activity.xact_start
 * every 20 ms; MariaDB: information_schema.innodb_trx, whose start times have one-second resolution) and the
 * longest write transaction as the client timed it, begin to commit; for the sweep the process's RSS every 100 ms.
 * The bench checks that the sweep deleted exactly the due rows.
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { systemActor } from '../server/src/audit/actor'
import { importRegister } from '../server/src/modules/register/import'
import { approvePlan, runRetention } from '../server/src/modules/retention'
import { chinookRegister } from '../server/test/support/chinook-register'
import { openEnvironment } from './context'
import { type BenchTable, mariadbTable, postgresTable } from './retention-fixture'

const TODAY = '2026-12-07'

const dataset = (connector: 'postgres' | 'mysql') => `format: custos-dataset/1
key: ledger
system: chinook_db
name: Ledger (retention benchmark)
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

const option = (args: string[], name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const mb = (n: number) => (n / 2 ** 20).toFixed(0)

export async function runRetentionBench(args: string[]): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`)
  const rows = Number(option(args, 'rows') ?? 10_000_000)
  const rounds = Number(option(args, 'rounds') ?? 2)
  const fixed = option(args, 'batch')
  // --pages: the sweep as before decision 0114 (pages read, range deletes) - for before/after runs in one build.
  const pages = args.includes('--pages')
  const kind = option(args, 'db') === 'mariadb' ? 'mariadb' : 'postgres'
  const table: BenchTable =
    kind === 'mariadb'
      ? await mariadbTable(process.env.CUSTOS_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/', rows, log)
      : await postgresTable(
          process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
          rows,
          log,
        )
  const env = await openEnvironment('postgres')
  try {
    await table.restore()
    const due = await table.due()
    log(`due: ${due.toLocaleString('en')} of ${rows.toLocaleString('en')}`)
    const { ctx, org, app, cookie } = env
    await importRegister(ctx, systemActor('bench'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })
    const headers = { cookie, 'x-csrf-token': me.json().csrfToken as string }
    const call = async (path: string, payload: Record<string, unknown>) => {
      const response = await app.inject({
        method: 'PUT',
        url: `/api/v1/orgs/${org.slug}${path}`,
        payload,
        headers,
      })
      if (response.statusCode >= 300) throw new Error(`PUT ${path}: ${response.statusCode} ${response.body}`)
    }
    await call('/datasets/ledger', { source: dataset(kind === 'mariadb' ? 'mysql' : 'postgres') })
    await call('/datasets/ledger/connection', table.connection)
    await approvePlan(ctx, systemActor('bench'), org, 'accounting_records', { today: TODAY })

    const lines: string[] = []
    const floor = async (round: number) => {
      const before = load()
      const run = await table.sampleLocks(() => table.floor())
      if (run.result.rows !== due) throw new Error(`the floor deleted ${run.result.rows} of ${due}`)
      lines.push(
        `| ${round} | floor: one DELETE | ${run.result.rows.toLocaleString('en')} | ${seconds(run.result.ms)} | 1 | ${seconds(run.longestMs)} | ${seconds(run.result.ms)} | - | ${before} / ${load()} |`,
      )
      return run.result.ms
    }
    const sweep = async (round: number) => {
      const before = load()
      let longestTx = 0
      const rss = { start: process.memoryUsage().rss, peak: 0, end: 0 }
      rss.peak = rss.start
      const memory = setInterval(() => {
        rss.peak = Math.max(rss.peak, process.memoryUsage().rss)
      }, 100)
      const started = performance.now()
      const run = await table.sampleLocks(async () => {
        const [outcome] = await runRetention(ctx, systemActor('retention sweeps'), org, {
          today: TODAY,
          ...(fixed ? { batchSize: Number(fixed) } : {}),
          ...(pages ? { pages: true } : {}),
          onBatchApplied: (_rows, ms) => {
            longestTx = Math.max(longestTx, ms)
          },
        })
        if (outcome?.outcome !== 'completed') throw new Error(`sweep: ${JSON.stringify(outcome)}`)
        return outcome.run
      })
      const ms = performance.now() - started
      clearInterval(memory)
      rss.end = process.memoryUsage().rss
      const deleted = Number(run.result?.rows_deleted ?? 0)
      const left = await table.due()
      if (deleted !== due || left !== 0)
        throw new Error(`the sweep deleted ${deleted} of ${due} due rows, ${left} left`)
      lines.push(
        `| ${round} | sweep${pages ? ' by pages' : ''} (${run.result?.batches} batches) | ${deleted.toLocaleString('en')} | ${seconds(ms)} | %RATIO% | ${seconds(run.longestMs)} | ${seconds(longestTx)} | ${mb(rss.start)} / ${mb(rss.peak)} / ${mb(rss.end)} MB | ${before} / ${load()} |`,
      )
      return ms
    }
    for (let round = 1; round <= rounds; round++) {
      const order = round % 2 === 1 ? ['floor', 'sweep'] : ['sweep', 'floor']
      const times: Record<string, number> = {}
      for (const side of order) {
        times[side] = side === 'floor' ? await floor(round) : await sweep(round)
        log(`round ${round}: ${side} ${seconds(times[side] as number)} (load ${load()})`)
        await table.restore()
      }
      const at = lines.findIndex((l) => l.includes('%RATIO%'))
      lines[at] = (lines[at] as string).replace(
        '%RATIO%',
        `**${((times.sweep as number) / (times.floor as number)).toFixed(2)}×**`,
      )
    }
    console.log(
      `\nRetention sweep vs one DELETE: ${rows.toLocaleString('en')} rows, ${due.toLocaleString('en')} due (${kind})\n`,
    )
    console.log(
      '| Round | Side | Rows deleted | Total time | ÷ floor (same round) | Longest lock, sampled | Longest write transaction | RSS start / peak / end | Load average before / after |',
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const line of lines) console.log(line)
  } finally {
    await env.close()
    await table.close()
  }
}
