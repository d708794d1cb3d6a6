/**
 * Connector engine against the floor on the scaled chinook database (bench/chinook-scale.ts): for one customer
 * found by e-mail, an access request (readDataset) and an erasure (readDataset + planErasure + applyWritePlan)
 * through the PostgreSQL connector, next to the same statements written by hand (connectors-floor.ts) through the
 * same driver library. Each iteration draws new random customers; access reads the same customer on both sides,
 * erasure erases two different customers of the same shape (invoices, invoices past the hold, lines). The side that
 * goes first alternates, so neither profits from what the other just brought into memory.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type pg from 'pg'
import type { Driver } from '../../server/src/connectors/driver'
import { applyWritePlan } from '../../server/src/connectors/engine/apply-plan'
import { erasureHasher } from '../../server/src/connectors/engine/erasure-hash'
import { readDataset } from '../../server/src/connectors/engine/read-dataset'
import { ConnectorGuard } from '../../server/src/connectors/network/target-guard'
import { openSqlDriver } from '../../server/src/connectors/open-driver'
import { sqlEndpoint } from '../../server/src/connectors/sql/endpoint'
import { openPgPool } from '../../server/src/connectors/sql/pg-pool'
import { toBrusselsDate } from '../../server/src/domain/brussels-time'
import { parseAllowList } from '../../server/src/domain/connector-allow-list'
import { planErasure } from '../../server/src/domain/datasets/erasure-plan'
import { parseDatasetText } from '../../server/src/domain/datasets/parse'
import type { DatasetDocument } from '../../server/src/domain/datasets/schema'
import type { HoldRule } from '../../server/src/domain/datasets/write-plan'
import { type ChinookScale, ensureChinookScale } from '../chinook-scale'
import { timed } from '../measure'
import { CustomerDraw, emailOf } from './connectors-customers'
import { assertErased, floorAccess, floorErasure } from './connectors-floor'
import { type ConnectorResults, compareSamples, type FloorComparison, type Sample } from './connectors-report'
import { extraLines } from './connectors-run'

export interface ConnectorOptions {
  scale: ChinookScale
  /** Recorded iterations per operation, after `warmup` unrecorded ones. */
  iterations: number
  warmup: number
  seed: number
  rebuild: boolean
}

const DATASET = new URL('../../examples/datasets/chinook-postgres.dataset.yaml', import.meta.url)
const HOLD_YEARS = 7

function loadDataset(): DatasetDocument {
  const parsed = parseDatasetText(readFileSync(DATASET, 'utf8'))
  if (!parsed.ok) throw new Error(`The chinook dataset is not valid: ${JSON.stringify(parsed.problems)}`)
  return parsed.document
}

/**
 * The floor sends its statements through the connector's own pool (a private field, reached here only): the same
 * library, type parsers and - since the pool hands out its most recently used connection - mostly the same server
 * connection as the engine. With a pool each, one side can sit on a server process that the operating system
 * schedules worse on a busy machine: two identical floors on two pools differed by up to 1.35x at the median.
 */
function connectorPool(driver: Driver): pg.Pool {
  const pool = (driver as unknown as { pool?: pg.Pool }).pool
  if (!pool || typeof pool.query !== 'function' || typeof pool.connect !== 'function')
    throw new Error('The PostgreSQL driver no longer keeps its pg.Pool in `pool`; adapt the benchmark')
  return pool
}

interface Sides<T> {
  engine: (email: string) => Promise<T>
  floor: (email: string) => Promise<T>
}

/** Runs both sides for one iteration, the first side alternating; returns each side's sample. */
async function both<T extends { rowsRead: number; rowsChanged: number }>(
  iteration: number,
  sides: Sides<T>,
  emails: { engine: string; floor: string },
): Promise<{ engine: Sample; floor: Sample }> {
  const run = async (side: 'engine' | 'floor'): Promise<Sample> => {
    const cpu = process.cpuUsage()
    const { result, ms } = await timed(() => sides[side](emails[side]))
    const { user, system } = process.cpuUsage(cpu)
    return { ms, cpuMs: (user + system) / 1000, rowsRead: result.rowsRead, rowsChanged: result.rowsChanged }
  }
  if (iteration % 2 === 0) {
    const engine = await run('engine')
    return { engine, floor: await run('floor') }
  }
  const floor = await run('floor')
  return { engine: await run('engine'), floor }
}

async function serverSettings(pool: pg.Pool): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ name: string; setting: string }>(
    `select name, current_setting(name) as setting from pg_settings
      where name in ('server_version', 'shared_buffers', 'fsync', 'synchronous_commit', 'autovacuum')`,
  )
  return Object.fromEntries(rows.map((r) => [r.name, r.setting]))
}

