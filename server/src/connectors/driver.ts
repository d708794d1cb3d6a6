import type { DatasetCollection, DatasetDocument } from '../domain/datasets/schema'
import type { DeclaredReference } from '../domain/datasets/shared-rows'
import type { ConnectorProblem } from './network/target-error'
import type { ConnectorGuard } from './network/target-guard'

/** One row of a collection as the driver returns it: column name -> JS value (dates as Date, numbers as number). */
export type Row = Record<string, unknown>

/** A condition "field IN values" - the engine always asks for a whole level at once, never row by row. */
export interface Match {
  field: string
  values: unknown[]
}

/**
 * The outcome of "test connection", shown to the user as is (no secret in `message`). A connection that could
 * not be made carries a neutral problem (code and log reference) instead of the network's or server's reason.
 */
export type ConnectionCheck =
  | { ok: true; message: string }
  | { ok: false; message: string; problem?: ConnectorProblem }

/** Writes of one system, applied in one transaction (SQL) or one after another (HTTP). */
export interface DriverWriter {
  /** Deletes the rows with these primary-key tuples; returns the number of rows deleted. */
  deleteRows(collection: DatasetCollection, keys: unknown[][]): Promise<number>
  /**
   * Sets fields of rows identified by primary-key tuples, in as few statements as possible. Rows whose values
   * already equal the new ones are not touched, so applying the same changes twice changes nothing the second time;
   * returns the number of rows actually changed.
   */
  updateRows(collection: DatasetCollection, changes: RowChange[]): Promise<number>
}

export interface RowChange {
  key: unknown[]
  set: Record<string, unknown>
}

/**
 * A connection to one of the organisation's systems. Drivers know nothing of requests or registers: they read rows
 * matching a condition and apply changes; the engine decides what to read and what to change.
 */
export interface Driver {
  readonly kind: DatasetDocument['connector']
  check(): Promise<ConnectionCheck>
  /**
   * Rows of the collection where any of the matches holds (OR), with the listed fields (all the dataset's fields
   * when omitted). One statement per call for SQL; as many pages as needed for HTTP.
   */
  select(collection: DatasetCollection, matches: Match[], fields?: string[]): Promise<Row[]>
  /** Runs the writes in one transaction where the system has them; a thrown error rolls everything back. */
  write<T>(fn: (writer: DriverWriter) => Promise<T>): Promise<T>
  close(): Promise<void>
  /**
   * The foreign keys the system declares towards tables of its default schema, read from its catalogue once per
   * driver (SQL); absent for HTTP. Erasure checks them besides the dataset's references (shared-check.ts).
   */
  declaredReferences?(): Promise<DeclaredReference[]>
  /** Retention sweeps, where the system can answer them set-based (SQL); absent for HTTP. */
  readonly retention?: RetentionScanner
}

/**
 * Which rows of a collection a retention sweep looks at: those whose date field is before `before` (and on or after
 * `from`, for the calendar); every row when dateField is null (a rule counted from one fixed date).
 */
export interface DueScan {
  dateField: string | null
  before: string | null
  from?: string | null
  /**
   * Only rows not yet changed: at least one of these fields differs from the value a mask sets (null or a fixed
   * value), so a masked row drops out of the next sweep instead of being masked and counted again.
   */
  pending?: readonly { field: string; value: string | number | boolean | null }[]
  /** Refuse (NotADateColumn) a date field whose column is not a date or timestamp, instead of comparing text. */
  dateColumnOnly?: boolean
}

/** The date field of a scan is a column of another type (text, number): a window on it would mean nothing. */
export class NotADateColumn extends Error {
  constructor(readonly column: string) {
    super(`Column "${column}" is not a date or timestamp column`)
    this.name = 'NotADateColumn'
  }
}

/** Set-based reads of a retention sweep: one short statement each, never a lock held. */
export interface RetentionScanner {
  countDue(collection: DatasetCollection, scan: DueScan): Promise<number>
  /** Up to `limit` due rows after the key `after`, in primary-key order, with the key and the listed fields. */
  pageDue(
    collection: DatasetCollection,
    scan: DueScan,
    after: readonly unknown[] | null,
    limit: number,
    fields: readonly string[],
  ): Promise<Row[]>
  /** The table's columns that hold dates or timestamps, as its catalogue declares them (a window needs one). */
  dateColumns(collection: DatasetCollection): Promise<string[]>
  /**
   * Deletes, in one transaction, the due rows with a key after `range.after` and up to `range.last`: one statement
   * over a key range. It commits only if exactly the `expected` keys went (PostgreSQL and MariaDB: the keys it
   * returned; MySQL: the range's keys read FOR UPDATE before it), else rolls back and answers 'changed' (rows changed since the page was read: the
   * caller deletes by key; also when a declared foreign key still refers to a row of the range). 'timeout': the statement ran longer than `timeoutMs` (PostgreSQL's statement_timeout,
   * MariaDB's max_statement_time; not on MySQL) and was rolled back.
   */
  deleteDueRange(
    collection: DatasetCollection,
    scan: DueScan,
    range: { after: readonly unknown[] | null; last: readonly unknown[] },
    expected: readonly (readonly unknown[])[],
    timeoutMs: number,
  ): Promise<'deleted' | 'changed' | 'timeout'>
  /**
   * Deletes, in one transaction, the rows with one of `keys` that are still due by the scan's conditions (a row
   * whose date moved past the cutoff since it was read stays) and answers the keys it deleted.
   */
  deleteDueKeys(
    collection: DatasetCollection,
    scan: DueScan,
    keys: readonly (readonly unknown[])[],
  ): Promise<unknown[][]>
  /**
   * Deletes the next `limit` due rows after the key `after` in one statement, in a transaction it leaves open while
   * `record` writes down what went (decision 0114): commits only after `record` resolved, rolls back if it throws.
   * The deleted keys come back as one JSON text (`[k, ...]`, the one key column's values; text for PostgreSQL),
   * never as a row per key; `last` is the greatest key picked. 'timeout': the statement ran past `timeoutMs` and was
   * rolled back (nothing recorded). null: not possible for this table or system (a composite key or a key of
   * another kind than integer, text or uuid; MySQL, which has no RETURNING) - the caller reads pages instead.
   */
  deleteNextDue?(
    collection: DatasetCollection,
    scan: DueScan,
    after: readonly unknown[] | null,
    limit: number,
    timeoutMs: number,
    record: (batch: DeletedBatch) => Promise<void>,
  ): Promise<DeletedBatch | 'timeout' | null>
}

/** What one `deleteNextDue` statement deleted. */
export interface DeletedBatch {
  /** Rows deleted. */
  count: number
  /** The keys deleted, as a JSON array of the key column's values (`[]` when none), as the system returned them. */
  keys: string
  /**
   * Rows the statement picked (at most the limit): more than `count` when the DELETE's re-check skipped picked rows
   * changed meanwhile by another transaction. Fewer than the limit: no due row after these.
   */
  picked: number
  /** The greatest key picked (null when none): where the next batch starts. */
  last: unknown[] | null
}

/** Connection settings as stored (non-secret part) plus the decrypted secret, handed to a driver factory. */
export interface ConnectionSettings {
  kind: 'postgres' | 'mysql' | 'http'
  /** postgres/mysql: host, port, database, user, ssl; http: nothing (the dataset holds the API description). */
  options: Record<string, unknown>
  /** postgres/mysql: the password; http: API key, bearer token, "user:password" or "clientId:clientSecret". */
  secret?: string
  /** Which hosts the driver may reach, and where it connects to (never Custos's own database). */
  guard: ConnectorGuard
}
