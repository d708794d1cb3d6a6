import { createRequire } from 'node:module'
import type mysql from 'mysql2/promise'
import { PinnedSocket, pinOnce } from '../network/pinned-socket'
import { neutralised, type SqlEndpoint, targetOf } from './endpoint'
import { MYSQL_MARKER_SQL } from './installation-marker'
import type { ColumnInfo, ColumnKind } from './values'

let mysqlClient: typeof mysql | undefined

/** mysql2 is loaded by the first MySQL or MariaDB connection, not when the server starts. */
function mysqlModule(): typeof mysql {
  mysqlClient ??= createRequire(import.meta.url)('mysql2/promise') as typeof mysql
  return mysqlClient
}

/**
 * A small pool (4 connections) on the organisation's MySQL or MariaDB database. Statements are prepared on the
 * server (values never pass through client-side escaping, whatever the sql_mode); affectedRows of an UPDATE counts
 * the rows actually changed (FOUND_ROWS off). Every connection goes to the address the guard pinned; before the
 * first statement one connection checks that the database is no Custos database (installation marker), and a
 * failure to connect or sign in is neutral.
 */
export function openMysqlPool(
  endpoint: SqlEndpoint,
  options: { multipleStatements?: boolean } = {},
): mysql.Pool {
  const pinned = pinOnce(() => endpoint.guard.pin(targetOf(endpoint)))
  const connection: mysql.ConnectionOptions = {
    host: endpoint.host,
    port: endpoint.port,
    database: endpoint.database,
    user: endpoint.user,
    password: endpoint.password ?? '',
    ...(endpoint.ssl ? { ssl: { rejectUnauthorized: true } } : {}),
    stream: () => new PinnedSocket(pinned).connect(endpoint.port, endpoint.host),
    connectTimeout: 10_000,
    charset: 'utf8mb4',
    flags: ['-FOUND_ROWS'],
    decimalNumbers: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
    maxPreparedStatements: 200,
    multipleStatements: options.multipleStatements ?? false,
  }
  const ready = pinOnce(async () => {
    const first = await mysqlModule().createConnection(connection)
    try {
      const [rows] = await first.query<mysql.RowDataPacket[]>(MYSQL_MARKER_SQL)
      if (Number(rows[0]?.marked) !== 0) throw endpoint.guard.marked(targetOf(endpoint))
    } finally {
      await first.end().catch(() => first.destroy())
    }
    return ''
  })
  const pool = mysqlModule().createPool({
    ...connection,
    connectionLimit: 4,
    maxIdle: 4,
    idleTimeout: 10_000,
  })
  return guardedPool(pool, endpoint, ready)
}

const GATED = new Set<PropertyKey>(['query', 'execute', 'getConnection'])

/** The pool, with query, execute and getConnection waiting for the marker check and neutral on connection failure. */
function guardedPool(pool: mysql.Pool, endpoint: SqlEndpoint, ready: () => Promise<string>): mysql.Pool {
  return new Proxy(pool, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      if (!GATED.has(property)) return value.bind(target)
      return async (...args: unknown[]) => {
        try {
          await ready()
          return await value.apply(target, args)
        } catch (error) {
          throw neutralised(error, endpoint)
        }
      }
    },
  })
}

const INTEGER = ['tinyint', 'smallint', 'mediumint', 'int', 'integer', 'bigint', 'year']
const DECIMAL = ['decimal', 'numeric', 'float', 'double', 'real']
const TEXT = ['char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'enum', 'set']

export function mysqlColumnKind(dataType: string): ColumnKind {
  if (INTEGER.includes(dataType)) return 'integer'
  if (DECIMAL.includes(dataType)) return 'decimal'
  if (TEXT.includes(dataType)) return 'text'
  if (dataType === 'date') return 'date'
  if (dataType === 'datetime' || dataType === 'timestamp') return 'timestamp'
  return 'other'
}

/** Columns of a table keyed by name, or null when the table does not exist. */
export async function mysqlColumns(
  pool: mysql.Pool,
  table: string,
  schema?: string,
): Promise<Map<string, ColumnInfo> | null> {
  const [rows] = await pool.execute<mysql.RowDataPacket[]>(
    `select COLUMN_NAME as name, DATA_TYPE as data_type, IS_NULLABLE as nullable,
            CHARACTER_MAXIMUM_LENGTH as max_length
       from information_schema.COLUMNS
      where TABLE_SCHEMA = coalesce(?, database()) and TABLE_NAME = ?
      order by ORDINAL_POSITION`,
    [schema ?? null, table],
  )
  if (rows.length === 0) return null
  return new Map(
    rows.map((r) => {
      const dataType = String(r.data_type).toLowerCase()
      const info: ColumnInfo = {
        name: String(r.name),
        kind: mysqlColumnKind(dataType),
        castType: dataType,
        nullable: r.nullable === 'YES',
        maxLength: r.max_length === null ? null : Number(r.max_length),
      }
      return [info.name, info]
    }),
  )
}
