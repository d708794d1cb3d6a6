import type pg from 'pg'
import type { DatasetCollection } from '../../domain/datasets/schema'
import type { DriverWriter, RowChange } from '../driver'
import { type ChangeGroup, groupChanges, lastChangePerRow } from './change-groups'
import { qualified, quotePg } from './identifiers'
import { type ColumnCache, pickColumns, primaryKeyOf } from './table-columns'
import { type ColumnInfo, chunk, rowsPerStatement } from './values'

/** One statement of a write and its bound values. */
export interface SqlStatement {
  readonly text: string
  readonly values: unknown[]
}

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

/** DELETE ... WHERE pk = ANY(...) (or the tuples of a composite key), chunked. */
export function buildDeletes(table: string, keyColumns: ColumnInfo[], keys: unknown[][]): SqlStatement[] {
  return chunk(keys, rowsPerStatement(keyColumns.length)).map((part) => {
    const params = new Params()
    return {
      text: `DELETE FROM ${table} WHERE ${keyCondition(keyColumns, part, params)}`,
      values: params.values,
    }
  })
}

/** One value per column for every row: UPDATE ... SET c = $v WHERE pk IN (...) AND c IS DISTINCT FROM $v. */
export function buildUniformUpdates(
  table: string,
  keyColumns: ColumnInfo[],
  setColumns: ColumnInfo[],
  group: ChangeGroup,
): SqlStatement[] {
  const values = group.rows[0]?.set ?? {}
  return chunk(group.rows, rowsPerStatement(keyColumns.length)).map((part) => {
    const params = new Params()
    const placeholders = setColumns.map((c) => params.add(values[c.name], c))
    const sets = setColumns.map((c, i) => `${quotePg(c.name)} = ${placeholders[i]}`)
    const distinct = setColumns.map((c, i) => `${quotePg(c.name)} IS DISTINCT FROM ${placeholders[i]}`)
    const where = keyCondition(
      keyColumns,
      part.map((r) => r.key),
      params,
    )
    return {
      text: `UPDATE ${table} SET ${sets.join(', ')} WHERE ${where} AND (${distinct.join(' OR ')})`,
      values: params.values,
    }
  })
}

/** Values per row: UPDATE t SET c = v.s0 FROM (VALUES ...) v WHERE t.pk = v.k0 AND t.c IS DISTINCT FROM v.s0. */
export function buildPerRowUpdates(
  table: string,
  keyColumns: ColumnInfo[],
  setColumns: ColumnInfo[],
  group: ChangeGroup,
): SqlStatement[] {
  const keyAliases = keyColumns.map((_, i) => `k${i}`)
  const setAliases = setColumns.map((_, i) => `s${i}`)
  return chunk(group.rows, rowsPerStatement(keyColumns.length + setColumns.length)).map((part) => {
    const params = new Params()
    const tuples = part.map((row) => {
      const keys = keyColumns.map((c, i) => params.add(row.key[i], c))
      const sets = setColumns.map((c) => params.add(row.set[c.name], c))
      return `(${[...keys, ...sets].join(', ')})`
    })
    const sets = setColumns.map((c, i) => `${quotePg(c.name)} = v.${setAliases[i]}`)
    const join = keyColumns.map((c, i) => `target.${quotePg(c.name)} = v.${keyAliases[i]}`)
    const distinct = setColumns.map((c, i) => `target.${quotePg(c.name)} IS DISTINCT FROM v.${setAliases[i]}`)
    return {
      text:
        `UPDATE ${table} AS target SET ${sets.join(', ')} ` +
        `FROM (VALUES ${tuples.join(', ')}) AS v(${[...keyAliases, ...setAliases].join(', ')}) ` +
        `WHERE ${join.join(' AND ')} AND (${distinct.join(' OR ')})`,
      values: params.values,
    }
  })
}

