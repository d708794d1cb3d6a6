import { randomBytes } from 'node:crypto'
import mysql from 'mysql2/promise'
import pg from 'pg'
import type { ConnectionSettings } from '../../src/connectors/driver'
import { testConnectorGuard } from './connector-guard'

/**
 * A connector target (a sample database of the fixtures) loaded from its SQL script into a fresh database on the
 * real PostgreSQL or MariaDB test server. Each call makes its own database, so test files never share one; drop()
 * removes it.
 */
export interface TargetDatabase {
  dialect: 'postgres' | 'mysql'
  settings: ConnectionSettings
  url: string
  // biome-ignore lint/suspicious/noExplicitAny: rows of arbitrary test queries
  query(sql: string, params?: unknown[]): Promise<any[]>
  drop(): Promise<void>
}

const PG_ADMIN_URL = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const MYSQL_ADMIN_URL = process.env.CUSTOS_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/'

const databaseName = (prefix: string) => `custos_${prefix}_${randomBytes(5).toString('hex')}`

export interface PostgresTargetOptions {
  /** Let test queries write parameters as `?` (as on MariaDB) instead of `$1`. */
  questionMarkParameters?: boolean
}

export async function loadPostgresTarget(
  prefix: string,
  script: string,
  { questionMarkParameters = false }: PostgresTargetOptions = {},
): Promise<TargetDatabase> {
  const name = databaseName(prefix)
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
  const numbered = (sql: string) => {
    let n = 0
    return sql.replace(/\?/g, () => `$${++n}`)
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
    query: async (sql, params) =>
      (await pool.query(questionMarkParameters ? numbered(sql) : sql, params)).rows,
    async drop() {
      await pool.end()
      await admin(`drop database if exists ${name} with (force)`)
    },
  }
}

export async function loadMariadbTarget(
  prefix: string,
  script: string,
  poolOptions: Pick<mysql.PoolOptions, 'dateStrings'> = {},
): Promise<TargetDatabase> {
  const name = databaseName(prefix)
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
  const pool = mysql.createPool({ ...connectionOptions, ...poolOptions, database: name, connectionLimit: 2 })
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