export async function connectorScenarios(
  options: ConnectorOptions,
  log: (line: string) => void,
): Promise<ConnectorResults> {
  const db = await ensureChinookScale(options.scale, { rebuild: options.rebuild, log })
  log(
    `${db.counts.customers.toLocaleString('en')} customers, ${db.counts.invoices.toLocaleString('en')} invoices, ` +
      `${db.counts.invoiceLines.toLocaleString('en')} invoice lines; ${(db.sizeBytes / 2 ** 30).toFixed(2)} GiB`,
  )
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
  const doc = loadDataset()
  const driver: Driver = openSqlDriver(settings)
  const floorPool = connectorPool(driver)
  const helperPool = openPgPool(sqlEndpoint(settings))
  const today = toBrusselsDate(new Date())
  const hash = erasureHasher(randomBytes(32), 'benchmark-organisation')
  const holds = new Map<string, HoldRule>([
    [
      'accounting_records',
      { key: 'accounting_records', duration: { years: HOLD_YEARS, months: 0, days: 0 } },
    ],
  ])
  const hold = { today, holdYears: HOLD_YEARS }
  const customers = new CustomerDraw(helperPool, db.counts.customers, options.seed, today, HOLD_YEARS)

  const access: Sides<{ rowsRead: number; rowsChanged: number }> = {
    engine: async (email) => {
      const read = await readDataset(driver, doc, [{ kind: 'email', value: email }])
      return { rowsRead: read.collections.reduce((n, c) => n + c.rows.length, 0), rowsChanged: 0 }
    },
    floor: async (email) => {
      const read = await floorAccess(floorPool, email)
      return { rowsRead: read.customers.length + read.invoices.length + read.lines.length, rowsChanged: 0 }
    },
  }
  const erasure: Sides<{ rowsRead: number; rowsChanged: number }> = {
    engine: async (email) => {
      const read = await readDataset(driver, doc, [{ kind: 'email', value: email }])
      const found = new Map(read.collections.map((c) => [c.collection, c.rows]))
      const plan = planErasure(doc, found, { holds, today, hash })
      const applied = await applyWritePlan(driver, doc, plan)
      return {
        rowsRead: read.collections.reduce((n, c) => n + c.rows.length, 0),
        rowsChanged: applied.reduce((n, a) => n + a.updated + a.deleted, 0),
      }
    },
    floor: async (email) => {
      const result = await floorErasure(floorPool, email, { ...hold, hash })
      const { customers: c, invoices: i, lines: l } = result.read
      return {
        rowsRead: c.length + i.length + l.length,
        rowsChanged: result.customersUpdated + result.invoicesUpdated,
      }
    },
  }

  const comparisons: FloorComparison[] = []
  try {
    const server = await serverSettings(helperPool)
    const total = options.warmup + options.iterations

    log(`access request: ${options.warmup} warm-up + ${options.iterations} iterations, one customer each`)
    const accessSamples: { engine: Sample; floor: Sample }[] = []
    for (let i = 0; i < total; i++) {
      const { id } = await customers.one()
      const pair = await both(i, access, { engine: emailOf(id), floor: emailOf(id) })
      if (pair.engine.rowsRead !== pair.floor.rowsRead)
        throw new Error(
          `Customer ${id}: the engine read ${pair.engine.rowsRead} rows, the floor ${pair.floor.rowsRead}`,
        )
      if (i >= options.warmup) accessSamples.push(pair)
    }
    comparisons.push(compareSamples('access request (read customer, invoices, lines)', accessSamples))

    log(
      `erasure: ${options.warmup} warm-up + ${options.iterations} iterations, two customers of one shape each`,
    )
    const erasureSamples: { engine: Sample; floor: Sample }[] = []
    for (let i = 0; i < total; i++) {
      const [a, b] = await customers.pair()
      const pair = await both(i, erasure, { engine: emailOf(a.id), floor: emailOf(b.id) })
      await assertErased(helperPool, a.id, hold)
      await assertErased(helperPool, b.id, hold)
      if (pair.engine.rowsRead !== pair.floor.rowsRead || pair.engine.rowsChanged !== pair.floor.rowsChanged)
        throw new Error(
          `Customers ${a.id} (engine) and ${b.id} (floor) differ: ${JSON.stringify(pair)} for shape ${JSON.stringify(a.shape)}`,
        )
      if (i >= options.warmup) erasureSamples.push(pair)
    }
    comparisons.push(compareSamples('erasure (same reads + masking in one transaction)', erasureSamples))

    const extras = await extraLines({
      settings,
      doc,
      datasetSource: readFileSync(DATASET, 'utf8'),
      customers,
      iterations: options.iterations,
      warmup: options.warmup,
      floor: {
        access: comparisons[0]?.floor.median ?? Number.NaN,
        erasure: comparisons[1]?.floor.median ?? Number.NaN,
      },
      assertErased: (id) => assertErased(helperPool, id, hold),
      log,
    })
    const { options: _, password: __, ...database } = db
    return { database, server, seed: options.seed, comparisons, extras }
  } finally {
    await driver.close()
    await helperPool.end()
  }
}
