import type { Generated } from 'kysely'
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
  preferred_language: Language | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** Blind indexes of the prefixes of the words of a subject's name, for name search (subjects/name-keys.ts). */
export interface SubjectNameKeysTable {
  organization_id: string
  subject_id: string
  key: string
  /** The subject's creation time, so the newest matches of a key are read in index order (0046). */
  subject_created_at: Date
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
