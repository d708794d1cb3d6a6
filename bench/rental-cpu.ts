/**
 * The connector engine's own Node CPU per operation on the rental benchmark database (bench/rental-scale.ts),
 * without the database: one erasure is read from PostgreSQL and every answer recorded, then the engine runs again
 * and again against those answers (writes answered "1 row"). What it measures is the engine's JavaScript alone -
 * statement texts, traversal, planning, shared-row bookkeeping - so it hardly depends on the machine's load, unlike
 * the wall times of bench/rental.ts.
 *   npx tsx bench/rental-cpu.ts [--mode=erasure|access|run] [--rounds=8] [--per-round=100]
 * Modes: erasure and access (one dataset document for all operations, as bench/rental.ts);
 *        run: erasure, with the document as executeRun gets it for every run - parsed from its stored JSON each
 *        time (`fresh`, what executeRun did before the document cache) and through the cache (`cached`),
 *        interleaved round by round.
 * Prints the CPU per operation of each round: the first rounds run mostly unoptimised code (as a worker that runs
 * a few requests an hour does), later rounds optimised code.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type pg from 'pg'
import type { ConnectionSettings, Driver } from '../server/src/connectors/driver'
import { applyWritePlan } from '../server/src/connectors/engine/apply-plan'
import { DocumentCache } from '../server/src/connectors/engine/document-cache'
import { erasureHasher } from '../server/src/connectors/engine/erasure-hash'
import { readDataset } from '../server/src/connectors/engine/read-dataset'
import { findSharedRows } from '../server/src/connectors/engine/shared-check'
import { ConnectorGuard } from '../server/src/connectors/network/target-guard'
import { openSqlDriver } from '../server/src/connectors/open-driver'
import { toBrusselsDate } from '../server/src/domain/brussels-time'
import { parseAllowList } from '../server/src/domain/connector-allow-list'
import { planErasure } from '../server/src/domain/datasets/erasure-plan'
import { parseDatasetText } from '../server/src/domain/datasets/parse'
import { type DatasetDocument, datasetDocumentSchema } from '../server/src/domain/datasets/schema'
import { anyShared } from '../server/src/domain/datasets/shared-rows'
import type { HoldRule } from '../server/src/domain/datasets/write-plan'
import { ensureRentalScale } from './rental-scale'

const args = process.argv.slice(2)
const text = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const MODE = text('mode') ?? 'erasure'
const ROUNDS = Number(text('rounds') ?? 8)
const PER_ROUND = Number(text('per-round') ?? 100)
if (!['erasure', 'access', 'run'].includes(MODE)) throw new Error('--mode=erasure, access or run')

const db = await ensureRentalScale(100_000, (line) => process.stderr.write(`${line}\n`))
const settings: ConnectionSettings = {
  kind: 'postgres',
  options: db.options,
  guard: new ConnectorGuard({
    allow: parseAllowList('127.0.0.1,::1,localhost'),
    own: {},
    logger: { warn() {} },
  }),
  ...(db.password ? { secret: db.password } : {}),
}
// The dataset bench/rental.ts uses: payment reached from the customer only.
const parsed = parseDatasetText(
  readFileSync(
    new URL('../server/test/fixtures/rental/rental.dataset.yaml', import.meta.url),
    'utf8',
  ).replace(
    'references: { collection: rental, field: rental_id, direction: from }',
    'references: { collection: rental, field: rental_id, direction: none }',
  ),
)
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
const storedText = JSON.stringify(parsed.document)
const driver: Driver = openSqlDriver(settings)
const holder = driver as unknown as { pool: pg.Pool }
const pool = holder.pool
const hash = erasureHasher(randomBytes(32), 'benchmark')
const holds = new Map<string, HoldRule>([
  ['accounting_records', { key: 'accounting_records', duration: { years: 7, months: 0, days: 0 } }],
])
const today = toBrusselsDate(new Date())
const [customer] = (
  await pool.query(
    "select email from customer where customer_id % 10 between 1 and 8 and first_name <> 'erased' limit 1",
  )
).rows
const identities = [{ kind: 'email' as const, value: String(customer.email) }]

const erasure = async (doc: DatasetDocument, apply: boolean) => {
  const read = await readDataset(driver, doc, identities)
  const found = new Map(read.collections.map((c) => [c.collection, c.rows]))
  let plan = planErasure(doc, found, { holds, today, hash })
  const { shared } = await findSharedRows(driver, doc, read, ['email'], plan)
  if (anyShared(shared)) plan = planErasure(doc, found, { holds, today, hash, shared })
  if (apply) await applyWritePlan(driver, doc, plan)
}

// Record every answer of one erasure (not applied) - the catalogue's included - keyed by statement text.
const answers = new Map<string, unknown>()
const query = pool.query.bind(pool) as (q: unknown, v?: unknown) => Promise<pg.QueryResult>
const textOf = (q: unknown) => (typeof q === 'string' ? q : (q as { text: string }).text)
Object.assign(pool, {
  query: async (q: unknown, values?: unknown) => {
    const result = await query(q, values)
    answers.set(textOf(q), { rows: result.rows, rowCount: result.rowCount })
    return result
  },
})
await erasure(parsed.document, false)
// From here on the database is not asked.
holder.pool = {
  query: async (q: unknown) => {
    const answer = answers.get(textOf(q))
    if (!answer) throw new Error(`Not recorded: ${textOf(q)}`)
    return answer
  },
  connect: async () => ({ query: async () => ({ rows: [], rowCount: 1 }), release() {} }),
  end: async () => {},
} as unknown as pg.Pool

const documents = new DocumentCache()
const sides: [string, () => Promise<unknown>][] =
  MODE === 'access'
    ? [['access', () => readDataset(driver, parsed.document, identities)]]
    : MODE === 'erasure'
      ? [['erasure', () => erasure(parsed.document, true)]]
      : [
          ['fresh', () => erasure(datasetDocumentSchema.parse(JSON.parse(storedText)), true)],
          ['cached', () => erasure(documents.parse('rental', JSON.parse(storedText)), true)],
        ]
const lines = new Map<string, string[]>(sides.map(([name]) => [name, []]))
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of round % 2 === 0 ? sides : [...sides].reverse()) {
    const cpu = process.cpuUsage()
    for (let i = 0; i < PER_ROUND; i++) await run()
    const { user, system } = process.cpuUsage(cpu)
    lines.get(name)?.push(((user + system) / PER_ROUND / 1000).toFixed(3))
  }
}
console.log(`Node CPU ms per operation, rounds of ${PER_ROUND} (engine only, database answers recorded):`)
for (const [name, values] of lines) console.log(`${name.padEnd(8)} ${values.join(' ')}`)
holder.pool = pool
await driver.close()
