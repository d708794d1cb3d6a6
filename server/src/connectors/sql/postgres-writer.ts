import type pg from 'pg'
import type { DatasetCollection } from '../../domain/datasets/schema'
import type { DriverWriter, RowChange } from '../driver'
import { type ChangeGroup, groupChanges, lastChangePerRow } from './change-groups'
import { qualified, quotePg } from './identifiers'
import { type ColumnCache, pickColumns, primaryKeyOf } from './table-columns'
import { type ColumnInfo, chunk, rowsPerStatement } from './values'

/** Numbered parameters ($1, $2...) cast to the column type, so string input meets integer columns safely. */
class Params {
  readonly values: unknown[] = []
  add(value: unknown, column: ColumnInfo): string {
    this.values.push(value === undefined ? null : value)
    return `$${this.values.length}::${column.castType}`
  }
  addArray(values: unknown[], column: ColumnInfo): string {
    this.values.push(values)
    return `$${this.values.length}::${column.castType}[]`
  }
}

/** `"id" = ANY($1::integer[])` or `("a", "b") IN (($1::t, $2::t), ...)`. */
function keyCondition(keyColumns: ColumnInfo[], keys: unknown[][], params: Params, alias = ''): string {
  const ref = (c: ColumnInfo) => `${alias}${quotePg(c.name)}`
  const [only] = keyColumns
  if (keyColumns.length === 1 && only)
    return `${ref(only)} = ANY(${params.addArray(
      keys.map((k) => k[0]),
      only,
    )})`
  const tuples = keys.map((key) => `(${keyColumns.map((c, i) => params.add(key[i], c)).join(', ')})`)
  return `(${keyColumns.map(ref).join(', ')}) IN (${tuples.join(', ')})`
}

/** Writes of one transaction on one PostgreSQL connection, set-based and chunked. */
export class PostgresWriter implements DriverWriter {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly columns: ColumnCache,
  ) {}

  private table(collection: DatasetCollection): string {
    return qualified(quotePg, collection.name, this.columns.schemaOf(collection))
  }

  async deleteRows(collection: DatasetCollection, keys: unknown[][]): Promise<number> {
    if (keys.length === 0) return 0
    const keyColumns = await this.columns.columns(collection, primaryKeyOf(collection))
    let deleted = 0
    for (const part of chunk(keys, rowsPerStatement(keyColumns.length))) {
      const params = new Params()
      const sql = `DELETE FROM ${this.table(collection)} WHERE ${keyCondition(keyColumns, part, params)}`
      deleted += (await this.client.query(sql, params.values)).rowCount ?? 0
    }
    return deleted
  }

  async updateRows(collection: DatasetCollection, changes: RowChange[]): Promise<number> {
    if (changes.length === 0) return 0
    const columns = await this.columns.table(collection)
    const keyColumns = pickColumns(collection, columns, primaryKeyOf(collection))
    let changed = 0
    for (const group of groupChanges(lastChangePerRow(changes))) {
      const setColumns = pickColumns(collection, columns, group.columns)
      changed += group.uniform
        ? await this.updateUniform(collection, keyColumns, setColumns, group)
        : await this.updatePerRow(collection, keyColumns, setColumns, group)
    }
    return changed
  }

  /** One value per column for every row: UPDATE ... SET c = $v WHERE pk IN (...) AND c IS DISTINCT FROM $v. */
  private async updateUniform(
    collection: DatasetCollection,
    keyColumns: ColumnInfo[],
    setColumns: ColumnInfo[],
    group: ChangeGroup,
  ): Promise<number> {
    const values = group.rows[0]?.set ?? {}
    let changed = 0
    for (const part of chunk(group.rows, rowsPerStatement(keyColumns.length))) {
      const params = new Params()
      const placeholders = setColumns.map((c) => params.add(values[c.name], c))
      const sets = setColumns.map((c, i) => `${quotePg(c.name)} = ${placeholders[i]}`)
      const distinct = setColumns.map((c, i) => `${quotePg(c.name)} IS DISTINCT FROM ${placeholders[i]}`)
      const where = keyCondition(
        keyColumns,
        part.map((r) => r.key),
        params,
      )
      const sql = `UPDATE ${this.table(collection)} SET ${sets.join(', ')} WHERE ${where} AND (${distinct.join(' OR ')})`
      changed += (await this.client.query(sql, params.values)).rowCount ?? 0
    }
    return changed
  }

  /** Values per row: UPDATE t SET c = v.s0 FROM (VALUES ...) v WHERE t.pk = v.k0 AND t.c IS DISTINCT FROM v.s0. */
  private async updatePerRow(
    collection: DatasetCollection,
    keyColumns: ColumnInfo[],
    setColumns: ColumnInfo[],
    group: ChangeGroup,
  ): Promise<number> {
    const keyAliases = keyColumns.map((_, i) => `k${i}`)
    const setAliases = setColumns.map((_, i) => `s${i}`)
    let changed = 0
    for (const part of chunk(group.rows, rowsPerStatement(keyColumns.length + setColumns.length))) {
      const params = new Params()
      const tuples = part.map((row) => {
        const keys = keyColumns.map((c, i) => params.add(row.key[i], c))
        const sets = setColumns.map((c) => params.add(row.set[c.name], c))
        return `(${[...keys, ...sets].join(', ')})`
      })
      const sets = setColumns.map((c, i) => `${quotePg(c.name)} = v.${setAliases[i]}`)
      const join = keyColumns.map((c, i) => `target.${quotePg(c.name)} = v.${keyAliases[i]}`)
      const distinct = setColumns.map(
        (c, i) => `target.${quotePg(c.name)} IS DISTINCT FROM v.${setAliases[i]}`,
      )
      const sql =
        `UPDATE ${this.table(collection)} AS target SET ${sets.join(', ')} ` +
        `FROM (VALUES ${tuples.join(', ')}) AS v(${[...keyAliases, ...setAliases].join(', ')}) ` +
        `WHERE ${join.join(' AND ')} AND (${distinct.join(' OR ')})`
      changed += (await this.client.query(sql, params.values)).rowCount ?? 0
    }
    return changed
  }
}
