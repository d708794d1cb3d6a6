import type { ColumnType, Generated } from 'kysely'
import type { GeneratedTimestamp, Json, OptionalColumn, Timestamp } from './columns'

/** The machine form of a register retention rule (0018, decision 0031). */
export interface RetentionPoliciesTable {
  id: string
  organization_id: string
  rule_key: string
  start_kind: Generated<'date_field' | 'subject_event' | 'fixed_date'>
  subject_event: string | null
  /** yyyy-MM-dd */
  fixed_date: string | null
  end_action: Generated<'delete' | 'mask' | 'anonymise'>
  renewed_until: string | null
  /** The consent purpose whose valid consent renews the period (0049), else null. */
  consent_purpose: OptionalColumn<string | null>
  run_ceiling: number | null
  approved_by: string | null
  approved_by_label: string | null
  approved_at: Timestamp | null
  approved_rows: string | number | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** A legal hold: wins over retention sweeps and erasure until it ends or is lifted. */
export interface LegalHoldsTable {
  id: string
  organization_id: string
  scope: 'subject' | 'request' | 'collection' | 'system'
  subject_id: string | null
  request_id: string | null
  system_key: string | null
  dataset_key: string | null
  collection: string | null
  reason: string
  placed_by: string | null
  placed_by_label: string
  placed_at: GeneratedTimestamp
  ends_on: string | null
  lifted_at: Timestamp | null
  lifted_by_label: string | null
}

export type RetentionRunStatus = 'running' | 'paused' | 'completed' | 'failed' | 'held' | 'waiting'

/** How a run reached the system (migration 0077): SQL batches, one date-filtered HTTP call, or a task for a person. */
export type RetentionRunVia = 'sql' | 'http_endpoint' | 'task'

export interface RetentionRunsTable {
  id: string
  organization_id: string
  kind: Generated<'rule' | 'ended_holds'>
  rule_key: string
  dataset_key: string
  system_key: string
  collection: string
  action: string
  cutoff: string | null
  /** The lifecycle event of the subject index the period counted from (migration 0035); null: a date field. */
  subject_event: OptionalColumn<string | null>
  today: string
  status: RetentionRunStatus
  reason: string | null
  planned_rows: Generated<string | number>
  ceiling: string | number | null
  cursor_encrypted: string | null
  rows_deleted: Generated<string | number>
  rows_masked: Generated<string | number>
  rows_shared: Generated<string | number>
  /** Rows left untouched because records outside the run's people refer to them (migration 0040). */
  rows_withheld: Generated<string | number>
  /** Renewal by consent (migration 0053): the rule's consent purpose when the run began; null: none. */
  consent_purpose: OptionalColumn<string | null>
  /** People left out because their consent renewed their period, counted when the run began (migration 0053). */
  renewed_people: Generated<number>
  /** The earliest and the latest last day a consent kept one of them (null: nobody). */
  renewed_first_until: OptionalColumn<string | null>
  renewed_last_until: OptionalColumn<string | null>
  batches: Generated<number>
  approved_by_label: string | null
  started_by_label: string
  started_at: GeneratedTimestamp
  ended_at: Timestamp | null
  lease_until: Timestamp | null
  via: Generated<RetentionRunVia>
  /** false: the system did not say how many items it changed (the counts stay 0 and are shown as not reported). */
  count_reported: Generated<boolean>
  /** An http_endpoint run: the call made ("DELETE host/path"), without values. */
  endpoint: OptionalColumn<string | null>
  /** A task run: its action in the action plan, and who marked it done. */
  task_action_id: OptionalColumn<string | null>
  completed_by_label: OptionalColumn<string | null>
  /** When the task's list was deleted under the rule for task lists while the task was still open (migration 0096). */
  list_purged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
}

export interface RetentionRunBatchesTable {
  run_id: string
  seq: number
  status: 'started' | 'done'
  changes_encrypted: string
  cursor_encrypted: string
  deletes: number
  masks: number
  shared: number
  /** Rows of the page withheld: shared with other records (migration 0040). */
  withheld: Generated<number>
  key_hashes: Json<string[]>
  /**
   * What key_hashes holds (migration 0100, decision 0114): 'keys' - one keyed hash per key; 'batch' - one keyed
   * hash over the batch's recorded changes (a batch deleted in one statement).
   */
  proof: Generated<'keys' | 'batch'>
  created_at: GeneratedTimestamp
  done_at: Timestamp | null
}

/** A "run the sweeps now" request, run by a worker (0083, review m20). */
export interface RetentionSweepRequestsTable {
  id: Generated<string>
  organization_id: string
  status: Generated<'queued' | 'running' | 'done' | 'failed'>
  dry_run: Generated<boolean>
  requested_by: Json<Record<string, unknown>>
  result: Json<Record<string, unknown>> | null
  error: string | null
  created_at: GeneratedTimestamp
  started_at: Timestamp | null
  heartbeat_at: Timestamp | null
  finished_at: Timestamp | null
}

/** An item of a sweep task's list (0091, 0095, decision 0110): a person due (only subject_id; item_encrypted empty) or the key of a record to keep, encrypted. */
export interface RetentionRunItemsTable {
  run_id: string
  seq: number
  organization_id: string
  kind: 'person' | 'keep'
  subject_id: string | null
  item_encrypted: string
}
