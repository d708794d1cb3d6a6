/**
 * The connector engine's own Node CPU per operation on MariaDB (the rental benchmark database of
 * bench/rental-scale.ts), without the database: one customer's access and erasure are read from MariaDB with every
 * answer recorded, then the engine runs again and again against those answers (writes answered "1 row"). With
 * --before=DIR the engine of another checkout runs against the same answers, round by round in alternation, so a
 * change's effect on the engine's JavaScript is measured in one process and hardly depends on the machine's load.
 *   npx tsx bench/rental-cpu-mariadb.ts [--mode=access|erasure] [--rounds=10] [--per-round=200] [--before=DIR]
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type mysql from 'mysql2/promise'
import type { ConnectionSettings, Driver } from '../server/src/connectors/driver'
import * as applyPlan from '../server/src/connectors/engine/apply-plan'
import { erasureHasher } from '../server/src/connectors/engine/erasure-hash'
import * as readModule from '../server/src/connectors/engine/read-dataset'
import * as sharedCheck from '../server/src/connectors/engine/shared-check'
import { ConnectorGuard } from '../server/src/connectors/network/target-guard'
import * as openDriver from '../server/src/connectors/open-driver'
import { toBrusselsDate } from '../server/src/domain/brussels-time'
import { parseAllowList } from '../server/src/domain/connector-allow-list'
import * as erasurePlan from '../server/src/domain/datasets/erasure-plan'
import * as parse from '../server/src/domain/datasets/parse'
import * as sharedRows from '../server/src/domain/datasets/shared-rows'
import type { HoldRule } from '../server/src/domain/datasets/write-plan'
import { ensureRentalScaleMariadb } from './rental-scale'

const args = process.argv.slice(2)
const text = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const MODE = text('mode') ?? 'access'
const ROUNDS = Number(text('rounds') ?? 10)
const PER_ROUND = Number(text('per-round') ?? 200)
const BEFORE = text('before')
if (!['erasure', 'access'].includes(MODE)) throw new Error('--mode=access or erasure')

const modules = {
  read: readModule,
  plan: erasurePlan,
  check: sharedCheck,
  rows: sharedRows,
  apply: applyPlan,
  open: openDriver,
  parsing: parse,
}
type Modules = typeof modules
async function modulesOf(root: string): Promise<Modules> {
  const load = (path: string) => import(pathToFileURL(resolve(root, 'server/src', path)).href)
  const [read, plan, check, rows, apply, open, parsing] = await Promise.all(
    [
      'connectors/engine/read-dataset.ts',
      'domain/datasets/erasure-plan.ts',
      'connectors/engine/shared-check.ts',
      'domain/datasets/shared-rows.ts',
      'connectors/engine/apply-plan.ts',
      'connectors/open-driver.ts',
      'domain/datasets/parse.ts',
    ].map(load),
  )
  return { read, plan, check, rows, apply, open, parsing }
}

const db = await ensureRentalScaleMariadb(100_000, (line) => process.stderr.write(`${line}\n`))
const settings: ConnectionSettings = {
  kind: 'mysql',
  options: db.options,
  guard: new ConnectorGuard({
    allow: parseAllowList('127.0.0.1,::1,localhost'),
    own: {},
    logger: { warn() {} },
  }),
  ...(db.password ? { secret: db.password } : {}),
}
const source = readFileSync(
  new URL('../server/test/fixtures/rental/rental.dataset.yaml', import.meta.url),
  'utf8',
)
  .replace(
    'references: { collection: rental, field: rental_id, direction: from }',
    'references: { collection: rental, field: rental_id, direction: none }',
  )
  .replace('connector: postgres', 'connector: mysql')
const hash = erasureHasher(randomBytes(32), 'benchmark')
const holds = new Map<string, HoldRule>([
  ['accounting_records', { key: 'accounting_records', duration: { years: 7, months: 0, days: 0 } }],
])
const today = toBrusselsDate(new Date())

/** Every answer of the real database, by statement text (the first side records them, all sides replay them). */
const answers = new Map<string, unknown>()
let recording = true
function replaying(real: mysql.Pool): mysql.Pool {
  const answer = async (sql: string, params: unknown, run: () => Promise<unknown>) => {
    if (recording) {
      const result = await run()
      answers.set(sql, result)
      return result
    }
    const known = answers.get(sql)
    if (known) return known
    if (/^\s*(update|delete)/i.test(sql)) return [{ affectedRows: 1 }, undefined]
    throw new Error(`Not recorded: ${sql} ${JSON.stringify(params)}`)
  }
  const connection = {
    beginTransaction: async () => {},
    commit: async () => {},
    rollback: async () => {},
    release() {},
    execute: (sql: string, params: unknown) =>
      answer(sql, params, async () => [{ affectedRows: 1 }, undefined]),
  }
  return {
    execute: (sql: string, params: unknown) => answer(sql, params, () => real.execute(sql, params as never)),
    query: (sql: string, params: unknown) => answer(sql, params, () => real.query(sql, params as never)),
    getConnection: async () => connection,
    end: () => real.end(),
  } as unknown as mysql.Pool
}

const sideOf = (name: string, m: Modules) => {
  const parsed = m.parsing.parseDatasetText(source)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  const doc = parsed.document
  const driver: Driver = m.open.openSqlDriver(settings)
  const holder = driver as unknown as { pool: mysql.Pool }
  holder.pool = replaying(holder.pool)
  const operation = async (mail: string) => {
    const read = await m.read.readDataset(driver, doc, [{ kind: 'email', value: mail }])
    if (MODE === 'access') return
    const found = new Map(read.collections.map((c) => [c.collection, c.rows]))
    let plan = m.plan.planErasure(doc, found, { holds, today, hash })
    const { shared } = await m.check.findSharedRows(driver, doc, read, ['email'], plan)
    if (m.rows.anyShared(shared)) plan = m.plan.planErasure(doc, found, { holds, today, hash, shared })
    await m.apply.applyWritePlan(driver, doc, plan)
  }
  return { name, operation, driver }
}

const sides = [
  sideOf('after', modules),
  ...(BEFORE ? [sideOf('before', await modulesOf(resolve(BEFORE)))] : []),
]
const probe = sides[0]?.driver as unknown as { pool: mysql.Pool }
const [[customer]] = (await (probe.pool as unknown as { execute: mysql.Pool['execute'] }).execute(
  "select email from customer where customer_id % 10 between 1 and 8 and first_name <> 'erased' limit 1",
)) as unknown as [{ email: string }[]]
const mail = String(customer?.email)
for (const side of sides) await side.operation(mail)
recording = false

const lines = new Map<string, string[]>(sides.map((s) => [s.name, []]))
for (let round = 0; round < ROUNDS; round++) {
  for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
    const cpu = process.cpuUsage()
    for (let i = 0; i < PER_ROUND; i++) await side.operation(mail)
    const { user, system } = process.cpuUsage(cpu)
    lines.get(side.name)?.push(((user + system) / PER_ROUND / 1000).toFixed(3))
  }
}
console.log(
  `${MODE}: Node CPU ms per operation, rounds of ${PER_ROUND} (engine only, MariaDB answers recorded):`,
)
for (const [name, values] of lines) console.log(`${name.padEnd(8)} ${values.join(' ')}`)
for (const side of sides) await side.driver.close()
