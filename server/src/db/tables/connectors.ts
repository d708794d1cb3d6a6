import type { ColumnType, Generated } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from './columns'
import type { Language } from './organizations'

export type ConnectorKind = 'postgres' | 'mysql' | 'http' | 'manual'
export type ConnectorAction = 'access' | 'portability' | 'rectification' | 'erasure' | 'restriction'

export interface DatasetsTable {
  id: Generated<string>
  organization_id: string
  key: string
  system_key: string
  connector: ConnectorKind
  name: string
  source: string
  document: Json<Record<string, unknown>>
  version: Generated<number>
  connection_options: ColumnType<
    Record<string, unknown>,
    string | Record<string, unknown> | undefined,
    string | Record<string, unknown>
  >
  secret_encrypted: string | null
  last_check_at: Timestamp | null
  last_check_ok: boolean | null
  last_check_message: string | null
  last_check_problem: Json<{ code: string; reference: string }> | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface ConnectorRunsTable {
  id: Generated<string>
  organization_id: string
  request_id: string | null
  action: ConnectorAction
  dry_run: Generated<boolean>
  status: Generated<'queued' | 'running' | 'completed' | 'failed'>
  identities_encrypted: string
  input_encrypted: string | null
  summary: ColumnType<
    Record<string, unknown>,
    string | Record<string, unknown> | undefined,
    string | Record<string, unknown>
  >
  error: string | null
  lease_until: Timestamp | null
  created_by: string
  created_at: GeneratedTimestamp
  started_at: Timestamp | null
  finished_at: Timestamp | null
}

export interface ConnectorRunStepsTable {
  id: Generated<string>
  organization_id: string
  run_id: string
  dataset_key: string
  system_key: string
  status: Generated<'pending' | 'planned' | 'done' | 'failed' | 'manual'>
  data_encrypted: string | null
  plan_encrypted: string | null
  result: ColumnType<
    Record<string, unknown>,
    string | Record<string, unknown> | undefined,
    string | Record<string, unknown>
  >
  error: string | null
  attempts: Generated<number>
  started_at: Timestamp | null
  finished_at: Timestamp | null
}

/** One row an erasure kept under a retention rule (migration 0006): erased by the retention sweep when due. */
export interface RetentionHoldsTable {
  id: string
  organization_id: string
  run_id: string | null
  request_id: string | null
  dataset_key: string
  system_key: string
  collection: string
  /** The retention rule that keeps the row; null: a legal hold alone keeps it (legal_hold_id, migration 0070). */
  rule: string | null
  date_field: string | null
  /** yyyy-MM-dd: the last day the row must be kept; null: held, end unknown (migration 0017, open_end says why). */
  kept_until: string | null
  /** statutory_period or until_event when kept_until is null (the rule has no duration). */
  open_end: ColumnType<string | null, string | null | undefined, string | null>
  /** The row's primary key (row-codec JSON array), encrypted with the context retentionHoldContext(id). */
  key_encrypted: string
  /** The legal hold that kept the row when the erasure ran (migration 0070): it waits while that hold lasts. */
  legal_hold_id: ColumnType<string | null, string | null | undefined, string | null>
  created_at: Generated<Date>
  released_at: Timestamp | null
}

export interface AnswerPackagesTable {
  id: Generated<string>
  organization_id: string
  request_id: string | null
  run_id: string | null
  language: Language
  file_name: string
  size_bytes: number
  sha256: string
  content_encrypted: string | null
  token_hash: string
  expires_at: Timestamp
  downloaded_at: Timestamp | null
  deleted_at: Timestamp | null
  created_at: GeneratedTimestamp
}

export interface DiscoveryProgress {
  done: number
  total: number
  table?: string
}

/** A background discovery: its progress, then its encrypted proposal or its error (never the secret). */
export interface DatasetDiscoveriesTable {
  id: Generated<string>
  organization_id: string
  created_by: string
  status: Generated<'running' | 'done' | 'failed'>
  progress: ColumnType<DiscoveryProgress, string | DiscoveryProgress | undefined, string | DiscoveryProgress>
  result_encrypted: string | null
  error: string | null
  created_at: GeneratedTimestamp
  finished_at: Timestamp | null
  /** Migration 0016: the connection typed for it (secret included), encrypted, until it ends. */
  input_encrypted: string | null
  /** How many times a worker claimed it. */
  attempts: Generated<number>
  /** Until when the worker that holds it may be trusted to be alive (renewed while it reads). */
  lease_until: Timestamp | null
}

/** The installation marker (migration 0007): connectors refuse a database holding this table. */
export interface CustosInstallationTable {
  id: Generated<string>
  created_at: GeneratedTimestamp
  one_row: Generated<boolean>
}
