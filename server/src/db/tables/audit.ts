import type { ColumnType } from 'kysely'
import type { GeneratedTimestamp, Json, OptionalColumn, Timestamp } from './columns'

export interface AuditEventsTable {
  seq: number
  organization_id: string | null
  actor_type: 'user' | 'api_token' | 'system'
  actor_id: string | null
  actor_label: string
  action: string
  target_type: string
  target_id: string | null
  request_id: string | null
  occurred_at: Timestamp
  summary: Json<Record<string, unknown>>
  prev_hash: string
  hash: string
  /** Set when a retention rule emptied the event (migration 0069, decision 0085): who and what are cleared. */
  emptied_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  /** HMAC of the sequence and hash with the chain key: only the key's holder can empty an event. */
  emptied_seal: OptionalColumn<string | null>
}

export interface AuditChainHeadTable {
  id: number
  seq: number
  hash: string
}

/** The last event written before the chain was keyed, sealed with the audit key (0008). */
export interface AuditChainLegacyTable {
  id: number
  until_seq: number
  until_hash: string
  seal: string
  sealed_at: GeneratedTimestamp
}
