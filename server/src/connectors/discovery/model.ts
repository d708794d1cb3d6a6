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
}

export interface IntrospectedTable {
  schema: string
  name: string
  columns: IntrospectedColumn[]
  primaryKey: string[]
  foreignKeys: IntrospectedForeignKey[]
}

export type SampleRow = Record<string, unknown>

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
  close(): Promise<void>
}

/** Columns worth sampling: values of these kinds can show personal data. */
export function sampledColumns(table: IntrospectedTable): IntrospectedColumn[] {
  const keys = new Set([...table.primaryKey, ...table.foreignKeys.flatMap((fk) => fk.columns)])
  return table.columns.filter(
    (c) => !keys.has(c.name) && ['text', 'integer', 'date', 'timestamp'].includes(c.type),
  )
}
