import type mysql from 'mysql2/promise'
import type { DatasetCollection } from '../../domain/datasets/schema'
import type { ConnectionCheck, DeletedBatch, Driver, DueScan, Match, RetentionScanner, Row } from '../driver'
import {
  countStatement,
  dueKeysStatement,
  KEYS_PER_STATEMENT,
  nextDueParts,
  pageStatement,
  rangeDeleteStatement,
  type ScanDialect,
  sameKeys,
} from './due-scan'
import { checkFailure, neutralised, type SqlEndpoint } from './endpoint'
import { qualified, quoteMysql } from './identifiers'
import { mysqlColumns, openMysqlPool } from './mysql-pool'
import { MysqlWriter } from './mysql-writer'
import { type BoundMatches, boundMatches, type SelectShape, SelectStatements } from './select-statements'
import { ColumnCache, dateColumnsOf } from './table-columns'
import { type ColumnInfo, chunk, valueKey } from './values'

/** "10.11.19-MariaDB-0+deb12u1" -> "MariaDB 10.11.19"; "8.0.36" -> "MySQL 8.0.36". */
export function mysqlServerName(version: string): string {
  const number = version.split('-')[0] ?? version
  return /mariadb/i.test(version) ? `MariaDB ${number}` : `MySQL ${number}`
}

/** Bound values per statement, well under the 65535 placeholders a prepared statement can have. */
const MAX_PARAMS = 20_000

type Part = { lhs: string; values: unknown[] }

function spreadOverStatements(parts: Part[]): Part[][] {
  const statements: Part[][] = [[]]
  let used = 0
  for (const part of parts) {
    for (const values of chunk(part.values, MAX_PARAMS)) {
      if (used + values.length > MAX_PARAMS) {
        statements.push([])
        used = 0
      }
      statements[statements.length - 1]?.push({ lhs: part.lhs, values })
      used += values.length
    }
  }
  return statements
}

/** A row found by two statements counts once: by its primary key when selected, else by all its values. */
function distinctRows(rows: Row[], primaryKey: string[] | undefined, selected: string[]): Row[] {
  const key = primaryKey?.every((k) => selected.includes(k)) ? primaryKey : selected
  const seen = new Map<string, Row>()
  for (const row of rows) seen.set(key.map((k) => valueKey(row[k])).join('|'), row)
  return [...seen.values()]
}

const lhsOf = (column: ColumnInfo) =>
  column.kind === 'other' ? `CAST(${quoteMysql(column.name)} AS CHAR)` : quoteMysql(column.name)
const inList = (lhs: string, count: number) =>
  `${lhs} IN (${count === 1 ? '?' : '?, '.repeat(count - 1).concat('?')})`

/** Every field of a collection, in document order (a document is never changed once parsed). */
const allFields = new WeakMap<DatasetCollection, string[]>()
function fieldNames(collection: DatasetCollection): string[] {
  let names = allFields.get(collection)
  if (!names) {
    names = collection.fields.map((f) => f.name)
    allFields.set(collection, names)
  }
  return names
}

/** Statement texts kept per select shape only for short IN lists (the usual request); longer ones are built. */
const KEPT_LIST_LENGTH = 8
const texts = new WeakMap<SelectShape, Map<string, string>>()

/** `head WHERE a IN (?) OR b IN (?, ?)` for these columns and value counts. */
function statementText(shape: SelectShape, head: string, bound: BoundMatches): string {
  let key = ''
  let keep = true
  for (let i = 0; i < bound.columns.length; i++) {
    const n = bound.values[i]?.length ?? 0
    if (n > KEPT_LIST_LENGTH) keep = false
    key += `${bound.columns[i]?.name}\u0000${n}\u0000`
  }
  let kept = keep ? texts.get(shape) : undefined
  const known = kept?.get(key)
  if (known) return known
  const where = bound.columns.map((c, i) => inList(lhsOf(c), bound.values[i]?.length ?? 0)).join(' OR ')
  const text = `${head} WHERE ${where}`
  if (keep) {
    if (!kept) {
      kept = new Map()
      texts.set(shape, kept)
    }
    kept.set(key, text)
  }
  return text
}

