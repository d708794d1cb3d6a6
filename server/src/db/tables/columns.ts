import type { ColumnType } from 'kysely'

/** Column shapes shared by the table types. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>
export type Json<T> = ColumnType<T, string | T, string | T>
/** A nullable column with a default: optional on insert. */
export type OptionalColumn<T> = ColumnType<T, T | undefined, T>
