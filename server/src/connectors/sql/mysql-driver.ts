import type mysql from 'mysql2/promise'
import type { DatasetCollection } from '../../domain/datasets/schema'
import type { ConnectionCheck, Driver, Match, Row } from '../driver'
import { cannotConnect, type SqlEndpoint } from './endpoint'
import { qualified, quoteMysql } from './identifiers'
import { mysqlColumns, openMysqlPool } from './mysql-pool'
import { MysqlWriter } from './mysql-writer'
import { ColumnCache } from './table-columns'
import { comparableValues } from './values'

/** "10.11.19-MariaDB-0+deb12u1" -> "MariaDB 10.11.19"; "8.0.36" -> "MySQL 8.0.36". */
export function mysqlServerName(version: string): string {
  const number = version.split('-')[0] ?? version
  return /mariadb/i.test(version) ? `MariaDB ${number}` : `MySQL ${number}`
}

/** MySQL/MariaDB connector: one pool of four connections, one statement per select, one transaction per write. */
export class MysqlDriver implements Driver {
  readonly kind = 'mysql' as const
  private readonly pool: mysql.Pool
  private readonly columns: ColumnCache
  private closed = false

  constructor(private readonly endpoint: SqlEndpoint) {
    this.pool = openMysqlPool(endpoint)
    // In MySQL a collection's `schema` is another database on the same server.
    this.columns = new ColumnCache((table, schema) => mysqlColumns(this.pool, table, schema), undefined)
  }

  async check(): Promise<ConnectionCheck> {
    try {
      await this.pool.query('select 1')
      const [rows] = await this.pool.query<mysql.RowDataPacket[]>(
        'select version() as version, database() as db',
      )
      const row = rows[0]
      return { ok: true, message: `${mysqlServerName(String(row?.version))}, database ${row?.db}` }
    } catch (error) {
      return { ok: false, message: cannotConnect(error, this.endpoint) }
    }
  }

  async select(collection: DatasetCollection, matches: Match[], fields?: string[]): Promise<Row[]> {
    const names = fields ?? collection.fields.map((f) => f.name)
    const selected = await this.columns.columns(collection, names)
    const params: unknown[] = []
    const conditions: string[] = []
    for (const match of matches) {
      const [column] = await this.columns.columns(collection, [match.field])
      if (!column) continue
      const values = comparableValues(column.kind, match.values)
      if (values.length === 0) continue
      params.push(...values)
      const lhs =
        column.kind === 'other' ? `CAST(${quoteMysql(column.name)} AS CHAR)` : quoteMysql(column.name)
      conditions.push(`${lhs} IN (${values.map(() => '?').join(', ')})`)
    }
    if (conditions.length === 0 || selected.length === 0) return []
    const table = qualified(quoteMysql, collection.name, collection.schema)
    const sql = `SELECT ${selected.map((c) => quoteMysql(c.name)).join(', ')} FROM ${table} WHERE ${conditions.join(' OR ')}`
    const [rows] = await this.pool.execute<mysql.RowDataPacket[]>(sql, params as mysql.ExecuteValues[])
    return rows.map((row) => ({ ...row }))
  }

  async write<T>(fn: (writer: MysqlWriter) => Promise<T>): Promise<T> {
    const connection = await this.pool.getConnection()
    let broken = false
    try {
      await connection.beginTransaction()
      const result = await fn(new MysqlWriter(connection, this.columns))
      await connection.commit()
      return result
    } catch (error) {
      await connection.rollback().catch(() => {
        broken = true
      })
      throw error
    } finally {
      if (broken) connection.destroy()
      else connection.release()
    }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }
}
