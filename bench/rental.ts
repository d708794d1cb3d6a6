/**
 * The connector engine against hand-written SQL on the rental fixture scaled up (bench/rental-scale.ts), on
 * PostgreSQL or MariaDB: an access request and an erasure (with the shared-row check) for one customer, without and
 * with an index on the person key. Both sides use the same pool (the engine's driver's own), one driver for the
 * whole benchmark - as a worker keeps one driver per connection - and alternate who goes first.
 *   npx tsx bench/rental.ts [--system=postgres|mariadb] [--customers=100000] [--iterations=40] [--warmup=5]
 *                           [--seed=N] [--index=both|with|without] [--before=DIR]
 * --before=DIR: another checkout of the repository (e.g. `git worktree add /tmp/before <commit>`, with a
 * node_modules link); its engine (same module paths) runs as a third side with a driver of its own, so the engine's
 * Node CPU per operation before and after a change is measured in the same run, interleaved.
 * Also measured: a driver opened per request (connection + catalog lookups), the cost the driver cache removes.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type mysql from 'mysql2/promise'
import type pg from 'pg'
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
import type { DatasetDocument } from '../server/src/domain/datasets/schema'
import * as sharedRows from '../server/src/domain/datasets/shared-rows'
import type { HoldRule } from '../server/src/domain/datasets/write-plan'
import { timed } from './measure'
import {
  ensureRentalScale,
  ensureRentalScaleMariadb,
  personIndex,
  personIndexMariadb,
  type RentalBench,
} from './rental-scale'
import { type Sample, spread } from './scenarios/connectors-report'

const args = process.argv.slice(2)
const text = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const option = (name: string, fallback: number) => Number(text(name) ?? fallback)
const CUSTOMERS = option('customers', 100_000)
const ITERATIONS = option('iterations', 40)
const WARMUP = option('warmup', 5)
const SYSTEM = text('system') ?? 'postgres'
const INDEX = text('index') ?? 'both'
const BEFORE = text('before')
if (SYSTEM !== 'postgres' && SYSTEM !== 'mariadb') throw new Error('--system=postgres or --system=mariadb')
if (!['both', 'with', 'without'].includes(INDEX)) throw new Error('--index=both, with or without')

/** The engine's modules the benchmark calls: this checkout's, or another's (--before). */
interface Engine {
  readDataset: typeof readModule.readDataset
  planErasure: typeof erasurePlan.planErasure
  findSharedRows: typeof sharedCheck.findSharedRows
  /** Absent before the engine kept its first plan when nothing is shared (it then always planned twice). */
  anyShared?: typeof sharedRows.anyShared
  applyWritePlan: typeof applyPlan.applyWritePlan
  openSqlDriver: typeof openDriver.openSqlDriver
  parseDatasetText: typeof parse.parseDatasetText
}

const current: Engine = {
  readDataset: readModule.readDataset,
  planErasure: erasurePlan.planErasure,
  findSharedRows: sharedCheck.findSharedRows,
  anyShared: sharedRows.anyShared,
  applyWritePlan: applyPlan.applyWritePlan,
  openSqlDriver: openDriver.openSqlDriver,
  parseDatasetText: parse.parseDatasetText,
}

async function engineOf(root: string): Promise<Engine> {
  const load = (path: string) => import(pathToFileURL(resolve(root, 'server/src', path)).href)
  const [read, plan, check, rows, apply, open, parsing] = await Promise.all([
    load('connectors/engine/read-dataset.ts'),
    load('domain/datasets/erasure-plan.ts'),
    load('connectors/engine/shared-check.ts'),
    load('domain/datasets/shared-rows.ts'),
    load('connectors/engine/apply-plan.ts'),
    load('connectors/open-driver.ts'),
    load('domain/datasets/parse.ts'),
  ])
  return {
    readDataset: read.readDataset,
    planErasure: plan.planErasure,
    findSharedRows: check.findSharedRows,
    ...(rows.anyShared ? { anyShared: rows.anyShared } : {}),
    applyWritePlan: apply.applyWritePlan,
    openSqlDriver: open.openSqlDriver,
    parseDatasetText: parsing.parseDatasetText,
  }
}

