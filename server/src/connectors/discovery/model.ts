import type { ColumnType } from '../../domain/datasets/classify'

/** A database schema as discovery reads it: tables, columns, keys. Dialect-neutral. */
export interface IntrospectedColumn {
  name: string
  type: ColumnType
  nullable: boolean
  /** Character columns: the declared maximum length. */
  maxLength: number | null
}

export interface IntrospectedForeignKey {
  columns: string[]
  refSchema: string
  refTable: string
  refColumns: string[]
  /** Declared on partitions or child tables only (merged onto the parent), or inferred from a column name. */
  origin?: 'partition' | 'inferred'
}

export interface IntrospectedTable {
  schema: string
  name: string
  columns: IntrospectedColumn[]
  primaryKey: string[]
  foreignKeys: IntrospectedForeignKey[]
  /** Partitions or inheritance children read through this table (never described separately). */
  partitions?: number
}

export type SampleRow = Record<string, unknown>

/** What following a reference from one sample person reaches (see Introspector.reach). */
export interface Reach {
  rows: number
  others: number
}

/** Reads one schema (PostgreSQL) or database (MySQL) of an organisation's server, never whole tables. */
export interface Introspector {
  readonly connector: 'postgres' | 'mysql'
  /** The database name, and the schema read (PostgreSQL) or the database again (MySQL). */
  readonly database: string
  readonly schema: string
  /** Connects and says what it reached ("PostgreSQL 16.4, database chinook"); throws a safe message when it cannot. */
  connect(): Promise<string>
  tables(): Promise<IntrospectedTable[]>
  /** Up to `limit` rows of the listed columns with at least one of them not null; text cut to 200 characters. */
  sample(table: IntrospectedTable, columns: IntrospectedColumn[], limit: number): Promise<SampleRow[]>
  /**
   * A dry run of one reference for one sample person: takes the `via` value of one row where `via` and `other` are
   * set, and counts the rows with that value and the distinct `other` values among them. Null for an empty table.
   */
  reach(table: IntrospectedTable, via: string, other: string): Promise<Reach | null>
  close(): Promise<void>
}

/** Columns worth sampling: values of these kinds can show personal data. */
export function sampledColumns(table: IntrospectedTable): IntrospectedColumn[] {
  const keys = new Set([...table.primaryKey, ...table.foreignKeys.flatMap((fk) => fk.columns)])
  return table.columns.filter(
    (c) => !keys.has(c.name) && ['text', 'integer', 'date', 'timestamp'].includes(c.type),
  )
}
