import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Timestamp } from './columns'

/** The organisation's HMAC key for suppression identifiers (0020), AES-256-GCM bound to the organisation id. */
export interface SuppressionKeysTable {
  organization_id: string
  key_encrypted: string
  created_at: GeneratedTimestamp
}

export type SuppressionKind = 'email' | 'phone' | 'postal'
export type SuppressionReason = 'objection' | 'unsubscribe' | 'erased_do_not_contact'
export type MarketingChannel = 'email' | 'phone' | 'post'
export type SuppressionChannel = MarketingChannel | 'all'
export type OptInChannel = 'phone' | 'post'
export type SuppressionSource = 'staff' | 'api' | 'portal_request' | 'cli'

/** One suppressed identifier: its keyed hash and a masked form for people, never the identifier itself. */
export interface SuppressionEntriesTable {
  id: Generated<string>
  organization_id: string
  kind: SuppressionKind
  identifier_hash: Buffer
  masked: string
  reason: SuppressionReason
  channel: SuppressionChannel
  source: SuppressionSource
  request_id: string | null
  note: Generated<string>
  created_by: string
  created_at: GeneratedTimestamp
}

/**
 * A phone number whose holder asked this organisation to call (it overrides the DNCM list), or a person who asked
 * for its post (it overrides the Robinson Mail list; the hash is of the normalised name and address, 0071).
 */
export interface SuppressionOptInsTable {
  id: Generated<string>
  organization_id: string
  channel: Generated<OptInChannel>
  identifier_hash: Buffer
  masked: string
  given_on: string
  evidence: Generated<string>
  created_by: string
  created_at: GeneratedTimestamp
}

export type DncmImportStatus = 'running' | 'completed' | 'refused' | 'failed'
/** Where the file's date came from: stated by the importer, read from the file name, or its newest registration. */
export type DncmFileDateSource = 'stated' | 'file_name' | 'newest_registration'

/** One consultation of the DNCM list: the proof kept for the Economic Inspection. */
export interface DncmImportsTable {
  id: Generated<string>
  organization_id: string
  status: DncmImportStatus
  file_name: string
  file_date: string | null
  file_date_source: DncmFileDateSource | null
  file_sha256: string | null
  lines: Generated<number>
  numbers: Generated<number>
  duplicates: Generated<number>
  rejected: Generated<number>
  newest_registration: string | null
  refusal: string | null
  imported_by: string
  started_at: GeneratedTimestamp
  finished_at: Timestamp | null
}

/** The organisation's current DNCM list: keyed hashes of the E.164 numbers with their registration date. */
export interface DncmNumbersTable {
  organization_id: string
  number_hash: Buffer
  import_id: string
  registered_on: string | null
}

export type RobinsonImportStatus = 'completed' | 'refused'

/** One consultation of the Robinson Mail list (0071): the proof that a mailing was de-duplicated against it. */
export interface RobinsonImportsTable {
  id: Generated<string>
  organization_id: string
  status: RobinsonImportStatus
  file_name: string
  file_date: string | null
  file_sha256: string | null
  lines: Generated<number>
  entries: Generated<number>
  duplicates: Generated<number>
  rejected: Generated<number>
  refusal: string | null
  imported_by: string
  started_at: GeneratedTimestamp
  finished_at: Timestamp | null
}

/** The organisation's current Robinson Mail list: keyed hashes of normalised name and postal address. */
export interface RobinsonEntriesTable {
  organization_id: string
  entry_hash: Buffer
  import_id: string
}
