import type { DatasetCollection } from '../../domain/datasets/schema'
import type { Row } from '../../domain/datasets/write-plan'
import { type DueScan, NotADateColumn } from '../driver'
import type { ColumnCache } from './table-columns'
import { primaryKeyOf } from './table-columns'
import { type ColumnInfo, valueKey } from './values'

/**
 * The statements of a retention sweep's scan, for both SQL dialects: the rows whose date field is before a day
 * (and from another, for the calendar), counted, or read a page at a time in primary-key order after the last key
 * of the previous page (keyset pagination: each statement reads at most `limit` rows from the index, holds no lock
 * and costs the same on the first page and the last).
 */
export interface ScanDialect {
  quote(name: string): string
  table(collection: DatasetCollection): string
  /** A placeholder for the next parameter, cast to the column's type where the dialect needs it. */
  param(params: unknown[], value: unknown, column: ColumnInfo | null): string
  /** `lhs` differs from `rhs`, NULL included (IS DISTINCT FROM, or NOT <=>). */
  distinct(lhs: string, rhs: string): string
}

async function conditions(
  dialect: ScanDialect,
  columns: ColumnCache,
  collection: DatasetCollection,
  scan: DueScan,
  params: unknown[],
): Promise<string[]> {
  const where: string[] = []
  const [dateColumn] = scan.dateField ? await columns.columns(collection, [scan.dateField]) : []
  if (dateColumn) {
    if (scan.dateColumnOnly && dateColumn.kind !== 'date' && dateColumn.kind !== 'timestamp')
      throw new NotADateColumn(dateColumn.name)
    const field = dialect.quote(dateColumn.name)
    if (scan.before) where.push(`${field} < ${dialect.param(params, scan.before, null)}`)
    if (scan.from) where.push(`${field} >= ${dialect.param(params, scan.from, null)}`)
  }
  if (scan.pending?.length) {
    const pending = await columns.columns(
      collection,
      scan.pending.map((p) => p.field),
    )
    const parts = scan.pending.map((p, i) => {
      const column = pending[i] as ColumnInfo
      const lhs = dialect.quote(column.name)
      return p.value === null
        ? `${lhs} IS NOT NULL`
        : dialect.distinct(lhs, dialect.param(params, p.value, column))
    })
    where.push(`(${parts.join(' OR ')})`)
  }
  return where
}

export async function countStatement(
  dialect: ScanDialect,
  columns: ColumnCache,
  collection: DatasetCollection,
  scan: DueScan,
): Promise<{ sql: string; params: unknown[] }> {
  const params: unknown[] = []
  const where = await conditions(dialect, columns, collection, scan, params)
  return {
    sql: `SELECT COUNT(*) AS n FROM ${dialect.table(collection)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`,
    params,
  }
}

export async function pageStatement(
  dialect: ScanDialect,
  columns: ColumnCache,
  collection: DatasetCollection,
  scan: DueScan,
  after: readonly unknown[] | null,
  limit: number,
  fields: readonly string[],
): Promise<{ sql: string; params: unknown[] }> {
  const keyColumns = await columns.columns(collection, primaryKeyOf(collection))
  const selected = await columns.columns(collection, [...new Set([...primaryKeyOf(collection), ...fields])])
  const params: unknown[] = []
  const where = await conditions(dialect, columns, collection, scan, params)
  if (after) {
    const lhs = keyColumns.map((c) => dialect.quote(c.name)).join(', ')
    const rhs = keyColumns.map((c, i) => dialect.param(params, after[i], c)).join(', ')
    where.push(keyColumns.length === 1 ? `${lhs} > ${rhs}` : `(${lhs}) > (${rhs})`)
  }
  const order = keyColumns.map((c) => dialect.quote(c.name)).join(', ')
  return {
    sql:
      `SELECT ${selected.map((c) => dialect.quote(c.name)).join(', ')} FROM ${dialect.table(collection)}` +
      `${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ${Math.trunc(limit)}`,
    params,
  }
}

/**
 * A sweep's range delete: the due rows whose key is after `after` and up to `last` (both a primary key; `after` null
 * = from the first), with the scan's own conditions - one indexed key range instead of a list of keys.
 */