/**
 * The fixture's reviewed dataset, with payment reached from the customer only: a second edge (payment.rental_id
 * from rental) makes the engine ask `customer_id = ANY(..) OR rental_id = ANY(..)`, which needs an index on both
 * columns; the hand-written floor would not ask it either. On MariaDB the same dataset with `connector: mysql`.
 */
function dataset(engine: Engine): DatasetDocument {
  const source = readFileSync(
    new URL('../server/test/fixtures/rental/rental.dataset.yaml', import.meta.url),
    'utf8',
  )
  const parsed = engine.parseDatasetText(
    source
      .replace(
        'references: { collection: rental, field: rental_id, direction: from }',
        'references: { collection: rental, field: rental_id, direction: none }',
      )
      .replace('connector: postgres', SYSTEM === 'mariadb' ? 'connector: mysql' : 'connector: postgres'),
  )
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.document
}

function poolOf<P>(driver: Driver): P {
  const pool = (driver as unknown as { pool?: P }).pool
  if (!pool) throw new Error('The SQL driver no longer keeps its pool in `pool`; adapt the benchmark')
  return pool
}

type Result = { rowsRead: number; rowsChanged: number }
type Side = (mail: string) => Promise<Result>
type Row = Record<string, unknown>
const email = (id: number) => `c${id}@example.be`

/**
 * The hand-written statements of one system, through the engine's pool: the reads the engine's traversal sends
 * (customer by e-mail; address, rentals and payments in parallel; city; country), the shared-row check (other
 * customers, staff and stores at the address) and the erasure's two updates in one transaction.
 */
interface Floor {
  query(sql: string, params: unknown[]): Promise<Row[]>
  transaction(statements: [string, unknown[]][]): Promise<number>
  /** `col = any($1::int[])` on PostgreSQL, `col in (?)` on MariaDB. */
  anyOf(column: string, type: 'int' | 'text'): string
  param(n: number): string
}

function postgresFloor(pool: pg.Pool): Floor {
  return {
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    transaction: async (statements) => {
      const client = await pool.connect()
      let changed = 0
      try {
        await client.query('begin')
        for (const [sql, params] of statements) changed += (await client.query(sql, params)).rowCount ?? 0
        await client.query('commit')
      } finally {
        client.release()
      }
      return changed
    },
    anyOf: (column, type) => `${column} = any($1::${type}[])`,
    param: (n) => `$${n}`,
  }
}

function mariadbFloor(pool: mysql.Pool): Floor {
  return {
    query: async (sql, params) => (await pool.execute<mysql.RowDataPacket[]>(sql, params as never))[0],
    transaction: async (statements) => {
      const connection = await pool.getConnection()
      let changed = 0
      try {
        await connection.beginTransaction()
        for (const [sql, params] of statements)
          changed += (await connection.execute<mysql.ResultSetHeader>(sql, params as never))[0].affectedRows
        await connection.commit()
      } finally {
        connection.release()
      }
      return changed
    },
    anyOf: (column) => `${column} in (?)`,
    param: () => '?',
  }
}

