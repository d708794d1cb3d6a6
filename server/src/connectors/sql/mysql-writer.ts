import type mysql from 'mysql2/promise'
import type { DatasetCollection } from '../../domain/datasets/schema'
import type { DriverWriter, RowChange } from '../driver'
import { type ChangeGroup, groupChanges, lastChangePerRow } from './change-groups'
import { qualified, quoteMysql } from './identifiers'
import { type ColumnCache, primaryKeyOf } from './table-columns'
import { type ColumnInfo, chunk, rowsPerStatement } from './values'

const bind = (value: unknown) => (value === undefined ? null : value)

/** `id IN (?, ?)` or `(a, b) IN ((?, ?), (?, ?))`. */
function keyCondition(keyColumns: ColumnInfo[], keys: unknown[][], params: unknown[]): string {
  const tuple = (key: unknown[]) => {
    params.push(...keyColumns.map((_, i) => bind(key[i])))
    return keyColumns.length === 1 ? '?' : `(${keyColumns.map(() => '?').join(', ')})`
  }
  const lhs =
    keyColumns.length === 1
      ? quoteMysql(keyColumns[0]?.name ?? '')
      : `(${keyColumns.map((c) => quoteMysql(c.name)).join(', ')})`
  return `${lhs} IN (${keys.map(tuple).join(', ')})`
}

/** "differs" with <=> (NULL-safe); text compared byte for byte so a change of case is a change. */
function differs(column: string, value: string, kind: ColumnInfo['kind']): string {
  return kind === 'text'
    ? `NOT (CAST(${column} AS BINARY) <=> CAST(${value} AS BINARY))`
    : `NOT (${column} <=> ${value})`
}

/** Writes of one transaction on one MySQL/MariaDB connection, set-based and chunked. */
export class MysqlWriter implements DriverWriter {
  constructor(
    private readonly connection: mysql.PoolConnection,
    private readonly columns: ColumnCache,
  ) {}

  private table(collection: DatasetCollection): string {
    return qualified(quoteMysql, collection.name, this.columns.schemaOf(collection))
  }

  private async run(sql: string, params: unknown[]): Promise<number> {
    const [result] = await this.connection.execute<mysql.ResultSetHeader>(
      sql,
      params as mysql.ExecuteValues[],
    )
    return result.affectedRows
  }

  async deleteRows(collection: DatasetCollection, keys: unknown[][]): Promise<number> {
    if (keys.length === 0) return 0
    const keyColumns = await this.columns.columns(collection, primaryKeyOf(collection))
    let deleted = 0
    for (const part of chunk(keys, rowsPerStatement(keyColumns.length))) {
      const params: unknown[] = []
      const where = keyCondition(keyColumns, part, params)
      deleted += await this.run(`DELETE FROM ${this.table(collection)} WHERE ${where}`, params)
    }
    return deleted
  }

  async updateRows(collection: DatasetCollection, changes: RowChange[]): Promise<number> {
    if (changes.length === 0) return 0
    const keyColumns = await this.columns.columns(collection, primaryKeyOf(collection))
    let changed = 0
    for (const group of groupChanges(lastChangePerRow(changes))) {
      const setColumns = await this.columns.columns(collection, group.columns)
      changed += group.uniform
        ? await this.updateUniform(collection, keyColumns, setColumns, group)
        : await this.updatePerRow(collection, keyColumns, setColumns, group)
    }
    return changed
  }

  /** UPDATE t SET c = ? WHERE pk IN (...) AND (NOT (c <=> ?) OR ...). */
  private async updateUniform(
    collection: DatasetCollection,
    keyColumns: ColumnInfo[],
    setColumns: ColumnInfo[],
    group: ChangeGroup,
  ): Promise<number> {
    const values = group.rows[0]?.set ?? {}
    let changed = 0
    for (const part of chunk(group.rows, rowsPerStatement(keyColumns.length))) {
      const params: unknown[] = setColumns.map((c) => bind(values[c.name]))
      const sets = setColumns.map((c) => `${quoteMysql(c.name)} = ?`)
      const where = keyCondition(
        keyColumns,
        part.map((r) => r.key),
        params,
      )
      params.push(...setColumns.map((c) => bind(values[c.name])))
      const distinct = setColumns.map((c) => differs(quoteMysql(c.name), '?', c.kind))
      const sql = `UPDATE ${this.table(collection)} SET ${sets.join(', ')} WHERE ${where} AND (${distinct.join(' OR ')})`
      changed += await this.run(sql, params)
    }
    return changed
  }

  /** UPDATE t JOIN (SELECT ? k0, ? s0 UNION ALL SELECT ?, ?) v ON t.pk = v.k0 SET t.c = v.s0 WHERE NOT (t.c <=> v.s0). */
  private async updatePerRow(
    collection: DatasetCollection,
    keyColumns: ColumnInfo[],
    setColumns: ColumnInfo[],
    group: ChangeGroup,
  ): Promise<number> {
    const keyAliases = keyColumns.map((_, i) => `k${i}`)
    const setAliases = setColumns.map((_, i) => `s${i}`)
    const width = keyColumns.length + setColumns.length
    let changed = 0
    for (const part of chunk(group.rows, rowsPerStatement(width))) {
      const params: unknown[] = []
      const selects = part.map((row, r) => {
        params.push(
          ...keyColumns.map((_, i) => bind(row.key[i])),
          ...setColumns.map((c) => bind(row.set[c.name])),
        )
        const placeholders = [...keyAliases, ...setAliases].map((alias) => (r === 0 ? `? AS ${alias}` : '?'))
        return `SELECT ${placeholders.join(', ')}`
      })
      const on = keyColumns.map((c, i) => `target.${quoteMysql(c.name)} = v.${keyAliases[i]}`)
      const sets = setColumns.map((c, i) => `target.${quoteMysql(c.name)} = v.${setAliases[i]}`)
      const distinct = setColumns.map((c, i) =>
        differs(`target.${quoteMysql(c.name)}`, `v.${setAliases[i]}`, c.kind),
      )
      const sql =
        `UPDATE ${this.table(collection)} AS target JOIN (${selects.join(' UNION ALL ')}) AS v ON ${on.join(' AND ')} ` +
        `SET ${sets.join(', ')} WHERE ${distinct.join(' OR ')}`
      changed += await this.run(sql, params)
    }
    return changed
  }
}
