import type { DatasetCollection } from '../../domain/datasets/schema'
import type { ColumnInfo } from './values'

export type TableColumns = Map<string, ColumnInfo>
/** A table or column the dataset names that the connected system's catalogue does not have (anymore). */
export class NotInCatalogue extends Error {
  override name = 'NotInCatalogue'
}

type Loader = (table: string, schema: string | undefined) => Promise<TableColumns | null>

/** Column types looked up once per table and kept for the life of the driver. */
export class ColumnCache {
  private readonly tables = new Map<string, Promise<TableColumns>>()

  constructor(
    private readonly load: Loader,
    private readonly defaultSchema: string | undefined,
  ) {}

  schemaOf(collection: DatasetCollection): string | undefined {
    return collection.schema ?? this.defaultSchema
  }

  table(collection: DatasetCollection): Promise<TableColumns> {
    const schema = this.schemaOf(collection)
    // Schema names are never empty, and NUL cannot occur in an identifier.
    const id = `${schema ?? ''}\u0000${collection.name}`
    let entry = this.tables.get(id)
    if (!entry) {
      const label = schema ? `${schema}.${collection.name}` : collection.name
      entry = this.load(collection.name, schema).then((columns) => {
        if (!columns) throw new NotInCatalogue(`Table ${label} not found`)
        return columns
      })
      entry.catch(() => this.tables.delete(id))
      this.tables.set(id, entry)
    }
    return entry
  }

  /** The listed columns, each known to exist in the table. */
  async columns(collection: DatasetCollection, names: readonly string[]): Promise<ColumnInfo[]> {
    return pickColumns(collection, await this.table(collection), names)
  }
}

/** The listed columns of a table already looked up; throws for a column the table does not have. */
export function pickColumns(
  collection: DatasetCollection,
  columns: TableColumns,
  names: readonly string[],
): ColumnInfo[] {
  return names.map((name) => {
    const column = columns.get(name)
    if (!column) throw new NotInCatalogue(`Table ${collection.name} has no column "${name}"`)
    return column
  })
}

/** The names of the columns that hold dates or timestamps, in the table's order. */
export function dateColumnsOf(columns: TableColumns): string[] {
  return [...columns.values()].filter((c) => c.kind === 'date' || c.kind === 'timestamp').map((c) => c.name)
}

export function primaryKeyOf(collection: DatasetCollection): string[] {
  if (!collection.primaryKey?.length)
    throw new Error(`${collection.name} has no primaryKey in the dataset: rows cannot be changed`)
  return collection.primaryKey
}
