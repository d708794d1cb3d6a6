/**
 * The connector engine against hand-written SQL on the rental fixture scaled up (bench/rental-scale.ts), on
 * PostgreSQL: an access request and an erasure (with the shared-row check) for one customer, without and with an
 * index on the person key. Both sides use the same pg.Pool (the engine's driver's own), one driver for the whole
 * benchmark - as a worker now keeps one driver per connection - and alternate who goes first.
 *   npx tsx bench/rental.ts [--customers=100000] [--iterations=40] [--warmup=5] [--seed=N]
 * Also measured: a driver opened per request (connection + catalog lookups), the cost the driver cache removes.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type pg from 'pg'
import type { Driver } from '../server/src/connectors/driver'
import { applyWritePlan } from '../server/src/connectors/engine/apply-plan'
import { erasureHasher } from '../server/src/connectors/engine/erasure-hash'
import { readDataset } from '../server/src/connectors/engine/read-dataset'
import { findSharedRows } from '../server/src/connectors/engine/shared-check'
import { ConnectorGuard } from '../server/src/connectors/network/target-guard'
import { openSqlDriver } from '../server/src/connectors/open-driver'
import { toBrusselsDate } from '../server/src/domain/brussels-time'
import { parseAllowList } from '../server/src/domain/connector-allow-list'
import { planErasure } from '../server/src/domain/datasets/erasure-plan'
import { parseDatasetText } from '../server/src/domain/datasets/parse'
import type { DatasetDocument } from '../server/src/domain/datasets/schema'
import type { HoldRule } from '../server/src/domain/datasets/write-plan'
import { timed } from './measure'
import { ensureRentalScale, personIndex } from './rental-scale'
import { type Sample, spread } from './scenarios/connectors-report'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback)
const CUSTOMERS = option('customers', 100_000)
const ITERATIONS = option('iterations', 40)
const WARMUP = option('warmup', 5)

/**
 * The fixture's reviewed dataset, with payment reached from the customer only: a second edge (payment.rental_id
 * from rental) makes the engine ask `customer_id = ANY(..) OR rental_id = ANY(..)`, which needs an index on both
 * columns; the hand-written floor would not ask it either.
 */
function dataset(): DatasetDocument {
  const source = readFileSync(
    new URL('../server/test/fixtures/rental/rental.dataset.yaml', import.meta.url),
    'utf8',
  )
  const parsed = parseDatasetText(
    source.replace(
      'references: { collection: rental, field: rental_id, direction: from }',
      'references: { collection: rental, field: rental_id, direction: none }',
    ),
  )
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.document
}

function poolOf(driver: Driver): pg.Pool {
  const pool = (driver as unknown as { pool?: pg.Pool }).pool
  if (!pool)
    throw new Error('The PostgreSQL driver no longer keeps its pg.Pool in `pool`; adapt the benchmark')
  return pool
}

type Result = { rowsRead: number; rowsChanged: number }
const email = (id: number) => `c${id}@example.be`

/** The hand-written reads: the same statements the engine's traversal sends, written for this schema. */
async function floorRead(pool: pg.Pool, mail: string) {
  const [customer] = (await pool.query('select * from customer where email = any($1::text[])', [[mail]])).rows
  if (!customer) return { customer: undefined, rows: 0 }
  // The same schedule as the engine's traversal levels: address, rentals and payments hang off the customer.
  const [address, rentals, payments] = await Promise.all([
    pool.query('select * from address where address_id = any($1::int[])', [[customer.address_id]]),
    pool.query('select * from rental where customer_id = any($1::int[])', [[customer.customer_id]]),
    pool.query('select * from payment where customer_id = any($1::int[])', [[customer.customer_id]]),
  ])
  const city = await pool.query('select * from city where city_id = any($1::int[])', [
    [address.rows[0].city_id],
  ])
  const country = await pool.query('select * from country where country_id = any($1::int[])', [
    [city.rows[0].country_id],
  ])
  const rows = 1 + [address, rentals, city, payments, country].reduce((n, r) => n + r.rows.length, 0)
  return { customer, address: address.rows[0], rows }
}

