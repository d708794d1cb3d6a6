import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import mysql from 'mysql2/promise'
import pg from 'pg'
import type { ConnectionSettings } from '../../src/connectors/driver'
import { testConnectorGuard } from './connector-guard'

/**
 * The chinook sample database (server/test/fixtures/chinook, copied from the shared sample data with its MIT licence; a music store with customers, employees and invoices) loaded
 * into a fresh database on the real PostgreSQL or MariaDB test server. Each call makes its own database, so test
 * files never share one; drop() removes it.
 */
export interface ChinookDatabase {
  settings: ConnectionSettings
  url: string
  // biome-ignore lint/suspicious/noExplicitAny: rows of arbitrary test queries
  query(sql: string, params?: unknown[]): Promise<any[]>
  drop(): Promise<void>
}

const DATA_DIR = fileURLToPath(new URL('../fixtures/chinook/', import.meta.url))
const PG_ADMIN_URL = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const MYSQL_ADMIN_URL = process.env.CUSTOS_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/'

/** The script without the statements that drop, create and switch to its own database. */
function chinookScript(file: string): string {
  return readFileSync(`${DATA_DIR}${file}`, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(DROP DATABASE|CREATE DATABASE|USE |\\c )/i.test(line))
    .join('\n')
}

const databaseName = () => `custos_chinook_${randomBytes(5).toString('hex')}`

export async function loadChinookPostgres(): Promise<ChinookDatabase> {
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
    await pool.query(chinookScript('chinook-postgres.sql'))
  } catch (error) {
    await pool.end()
    await admin(`drop database if exists ${name} with (force)`)
    throw error
  }
  return {
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
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    async drop() {
      await pool.end()
      await admin(`drop database if exists ${name} with (force)`)
    },
  }
}

export async function loadChinookMariadb(): Promise<ChinookDatabase> {
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
    await setup.query(chinookScript('chinook-mysql.sql'))
  } catch (error) {
    await setup.query(`drop database if exists \`${name}\``).catch(() => {})
    throw error
  } finally {
    await setup.end()
  }
  const pool = mysql.createPool({ ...connectionOptions, database: name, connectionLimit: 2 })
  const url = new URL(MYSQL_ADMIN_URL)
  url.pathname = `/${name}`
  return {
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