export async function rangeDeleteStatement(
  dialect: ScanDialect,
  columns: ColumnCache,
  collection: DatasetCollection,
  scan: DueScan,
  after: readonly unknown[] | null,
  last: readonly unknown[],
): Promise<{ sql: string; select: string; params: unknown[]; keyColumns: ColumnInfo[] }> {
  const keyColumns = await columns.columns(collection, primaryKeyOf(collection))
  const params: unknown[] = []
  const where = await conditions(dialect, columns, collection, scan, params)
  const lhs = keyColumns.map((c) => dialect.quote(c.name)).join(', ')
  const tuple = (key: readonly unknown[]) =>
    keyColumns.map((c, i) => dialect.param(params, key[i], c)).join(', ')
  const single = keyColumns.length === 1
  const compare = (op: string, key: readonly unknown[]) =>
    single ? `${lhs} ${op} ${tuple(key)}` : `(${lhs}) ${op} (${tuple(key)})`
  if (after) where.push(compare('>', after))
  where.push(compare('<=', last))
  return {
    sql: `DELETE FROM ${dialect.table(collection)} WHERE ${where.join(' AND ')}`,
    select: `SELECT ${lhs} FROM ${dialect.table(collection)} WHERE ${where.join(' AND ')} FOR UPDATE`,
    params,
    keyColumns,
  }
}

/** Key kinds whose text form names the same value again when read back (a cursor, a recorded key). */
const TEXT_SAFE_KEYS: readonly ColumnInfo['kind'][] = ['integer', 'text', 'uuid']

/**
 * The parts of a "delete the next due rows" statement (decision 0114): the table, its one key column, and the scan's
 * conditions with "key after `after`" - null when the key is composite or of a kind whose text form does not read
 * back as the same value (the sweep then reads pages).
 */
export async function nextDueParts(
  dialect: ScanDialect,
  columns: ColumnCache,
  collection: DatasetCollection,
  scan: DueScan,
  after: readonly unknown[] | null,
): Promise<{ table: string; key: ColumnInfo; where: string[]; params: unknown[] } | null> {
  const keyColumns = await columns.columns(collection, primaryKeyOf(collection))
  const key = keyColumns[0]
  if (keyColumns.length !== 1 || !key || !TEXT_SAFE_KEYS.includes(key.kind)) return null
  const params: unknown[] = []
  const where = await conditions(dialect, columns, collection, scan, params)
  if (after) where.push(`${dialect.quote(key.name)} > ${dialect.param(params, after[0], key)}`)
  return { table: dialect.table(collection), key, where, params }
}

/** Keys per statement of a delete by key with the due conditions (bounds the parameters of one statement). */
export const KEYS_PER_STATEMENT = 1000

/**
 * The rows with one of `keys` that are still due by the scan's own conditions: `select` (their keys, locked FOR
 * UPDATE - MySQL reads them before deleting, having no RETURNING) and `delete`, over the same condition.
 */
export async function dueKeysStatement(
  dialect: ScanDialect,
  columns: ColumnCache,
  collection: DatasetCollection,
  scan: DueScan,
  keys: readonly (readonly unknown[])[],
): Promise<{ select: string; delete: string; params: unknown[]; keyColumns: ColumnInfo[] }> {
  const keyColumns = await columns.columns(collection, primaryKeyOf(collection))
  const params: unknown[] = []
  const where = await conditions(dialect, columns, collection, scan, params)
  const lhs = keyColumns.map((c) => dialect.quote(c.name)).join(', ')
  const single = keyColumns.length === 1
  const tuples = keys.map((key) => {
    const values = keyColumns.map((c, i) => dialect.param(params, key[i], c)).join(', ')
    return single ? values : `(${values})`
  })
  where.push(single ? `${lhs} IN (${tuples.join(', ')})` : `(${lhs}) IN (${tuples.join(', ')})`)
  const condition = where.join(' AND ')
  return {
    select: `SELECT ${lhs} FROM ${dialect.table(collection)} WHERE ${condition} FOR UPDATE`,
    delete: `DELETE FROM ${dialect.table(collection)} WHERE ${condition}`,
    params,
    keyColumns,
  }
}

/** The rows a range delete returned are exactly the expected keys (each compared by value, in any order). */
export function sameKeys(
  rows: readonly Row[],
  names: readonly string[],
  expected: readonly (readonly unknown[])[],
): boolean {
  if (rows.length !== expected.length) return false
  const text = (values: readonly unknown[]) => values.map(valueKey).join('\u0000')
  const want = new Set(expected.map(text))
  return rows.every((row) => want.has(text(names.map((n) => row[n]))))
}