async function main() {
  const log = (line: string) => process.stderr.write(`${line}\n`)
  const db = await ensureRentalScale(CUSTOMERS, log)
  const settings = {
    kind: 'postgres' as const,
    options: db.options,
    // The benchmark database is on this machine; a real installation lists its hosts in CUSTOS_CONNECTOR_ALLOW.
    guard: new ConnectorGuard({
      allow: parseAllowList('127.0.0.1,::1,localhost'),
      own: {},
      logger: { warn() {} },
    }),
    ...(db.password ? { secret: db.password } : {}),
  }
  const doc = dataset()
  const driver = openSqlDriver(settings)
  const pool = poolOf(driver)
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
  const draw = async () => {
    for (;;) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      const id = 1 + (seed % CUSTOMERS)
      if (id % 10 === 0 || id % 10 === 9 || used.has(id)) continue
      used.add(id)
      const { rows } = await pool.query(
        "select 1 from customer where customer_id = $1 and first_name <> 'erased'",
        [id],
      )
      if (rows.length > 0) return id
    }
  }

  const access = {
    engine: async (mail: string): Promise<Result> => {
      const read = await readDataset(driver, doc, [{ kind: 'email', value: mail }])
      return { rowsRead: read.collections.reduce((n, c) => n + c.rows.length, 0), rowsChanged: 0 }
    },
    floor: async (mail: string): Promise<Result> => ({
      rowsRead: (await floorRead(pool, mail)).rows,
      rowsChanged: 0,
    }),
  }
  const erasure = {
    engine: async (mail: string): Promise<Result> => {
      const read = await readDataset(driver, doc, [{ kind: 'email', value: mail }])
      const found = new Map(read.collections.map((c) => [c.collection, c.rows]))
      const first = planErasure(doc, found, { holds, today, hash })
      const { shared } = await findSharedRows(driver, doc, read, ['email'], first)
      const plan = planErasure(doc, found, { holds, today, hash, shared })
      const applied = await applyWritePlan(driver, doc, plan)
      return {
        rowsRead: read.collections.reduce((n, c) => n + c.rows.length, 0),
        rowsChanged: applied.reduce((n, a) => n + a.updated + a.deleted, 0),
      }
    },
    floor: async (mail: string): Promise<Result> => {
      const read = await floorRead(pool, mail)
      const c = read.customer
      // Is the address shared? Other customers, staff, stores pointing at it.
      const [others, staff, stores] = await Promise.all([
        pool.query('select customer_id from customer where address_id = $1 and customer_id <> $2', [
          c.address_id,
          c.customer_id,
        ]),
        pool.query('select staff_id from staff where address_id = $1', [c.address_id]),
        pool.query('select store_id from store where address_id = $1', [c.address_id]),
      ])
      const shared = others.rows.length + staff.rows.length + stores.rows.length > 0
      const client = await pool.connect()
      let changed = 0
      try {
        await client.query('begin')
        changed +=
          (
            await client.query(
              `update customer set first_name = 'erased', last_name = $2, email = $3, notes = null
              where customer_id = $1`,
              [c.customer_id, hash(c.last_name).slice(0, 16), hash(c.email).slice(0, 32)],
            )
          ).rowCount ?? 0
        if (!shared)
          changed +=
            (
              await client.query(
                `update address set address = 'erased', address2 = null, district = 'erased', postal_code = null,
                 phone = null where address_id = $1`,
                [c.address_id],
              )
            ).rowCount ?? 0
        await client.query('commit')
      } finally {
        client.release()
      }
      return { rowsRead: read.rows, rowsChanged: changed }
    },
  }

  const measure = async (
    name: string,
    sides: { engine: (m: string) => Promise<Result>; floor: (m: string) => Promise<Result> },
    twoCustomers: boolean,
  ) => {
    const pairs: { engine: Sample; floor: Sample }[] = []
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      const a = await draw()
      const b = twoCustomers ? await draw() : a
      const run = async (side: 'engine' | 'floor', id: number): Promise<Sample> => {
        const cpu = process.cpuUsage()
        const { result, ms } = await timed(() => sides[side](email(id)))
        const { user, system } = process.cpuUsage(cpu)
        return { ms, cpuMs: (user + system) / 1000, ...result }
      }
      // Both customers' rows into the buffers first, untimed; then the first side alternates.
      for (const id of new Set([a, b])) await floorRead(pool, email(id))
      const pair =
        i % 2 === 0
          ? { engine: await run('engine', a), floor: await run('floor', b) }
          : { floor: await run('floor', b), engine: await run('engine', a) }
      if (pair.engine.rowsRead !== pair.floor.rowsRead || pair.engine.rowsChanged !== pair.floor.rowsChanged)
        throw new Error(`${name}: the sides differ: ${JSON.stringify(pair)}`)
      if (i >= WARMUP) pairs.push(pair)
    }
    const engine = spread(pairs.map((p) => p.engine.ms))
    const floor = spread(pairs.map((p) => p.floor.ms))
    const cpuEngine = spread(pairs.map((p) => p.engine.cpuMs)).median
    const cpuFloor = spread(pairs.map((p) => p.floor.cpuMs)).median
    const paired = spread(pairs.map((p) => p.engine.ms / p.floor.ms)).median
    const f = (n: number) => n.toFixed(2)
    console.log(
      `| ${name} | ${f(engine.median)} (${f(engine.p25)} - ${f(engine.p75)}) | ${f(floor.median)} (${f(floor.p25)} - ${f(floor.p75)}) | **${f(engine.median / floor.median)}×** | ${f(paired)}× | ${f(cpuEngine)} / ${f(cpuFloor)} | ${pairs[0]?.engine.rowsRead} / ${pairs[0]?.engine.rowsChanged} |`,
    )
  }

  try {
    console.log(
      `\n${CUSTOMERS.toLocaleString('en')} customers, ${db.payments.toLocaleString('en')} payments; ${ITERATIONS} iterations after ${WARMUP} warm-up\n`,
    )
    console.log(
      '| Operation, one customer | Engine p50 ms (IQR) | Floor p50 ms (IQR) | Engine ÷ floor | Per-iteration ratio p50 | Node CPU p50 ms engine / floor | Rows read / changed |',
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- |')
    for (const indexed of [false, true]) {
      await personIndex(pool, indexed)
      const label = indexed ? 'with index on the person key' : 'no index on the person key'
      await measure(`access, ${label}`, access, false)
      await measure(`erasure, ${label}`, erasure, true)
    }
    // A new driver for every request (what executeRun did before the driver cache): connect, catalog lookups.
    const fresh: number[] = []
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      const id = await draw()
      const { ms } = await timed(async () => {
        const once = openSqlDriver(settings)
        try {
          await readDataset(once, doc, [{ kind: 'email', value: email(id) }])
        } finally {
          await once.close()
        }
      })
      if (i >= WARMUP) fresh.push(ms)
    }
    const s = spread(fresh)
    console.log(
      `\naccess with a new driver per request (index present): p50 ${s.median.toFixed(2)} ms (IQR ${s.p25.toFixed(2)} - ${s.p75.toFixed(2)})`,
    )
  } finally {
    await driver.close()
  }
}

await main()