/** The hand-written reads: the same statements the engine's traversal sends, written for this schema. */
async function floorRead(floor: Floor, mail: string) {
  const one = (n: number | unknown) => (SYSTEM === 'postgres' ? [[n]] : [n])
  const [customer] = await floor.query(
    `select * from customer where ${floor.anyOf('email', 'text')}`,
    one(mail),
  )
  if (!customer) return { customer: undefined, rows: 0 }
  // The same schedule as the engine's traversal levels: address, rentals and payments hang off the customer.
  const [address, rentals, payments] = await Promise.all([
    floor.query(`select * from address where ${floor.anyOf('address_id', 'int')}`, one(customer.address_id)),
    floor.query(`select * from rental where ${floor.anyOf('customer_id', 'int')}`, one(customer.customer_id)),
    floor.query(
      `select * from payment where ${floor.anyOf('customer_id', 'int')}`,
      one(customer.customer_id),
    ),
  ])
  const city = await floor.query(
    `select * from city where ${floor.anyOf('city_id', 'int')}`,
    one(address[0]?.city_id),
  )
  const country = await floor.query(
    `select * from country where ${floor.anyOf('country_id', 'int')}`,
    one(city[0]?.country_id),
  )
  const rows = 1 + [address, rentals, city, payments, country].reduce((n, r) => n + r.length, 0)
  return { customer, rows }
}

