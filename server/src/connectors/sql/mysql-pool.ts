import mysql from 'mysql2/promise'
import type { SqlEndpoint } from './endpoint'
import type { ColumnInfo, ColumnKind } from './values'

/**
 * A small pool (4 connections) on the organisation's MySQL or MariaDB database. Statements are prepared on the
 * server (values never pass through client-side escaping, whatever the sql_mode); affectedRows of an UPDATE counts
 * the rows actually changed (FOUND_ROWS off).
 */
export function openMysqlPool(
  endpoint: SqlEndpoint,
  options: { multipleStatements?: boolean } = {},
): mysql.Pool {
  return mysql.createPool({
    host: endpoint.host,
    port: endpoint.port,
    database: endpoint.database,
    user: endpoint.user,
    password: endpoint.password ?? '',
    ...(endpoint.ssl ? { ssl: { rejectUnauthorized: true } } : {}),
    connectionLimit: 4,
    maxIdle: 4,
    idleTimeout: 10_000,
    connectTimeout: 10_000,
    charset: 'utf8mb4',
    flags: ['-FOUND_ROWS'],
    decimalNumbers: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
    maxPreparedStatements: 200,
    multipleStatements: options.multipleStatements ?? false,
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