/** MySQL/MariaDB connector: one pool of four connections, one statement per select, one transaction per write. */
export class MysqlDriver implements Driver {
  readonly kind = 'mysql' as const
  private readonly pool: mysql.Pool
  private readonly columns: ColumnCache
  /** The heads of its selects (the IN lists have one placeholder per value: built per statement). */
  private readonly statements = new SelectStatements(
    (collection, selected) =>
      `SELECT ${selected.map((c) => quoteMysql(c.name)).join(', ')} FROM ${qualified(quoteMysql, collection.name, collection.schema)}`,
    () => '',
    '',
  )
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
      return checkFailure(neutralised(error, this.endpoint), this.endpoint)
    }
  }

  /**
   * One statement with `col IN (...) OR ...`; only when the values pass MAX_PARAMS (a whole level of a large
   * traversal) they are spread over several statements and the rows merged. The rows are mysql2's own plain
   * objects (a column named like an Object.prototype property is refused by mysql2 itself): not copied.
   */
  async select(collection: DatasetCollection, matches: Match[], fields?: string[]): Promise<Row[]> {
    const columns = await this.columns.table(collection)
    const names = fields ?? fieldNames(collection)
    const shape = this.statements.shape(collection, collection.schema, columns, names)
    const head = shape.head
    if (head === null) return []
    const bound = boundMatches(collection, columns, matches)
    if (bound.columns.length === 0) return []
    let count = 0
    for (const values of bound.values) count += values.length
    if (count <= MAX_PARAMS) {
      const params = (
        bound.values.length === 1 ? bound.values[0] : bound.values.flat()
      ) as mysql.ExecuteValues[]
      const [rows] = await this.pool.execute<mysql.RowDataPacket[]>(statementText(shape, head, bound), params)
      return rows as Row[]
    }
    const parts = bound.columns.map((column, i) => ({ lhs: lhsOf(column), values: bound.values[i] ?? [] }))
    const rows: Row[] = []
    for (const statement of spreadOverStatements(parts)) {
      const where = statement.map((p) => inList(p.lhs, p.values.length)).join(' OR ')
      const params = statement.flatMap((p) => p.values) as mysql.ExecuteValues[]
      const [result] = await this.pool.execute<mysql.RowDataPacket[]>(`${head} WHERE ${where}`, params)
      for (const row of result) rows.push(row)
    }
    return distinctRows(rows, collection.primaryKey, names)
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

  readonly retention: RetentionScanner = {
    countDue: async (collection: DatasetCollection, scan: DueScan) => {
      const { sql, params } = await countStatement(this.dialect, this.columns, collection, scan)
      const [rows] = await this.pool.execute<mysql.RowDataPacket[]>(sql, params as mysql.ExecuteValues[])
      return Number(rows[0]?.n ?? 0)
    },
    pageDue: async (collection, scan, after, limit, fields) => {
      const statement = await pageStatement(
        this.dialect,
        this.columns,
        collection,
        scan,
        after,
        limit,
        fields,
      )
      const [rows] = await this.pool.execute<mysql.RowDataPacket[]>(
        statement.sql,
        statement.params as mysql.ExecuteValues[],
      )
      return rows.map((row) => ({ ...row }))
    },
    dateColumns: async (collection) => {
      const columns = await this.columns.table(collection).catch((error: unknown) => {
        throw neutralised(error, this.endpoint)
      })
      return dateColumnsOf(columns)
    },
    deleteDueRange: async (collection, scan, range, expected, timeoutMs) => {
      const statement = await rangeDeleteStatement(
        this.dialect,
        this.columns,
        collection,
        scan,
        range.after,
        range.last,
      )
      const names = statement.keyColumns.map((c) => c.name)
      // MariaDB bounds the statement's time and returns the keys it deleted; MySQL has neither for a DELETE, so
      // there the range's keys are read and locked before it (and the number of rows it deleted compared).
      const mariadb = await this.isMariadb()
      const seconds = Math.max(0.001, timeoutMs / 1000).toFixed(3)
      const text = mariadb
        ? `SET STATEMENT max_statement_time = ${seconds} FOR ${statement.sql} RETURNING ${names.map(quoteMysql).join(', ')}`
        : statement.sql
      const connection = await this.pool.getConnection()
      let broken = false
      const rollback = () =>
        connection.rollback().catch(() => {
          broken = true
        })
      const params = statement.params as mysql.ExecuteValues[]
      try {
        await connection.beginTransaction()
        // MySQL: the range's keys read and locked first (FOR UPDATE, with the gaps between them), compared with the
        // recorded ones, then the same rows deleted - so a row swapped for another is never deleted unrecorded.
        const locked = mariadb
          ? null
          : ((await connection.execute(statement.select, params))[0] as mysql.RowDataPacket[])
        const same =
          locked !== null && !sameKeys(locked, names, expected)
            ? false
            : await connection
                .execute(text, params)
                .then(([result]) =>
                  mariadb
                    ? sameKeys(result as mysql.RowDataPacket[], names, expected)
                    : (result as mysql.ResultSetHeader).affectedRows === expected.length,
                )
        if (!same) {
          await rollback()
          return 'changed'
        }
        await connection.commit()
        return 'deleted'
      } catch (error) {
        await rollback()
        const errno = (error as { errno?: unknown } | null)?.errno
        if (errno === 1969) return 'timeout'
        // A row of the range is still referred to by a declared foreign key: nothing deleted, the batch goes by key.
        if (errno === 1451) return 'changed'
        throw neutralised(error, this.endpoint)
      } finally {
        if (broken) connection.destroy()
        else connection.release()
      }
    },
    deleteNextDue: (collection, scan, after, limit, timeoutMs, record) =>
      this.deleteNextDue(collection, scan, after, limit, timeoutMs, record),
    deleteDueKeys: async (collection, scan, keys) => {
      if (keys.length === 0) return []
      const mariadb = await this.isMariadb()
      const connection = await this.pool.getConnection()
      let broken = false
      try {
        await connection.beginTransaction()
        const deleted: unknown[][] = []
        for (let i = 0; i < keys.length; i += KEYS_PER_STATEMENT) {
          const part = keys.slice(i, i + KEYS_PER_STATEMENT)
          const statement = await dueKeysStatement(this.dialect, this.columns, collection, scan, part)
          const names = statement.keyColumns.map((c) => c.name)
          const params = statement.params as mysql.ExecuteValues[]
          // MariaDB returns the keys it deleted; MySQL reads and locks them first, then deletes the same rows.
          const [rows] = mariadb
            ? await connection.execute(
                `${statement.delete} RETURNING ${names.map(quoteMysql).join(', ')}`,
                params,
              )
            : await connection.execute(statement.select, params)
          if (!mariadb) await connection.execute(statement.delete, params)
          for (const row of rows as mysql.RowDataPacket[]) deleted.push(names.map((n) => row[n]))
        }
        await connection.commit()
        return deleted
      } catch (error) {
        await connection.rollback().catch(() => {
          broken = true
        })
        throw neutralised(error, this.endpoint)
      } finally {
        if (broken) connection.destroy()
        else connection.release()
      }
    },
  }

  /**
   * MariaDB: the next due rows after `after` in one `DELETE ... ORDER BY key LIMIT n RETURNING key` (bounded by
   * max_statement_time), the keys read as arrays (no object per row); the transaction stays open while `record`
   * runs (decision 0114). MySQL has no RETURNING on DELETE: null, the sweep reads pages.
   */
  private async deleteNextDue(
    collection: DatasetCollection,
    scan: DueScan,
    after: readonly unknown[] | null,
    limit: number,
    timeoutMs: number,
    record: (batch: DeletedBatch) => Promise<void>,
  ): Promise<DeletedBatch | 'timeout' | null> {
    if (!(await this.isMariadb())) return null
    const parts = await nextDueParts(this.dialect, this.columns, collection, scan, after).catch(
      (error: unknown) => {
        throw neutralised(error, this.endpoint)
      },
    )
    if (!parts) return null
    const k = quoteMysql(parts.key.name)
    const seconds = Math.max(0.001, timeoutMs / 1000).toFixed(3)
    const text =
      `SET STATEMENT max_statement_time = ${seconds} FOR DELETE FROM ${parts.table}` +
      `${parts.where.length ? ` WHERE ${parts.where.join(' AND ')}` : ''}` +
      ` ORDER BY ${k} LIMIT ${Math.max(1, Math.trunc(limit))} RETURNING ${k}`
    const connection = await this.pool.getConnection().catch((error: unknown) => {
      throw neutralised(error, this.endpoint)
    })
    let broken = false
    const rollback = () =>
      connection.rollback().catch(() => {
        broken = true
      })
    try {
      let batch: DeletedBatch
      try {
        await connection.beginTransaction()
        const [result] = await connection.query({ sql: text, rowsAsArray: true }, parts.params)
        const rows = result as unknown as unknown[][]
        const last = rows[rows.length - 1]
        // DELETE ... LIMIT counts the rows it deleted: the rows picked are the rows deleted.
        batch = {
          count: rows.length,
          keys: JSON.stringify(rows.map((row) => row[0])),
          picked: rows.length,
          last: last ? [last[0]] : null,
        }
      } catch (error) {
        await rollback()
        if ((error as { errno?: unknown } | null)?.errno === 1969) return 'timeout'
        throw neutralised(error, this.endpoint)
      }
      if (batch.count > 0)
        await record(batch).catch(async (error: unknown) => {
          await rollback()
          throw error
        })
      await connection.commit().catch(async (error: unknown) => {
        await rollback()
        throw neutralised(error, this.endpoint)
      })
      return batch
    } finally {
      if (broken) connection.destroy()
      else connection.release()
    }
  }

  private mariadb: Promise<boolean> | null = null

  private isMariadb(): Promise<boolean> {
    this.mariadb ??= this.pool
      .query<mysql.RowDataPacket[]>('select version() as version')
      .then(([rows]) => /mariadb/i.test(String(rows[0]?.version)))
      .catch((error: unknown) => {
        this.mariadb = null
        throw neutralised(error, this.endpoint)
      })
    return this.mariadb
  }

  private readonly dialect: ScanDialect = {
    quote: quoteMysql,
    table: (collection) => qualified(quoteMysql, collection.name, collection.schema),
    param: (params, value) => {
      params.push(value)
      return '?'
    },
    distinct: (lhs, rhs) => `NOT (${lhs} <=> ${rhs})`,
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }
}