async function main() {
  const log = (line: string) => process.stderr.write(`${line}\n`)
  const started = Date.now()
  const db: RentalBench =
    SYSTEM === 'postgres'
      ? await ensureRentalScale(CUSTOMERS, log)
      : await ensureRentalScaleMariadb(CUSTOMERS, log)
  const settings: ConnectionSettings = {
    kind: SYSTEM === 'postgres' ? 'postgres' : 'mysql',
    options: db.options,
    // The benchmark database is on this machine; a real installation lists its hosts in CUSTOS_CONNECTOR_ALLOW.
    guard: new ConnectorGuard({
      allow: parseAllowList('127.0.0.1,::1,localhost'),
      own: {},
      logger: { warn() {} },
    }),
    ...(db.password ? { secret: db.password } : {}),
  }
  const before = BEFORE ? await engineOf(resolve(BEFORE)) : undefined
  const engines = [
    { name: 'engine', engine: current },
    ...(before ? [{ name: 'before', engine: before }] : []),
  ].map(({ name, engine }) => ({
    name,
    engine,
    doc: dataset(engine),
    driver: engine.openSqlDriver(settings),
  }))
  const [main] = engines
  if (!main) throw new Error('no engine')
  const floor =
    SYSTEM === 'postgres'
      ? postgresFloor(poolOf<pg.Pool>(main.driver))
      : mariadbFloor(poolOf<mysql.Pool>(main.driver))
  const hash = erasureHasher(randomBytes(32), 'benchmark')
  const holds = new Map<string, HoldRule>([
    ['accounting_records', { key: 'accounting_records', duration: { years: 7, months: 0, days: 0 } }],
  ])
  const today = toBrusselsDate(new Date())
  // Customers drawn at random, each at most once (erasure changes them); households (n % 10 in 0, 9) excluded so
  // that both sides of an erasure have the same shape: 10 rentals, 10 payments, an address of their own.
  // A customer erased by an earlier run of the benchmark is skipped.
  let seed = option('seed', Date.now() % 2147483647)
  log(`seed ${seed}`)
  const used = new Set<number>()
  // mulberry32: 32-bit arithmetic throughout (the former LCG multiplied past 2^53 in doubles, lost precision and
  // could fall into a short cycle of used customers, so that draw() never returned).
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  let attempts = 0
  const draw = async () => {
    for (;;) {
      if (++attempts > 50 * CUSTOMERS) throw new Error('No customer left to draw: rebuild the database')
      const id = 1 + Math.floor(next() * CUSTOMERS)
      if (id % 10 === 0 || id % 10 === 9 || used.has(id)) continue
      used.add(id)
      const rows = await floor.query(
        `select 1 from customer where customer_id = ${floor.param(1)} and first_name <> 'erased'`,
        [id],
      )
      if (rows.length > 0) return id
    }
  }

  const accessOf =
    ({ engine, doc, driver }: (typeof engines)[number]): Side =>
    async (mail) => {
      const read = await engine.readDataset(driver, doc, [{ kind: 'email', value: mail }])
      return { rowsRead: read.collections.reduce((n, c) => n + c.rows.length, 0), rowsChanged: 0 }
    }
  // What executeStep does for an erasure: read, plan, ask which rows are shared, plan again only when some are.
  const erasureOf =
    ({ engine, doc, driver }: (typeof engines)[number]): Side =>
    async (mail) => {
      const read = await engine.readDataset(driver, doc, [{ kind: 'email', value: mail }])
      const found = new Map(read.collections.map((c) => [c.collection, c.rows]))
      let plan = engine.planErasure(doc, found, { holds, today, hash })
      const { shared } = await engine.findSharedRows(driver, doc, read, ['email'], plan)
      if (!engine.anyShared || engine.anyShared(shared))
        plan = engine.planErasure(doc, found, { holds, today, hash, shared })
      const applied = await engine.applyWritePlan(driver, doc, plan)
      return {
        rowsRead: read.collections.reduce((n, c) => n + c.rows.length, 0),
        rowsChanged: applied.reduce((n, a) => n + a.updated + a.deleted, 0),
      }
    }
  const floorAccess: Side = async (mail) => ({
    rowsRead: (await floorRead(floor, mail)).rows,
    rowsChanged: 0,
  })
  const floorErasure: Side = async (mail) => {
    const read = await floorRead(floor, mail)
    const c = read.customer as Row
    const p = floor.param
    // Is the address shared? Other customers, staff, stores pointing at it.
    const [others, staff, stores] = await Promise.all([
      floor.query(`select customer_id from customer where address_id = ${p(1)} and customer_id <> ${p(2)}`, [
        c.address_id,
        c.customer_id,
      ]),
      floor.query(`select staff_id from staff where address_id = ${p(1)}`, [c.address_id]),
      floor.query(`select store_id from store where address_id = ${p(1)}`, [c.address_id]),
    ])
    const shared = others.length + staff.length + stores.length > 0
    const changed = await floor.transaction([
      [
        `update customer set first_name = 'erased', last_name = ${p(1)}, email = ${p(2)}, notes = null
          where customer_id = ${p(3)}`,
        [hash(String(c.last_name)).slice(0, 16), hash(String(c.email)).slice(0, 32), c.customer_id],
      ],
      ...(shared
        ? []
        : ([
            [
              `update address set address = 'erased', address2 = null, district = 'erased', postal_code = null,
                phone = null where address_id = ${p(1)}`,
              [c.address_id],
            ],
          ] as [string, unknown[]][])),
    ])
    return { rowsRead: read.rows, rowsChanged: changed }
  }

  const f = (n: number) => n.toFixed(2)
  const cpuLines: string[] = []
  const measure = async (name: string, sides: { name: string; side: Side }[]) => {
    const samples = new Map<string, Sample[]>(sides.map((s) => [s.name, []]))
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      // Each side its own customer of the same shape; the first side rotates.
      const ids: number[] = []
      for (const _ of sides) ids.push(await draw())
      for (const id of ids) await floorRead(floor, email(id))
      const pair = new Map<string, Sample>()
      for (let k = 0; k < sides.length; k++) {
        const j = (i + k) % sides.length
        const side = sides[j] as (typeof sides)[number]
        const cpu = process.cpuUsage()
        const { result, ms } = await timed(() => side.side(email(ids[j] as number)))
        const { user, system } = process.cpuUsage(cpu)
        pair.set(side.name, { ms, cpuMs: (user + system) / 1000, ...result })
      }
      const [first, ...rest] = [...pair.values()]
      for (const other of rest)
        if (other.rowsRead !== first?.rowsRead || other.rowsChanged !== first?.rowsChanged)
          throw new Error(`${name}: the sides differ: ${JSON.stringify([...pair])}`)
      if (i >= WARMUP) for (const [side, sample] of pair) samples.get(side)?.push(sample)
    }
    const of = (side: string) => samples.get(side) ?? []
    const engine = spread(of('engine').map((s) => s.ms))
    const fl = spread(of('floor').map((s) => s.ms))
    const cpu = (side: string) => spread(of(side).map((s) => s.cpuMs))
    const paired = spread(of('engine').map((s, i) => s.ms / (of('floor')[i]?.ms ?? Number.NaN))).median
    const first = of('engine')[0]
    console.log(
      `| ${name} | ${f(engine.median)} (${f(engine.p25)} - ${f(engine.p75)}) | ${f(fl.median)} (${f(fl.p25)} - ${f(fl.p75)}) | **${f(engine.median / fl.median)}×** | ${f(paired)}× | ${f(cpu('engine').median)} / ${f(cpu('floor').median)} | ${first?.rowsRead} / ${first?.rowsChanged} |`,
    )
    if (before) {
      const b = cpu('before')
      const e = cpu('engine')
      const wall = spread(of('before').map((s) => s.ms))
      cpuLines.push(
        `| ${name} | ${f(b.median)} (${f(b.p25)} - ${f(b.p75)}) | ${f(e.median)} (${f(e.p25)} - ${f(e.p75)}) | ${f(cpu('floor').median)} | ${f(wall.median)} / ${f(engine.median)} / ${f(fl.median)} |`,
      )
    }
  }

  try {
    console.log(
      `\n${SYSTEM === 'postgres' ? 'PostgreSQL' : 'MariaDB'}: ${CUSTOMERS.toLocaleString('en')} customers, ${db.payments.toLocaleString('en')} payments; ${ITERATIONS} iterations after ${WARMUP} warm-up\n`,
    )
    console.log(
      '| Operation, one customer | Engine p50 ms (IQR) | Floor p50 ms (IQR) | Engine ÷ floor | Per-iteration ratio p50 | Node CPU p50 ms engine / floor | Rows read / changed |',
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- |')
    const phases = INDEX === 'both' ? [false, true] : [INDEX === 'with']
    for (const indexed of phases) {
      if (SYSTEM === 'postgres') await personIndex(poolOf<pg.Pool>(main.driver), indexed)
      else await personIndexMariadb(poolOf<mysql.Pool>(main.driver), indexed)
      const label = indexed ? 'with index on the person key' : 'no index on the person key'
      await measure(`access, ${label}`, [
        ...engines.map((e) => ({ name: e.name, side: accessOf(e) })),
        { name: 'floor', side: floorAccess },
      ])
      await measure(`erasure, ${label}`, [
        ...engines.map((e) => ({ name: e.name, side: erasureOf(e) })),
        { name: 'floor', side: floorErasure },
      ])
    }
    if (before) {
      console.log(
        `\nNode CPU per operation, engine of ${BEFORE} (before) and of this checkout (after), same run:\n`,
      )
      console.log(
        '| Operation, one customer | Before: Node CPU p50 ms (IQR) | After: Node CPU p50 ms (IQR) | Floor CPU p50 ms | Wall p50 ms before / after / floor |',
      )
      console.log('| --- | --- | --- | --- | --- |')
      for (const line of cpuLines) console.log(line)
    }
    // A new driver for every request (what executeRun did before the driver cache): connect, catalog lookups.
    const fresh: number[] = []
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      const id = await draw()
      const { ms } = await timed(async () => {
        const once = current.openSqlDriver(settings)
        try {
          await current.readDataset(once, main.doc, [{ kind: 'email', value: email(id) }])
        } finally {
          await once.close()
        }
      })
      if (i >= WARMUP) fresh.push(ms)
    }
    const s = spread(fresh)
    console.log(
      `\naccess with a new driver per request (index ${INDEX === 'without' ? 'absent' : 'present'}): p50 ${f(s.median)} ms (IQR ${f(s.p25)} - ${f(s.p75)})`,
    )
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  } finally {
    for (const e of engines) await e.driver.close()
  }
}

await main()
