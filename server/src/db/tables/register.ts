import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json } from './columns'

export type RegisterEntryKind =
  | 'activity'
  | 'system'
  | 'vendor'
  | 'retention_rule'
  | 'measure'
  | 'data_category'
  | 'subject_category'
  | 'purpose'
  | 'recipient_type'

export interface RegisterEntriesTable {
  id: Generated<string>
  organization_id: string
  kind: RegisterEntryKind
  key: string
  position: number
  data: Json<Record<string, unknown>>
  version: Generated<number>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface RegisterVersionsTable {
  id: Generated<number>
  organization_id: string
  kind: RegisterEntryKind
  key: string
  version: number
  change: 'created' | 'updated' | 'deleted'
  data: Json<Record<string, unknown>> | null
  previous: Json<Record<string, unknown>> | null
  actor_type: string
  actor_id: string | null
  actor_label: string
  request_id: string | null
  changed_at: GeneratedTimestamp
}

/** Raised by a trigger on every change of an organisation's register entries (migration 0099, decision 0117). */
export interface RegisterRevisionsTable {
  organization_id: string
  revision: number
}
