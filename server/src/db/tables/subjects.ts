import type { ColumnType, Generated } from 'kysely'
import type { GeneratedTimestamp, OptionalColumn } from './columns'
import type { Language } from './organizations'

export type IdentityKind = 'email' | 'phone' | 'national_number' | 'customer_number' | 'file_number' | 'other'
export type SubjectEventKind =
  | 'contract_start'
  | 'contract_end'
  | 'last_contact'
  | 'dispute_opened'
  | 'dispute_closed'
  | 'relationship_end'
  | 'other'

export interface SubjectsTable {
  id: Generated<string>
  organization_id: string
  /** Clear-text column of before migration 0009: emptied at start-up (see db/personal-data-sealing.ts). */
  display_name: OptionalColumn<string | null>
  display_name_encrypted: string | null
  /**
   * 64-bit keys of the name's searchable prefixes (subjects/name-seal.ts, decision 0084), GIN-indexed. Read and
   * written as decimal strings (bigint).
   */
  name_keys: ColumnType<string[], string[] | undefined, string[]>
  preferred_language: Language | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface SubjectIdentitiesTable {
  id: Generated<string>
  organization_id: string
  subject_id: string
  kind: IdentityKind
  system_key: Generated<string>
  value_encrypted: string
  value_masked: string
  lookup_key: string
  created_at: GeneratedTimestamp
}

export interface SubjectRelationshipsTable {
  id: Generated<string>
  organization_id: string
  subject_id: string
  relationship: string
  started_on: string | null
  ended_on: string | null
  note: string | null
  created_at: GeneratedTimestamp
}

export interface SubjectEventsTable {
  id: Generated<string>
  organization_id: string
  subject_id: string
  kind: SubjectEventKind
  occurred_on: string
  note: string | null
  created_at: GeneratedTimestamp
}
