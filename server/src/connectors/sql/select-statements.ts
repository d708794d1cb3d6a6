import type { DatasetCollection } from '../../domain/datasets/schema'
import type { Match } from '../driver'
import { pickColumns, type TableColumns } from './table-columns'
import { type ColumnInfo, comparableValues } from './values'

/**
 * The text of a select depends only on the table, the columns it returns and which of its match fields have values
 * to compare; the values are bound. A driver builds each text once and keeps it for its life (its column lookups
 * live as long), instead of quoting and joining the same columns for every statement of every request.
 */
export interface SelectShape {
  /** `SELECT "a", "b" FROM "t"` (null when no column is selected: nothing to read). */
  readonly head: string | null
  /** Texts by the match columns that have values, in the order of the matches. */
  readonly statements: Map<string, CachedStatement>
}

export interface CachedStatement {
  readonly text: string
  /** A name for a prepared statement (PostgreSQL), unique within the driver; absent when the cache is full. */
  readonly name?: string
}

/** The bound values of a select and the columns they are compared with, in the order of the matches. */
export interface BoundMatches {
  readonly columns: ColumnInfo[]
  readonly values: unknown[][]
}

/** Which matches can find something: each field checked against the table, values that cannot equal dropped. */
export function boundMatches(
  collection: DatasetCollection,
  columns: TableColumns,
  matches: Match[],
): BoundMatches {
  const bound: BoundMatches = { columns: [], values: [] }
  for (const match of matches) {
    const [column] = pickColumns(collection, columns, [match.field])
    if (!column) continue
    const values = comparableValues(column.kind, match.values)
    if (values.length === 0) continue
    bound.columns.push(column)
    bound.values.push(values)
  }
  return bound
}

/** Keeps the shapes of one driver, at most `max` statements (beyond that texts are built and not kept). */
export class SelectStatements {
  private readonly shapes = new Map<string, SelectShape>()
  private size = 0

  constructor(
    private readonly buildHead: (collection: DatasetCollection, selected: ColumnInfo[]) => string,
    private readonly buildWhere: (columns: readonly ColumnInfo[]) => string,
    private readonly namePrefix: string,
    private readonly max = 500,
  ) {}

  /** The head of a select of these fields; throws, like pickColumns, for a field the table does not have. */
  shape(
    collection: DatasetCollection,
    schema: string | undefined,
    columns: TableColumns,
    names: readonly string[],
  ) {
    const key = `${schema ?? ''}\u0000${collection.name}\u0000${names.join('\u0000')}`
    let shape = this.shapes.get(key)
    if (!shape) {
      const selected = pickColumns(collection, columns, names)
      shape = {
        head: selected.length > 0 ? this.buildHead(collection, selected) : null,
        statements: new Map(),
      }
      if (this.shapes.size < this.max) this.shapes.set(key, shape)
    }
    return shape
  }

  /** The whole statement for the match columns that have values. */
  statement(shape: SelectShape, head: string, columns: readonly ColumnInfo[]): CachedStatement {
    const key = columns.map((c) => c.name).join('\u0000')
    const known = shape.statements.get(key)
    if (known) return known
    const text = `${head} WHERE ${this.buildWhere(columns)}`
    if (this.size >= this.max) return { text }
    this.size++
    const statement = { text, name: `${this.namePrefix}${this.size}` }
    shape.statements.set(key, statement)
    return statement
  }
}