/**
 * The statements of a driver's writes. A uniform update or a delete on a one-column key has a text that depends
 * only on the table and its columns (the keys are one array parameter), so the driver keeps that text - at most
 * `max` of them - and builds only the values per call; other shapes are built per call.
 */
export class PgWriteStatements {
  private readonly texts = new Map<string, string>()

  constructor(
    private readonly columns: ColumnCache,
    private readonly max = 500,
  ) {}

  private table(collection: DatasetCollection): string {
    return qualified(quotePg, collection.name, this.columns.schemaOf(collection))
  }

  /** Keeps the text of a single statement under `key` (while there is room). */
  private remember(key: string, built: SqlStatement[]): SqlStatement[] {
    const [only] = built
    if (built.length === 1 && only && this.texts.size < this.max) this.texts.set(key, only.text)
    return built
  }

  async deletes(collection: DatasetCollection, keys: unknown[][]): Promise<SqlStatement[]> {
    if (keys.length === 0) return []
    const keyColumns = await this.columns.columns(collection, primaryKeyOf(collection))
    const table = this.table(collection)
    const [only] = keyColumns
    if (keyColumns.length === 1 && only && keys.length <= rowsPerStatement(1)) {
      const key = `d\u0000${table}\u0000${only.name}`
      const text = this.texts.get(key)
      const values = [keys.map((k) => k[0])]
      if (text !== undefined) return [{ text, values }]
      return this.remember(key, buildDeletes(table, keyColumns, keys))
    }
    return buildDeletes(table, keyColumns, keys)
  }

  async updates(collection: DatasetCollection, changes: RowChange[]): Promise<SqlStatement[]> {
    if (changes.length === 0) return []
    const columns = await this.columns.table(collection)
    const keyColumns = pickColumns(collection, columns, primaryKeyOf(collection))
    const table = this.table(collection)
    const statements: SqlStatement[] = []
    for (const group of groupChanges(lastChangePerRow(changes))) {
      const setColumns = pickColumns(collection, columns, group.columns)
      statements.push(
        ...(group.uniform
          ? this.uniform(table, keyColumns, setColumns, group)
          : buildPerRowUpdates(table, keyColumns, setColumns, group)),
      )
    }
    return statements
  }

  private uniform(
    table: string,
    keyColumns: ColumnInfo[],
    setColumns: ColumnInfo[],
    group: ChangeGroup,
  ): SqlStatement[] {
    const [only] = keyColumns
    if (keyColumns.length !== 1 || !only || group.rows.length > rowsPerStatement(1))
      return buildUniformUpdates(table, keyColumns, setColumns, group)
    const key = `u\u0000${table}\u0000${only.name}\u0000${setColumns.map((c) => c.name).join('\u0000')}`
    const text = this.texts.get(key)
    if (text === undefined)
      return this.remember(key, buildUniformUpdates(table, keyColumns, setColumns, group))
    // The values in the order buildUniformUpdates binds them: the set values, then the key array.
    const set = group.rows[0]?.set ?? {}
    const values: unknown[] = setColumns.map((c) => (set[c.name] === undefined ? null : set[c.name]))
    values.push(group.rows.map((r) => r.key[0]))
    return [{ text, values }]
  }
}

/** Writes of one transaction on one PostgreSQL connection, set-based and chunked. */
export class PostgresWriter implements DriverWriter {
  constructor(
    private readonly client: pg.PoolClient,
    private readonly statements: PgWriteStatements,
  ) {}

  private async run(statements: readonly SqlStatement[]): Promise<number> {
    let changed = 0
    for (const s of statements) changed += (await this.client.query(s.text, s.values)).rowCount ?? 0
    return changed
  }

  async deleteRows(collection: DatasetCollection, keys: unknown[][]): Promise<number> {
    return this.run(await this.statements.deletes(collection, keys))
  }

  async updateRows(collection: DatasetCollection, changes: RowChange[]): Promise<number> {
    return this.run(await this.statements.updates(collection, changes))
  }
}
