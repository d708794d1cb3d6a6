import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import mysql from 'mysql2/promise'
import pg from 'pg'
import type { ConnectionSettings } from '../../src/connectors/driver'
import { testConnectorGuard } from './connector-guard'

/**
 * The rental shop fixture (server/test/fixtures/rental, written by the project; README.md there lists the known
 * truth: who shares which address, which tables are partitioned) loaded into a fresh database on the real
 * PostgreSQL or MariaDB test server. Each call makes its own database, so test files never share one; drop()
 * removes it. Table and column names are the same (lower case) on both servers.
 */
export interface RentalDatabase {
  dialect: 'postgres' | 'mysql'
  settings: ConnectionSettings
  url: string
  /** A query with positional parameters written as `?` on both servers. */
  // biome-ignore lint/suspicious/noExplicitAny: rows of arbitrary test queries
  query(sql: string, params?: unknown[]): Promise<any[]>
  drop(): Promise<void>
}

const DATA_DIR = fileURLToPath(new URL('../fixtures/rental/', import.meta.url))
const PG_ADMIN_URL = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const MYSQL_ADMIN_URL = process.env.CUSTOS_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/'

/** The tables of the fixture with their primary keys, in an order that respects the foreign keys. */
export const RENTAL_TABLES = {
  country: ['country_id'],
  city: ['city_id'],
  address: ['address_id'],
  store: ['store_id'],
  staff: ['staff_id'],
  customer: ['customer_id'],
  film: ['film_id'],
  inventory: ['inventory_id'],
  rental: ['rental_id'],
  payment: ['payment_id', 'payment_date'],
} as const

const databaseName = () => `custos_rental_${randomBytes(5).toString('hex')}`

export async function loadRentalPostgres(
  script = readFileSync(`${DATA_DIR}postgres.sql`, 'utf8'),
): Promise<RentalDatabase> {
  const name = databaseName()
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await admin(`create database ${name}`)
  const url = new URL(PG_ADMIN_URL)
  url.pathname = `/${name}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 })
  // Dropping the database (with force) may terminate a connection the pool is still closing.
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  try {
    await pool.query(script)
  } catch (error) {
    await pool.end()
    await admin(`drop database if exists ${name} with (force)`)
    throw error
  }
  return {
    dialect: 'postgres',
    settings: {
      kind: 'postgres',
      guard: testConnectorGuard(),
      options: {
        host: url.hostname,
        port: Number(url.port || 5432),
        database: name,
        user: decodeURIComponent(url.username),
      },
      ...(url.password ? { secret: decodeURIComponent(url.password) } : {}),
    },
    url: url.toString(),
    async query(sql, params) {
      let n = 0
      return (
        await pool.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows
    },
    async drop() {
      await pool.end()
      await admin(`drop database if exists ${name} with (force)`)
    },
  }
}

export async function loadRentalMariadb(
  script = readFileSync(`${DATA_DIR}mariadb.sql`, 'utf8'),
): Promise<RentalDatabase> {
  const name = databaseName()
  const admin = new URL(MYSQL_ADMIN_URL)
  const connectionOptions = {
    host: admin.hostname,
    port: Number(admin.port || 3306),
    user: decodeURIComponent(admin.username),
    password: decodeURIComponent(admin.password),
  }
  const setup = await mysql.createConnection({ ...connectionOptions, multipleStatements: true })
  try {
    await setup.query(`create database \`${name}\` character set utf8mb4`)
    await setup.query(`use \`${name}\``)
    await setup.query(script)
  } catch (error) {
    await setup.query(`drop database if exists \`${name}\``).catch(() => {})
    throw error
  } finally {
    await setup.end()
  }
  const pool = mysql.createPool({
    ...connectionOptions,
    database: name,
    connectionLimit: 2,
    dateStrings: true,
  })
  const url = new URL(MYSQL_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    dialect: 'mysql',
    settings: {
      kind: 'mysql',
      guard: testConnectorGuard(),
      options: {
        host: connectionOptions.host,
        port: connectionOptions.port,
        database: name,
        user: connectionOptions.user,
      },
      ...(connectionOptions.password ? { secret: connectionOptions.password } : {}),
    },
    url: url.toString(),
    async query(sql, params) {
      const [rows] = await pool.query(sql, params)
      return rows as unknown[]
    },
    async drop() {
      await pool.query(`drop database if exists \`${name}\``)
      await pool.end()
    },
  }
}

export const RENTAL_TARGETS = [
  { name: 'PostgreSQL', load: () => loadRentalPostgres() },
  { name: 'MariaDB', load: () => loadRentalMariadb() },
] as const

/**
 * A checksum of every row of every table, keyed by table and primary key, computed by the database itself (md5
 * over the row's text), so that a test can prove which rows an operation changed and that every other row is
 * byte-identical.
 */
export async function rowChecksums(db: RentalDatabase): Promise<Map<string, string>> {
  const sums = new Map<string, string>()
  for (const [table, key] of Object.entries(RENTAL_TABLES)) {
    const keyText =
      db.dialect === 'postgres'
        ? key.map((k) => `${k}::text`).join(` || '|' || `)
        : `concat_ws('|', ${key.join(', ')})`
    const rowText =
      db.dialect === 'postgres' ? `md5(t::text)` : `md5(concat_ws('|', ${await mariadbColumns(db, table)}))`
    const rows = await db.query(`select ${keyText} as k, ${rowText} as sum from ${table} t`)
    for (const row of rows) sums.set(`${table}:${row.k}`, row.sum)
  }
  return sums
}

async function mariadbColumns(db: RentalDatabase, table: string): Promise<string> {
  const columns = await db.query(
    'select column_name as c from information_schema.columns where table_schema = database() and table_name = ? order by ordinal_position',
    [table],
  )
  // concat_ws skips nulls, so every column is wrapped to keep null and '' apart.
  return columns.map((c: { c: string }) => `coalesce(hex(\`${c.c}\`), 'NULL')`).join(', ')
}
