import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from './columns'

export type RiskLevel = 'low' | 'medium' | 'high'
export interface SubProcessorOfVendor {
  name: string
  country: string
  services?: string | undefined
}

/** What the organisation, as controller, keeps about one register vendor (0023). */
export interface ProcessorVendorProfilesTable {
  id: Generated<string>
  organization_id: string
  vendor_key: string
  risk_level: RiskLevel | null
  certifications: Json<string[]>
  sub_processors: Json<SubProcessorOfVendor[]>
  /** ISO dates (the DATE type is read as text). */
  next_review_on: string | null
  last_reviewed_on: string | null
  /** The review date a reminder was last sent for. */
  reminded_for: string | null
  notes: Generated<string>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** The Art. 28(3) points a-h. */
export type ClauseLetter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h'
export type ClauseChecklist = Partial<
  Record<ClauseLetter, { present: boolean; location?: string | undefined }>
>

export interface ProcessorAgreementsTable {
  id: Generated<string>
  organization_id: string
  vendor_key: string | null
  client_id: string | null
  title: string
  version: Generated<string>
  signed_on: string | null
  starts_on: string | null
  ends_on: string | null
  notice_days: number | null
  clauses: Json<ClauseChecklist>
  document_filename: string | null
  document_content_type: string | null
  document_size: number | null
  document_encrypted: string | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export type TransferMechanism = 'adequacy' | 'scc' | 'dpf' | 'bcr' | 'derogation'

export interface ProcessorTransfersTable {
  id: Generated<string>
  organization_id: string
  vendor_key: string
  country: string
  mechanism: TransferMechanism
  scc_module: number | null
  dpf_checked_on: string | null
  details: Generated<string>
  tia_note: Generated<string>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** A controller the organisation processes for; contacts encrypted (JSON of ClientContacts). */
export interface ProcessorClientsTable {
  id: Generated<string>
  organization_id: string
  name: string
  enterprise_number: string | null
  language: 'nl' | 'fr' | 'en'
  contacts_encrypted: string
  instructions: Generated<string>
  activity_keys: Json<string[]>
  status: Generated<'active' | 'ended'>
  /** The value marking the client's rows in the organisation's systems (a dataset's `clientField`) (0038). */
  system_reference: string | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** The end of a contract with a client: its choice (return or destroy) and what was done (0038). */
export interface ProcessorContractEndsTable {
  id: Generated<string>
  organization_id: string
  client_id: string | null
  client_name: string
  choice: 'return' | 'destroy'
  /** ISO date (the DATE type is read as text). */
  decided_on: string
  note: Generated<string>
  reference: string
  run_id: string | null
  package_id: string | null
  status: Generated<'running' | 'completed' | 'failed'>
  /** The outcome per system (stored-json `processor.contract-end-outcome`). */
  outcome: Json<Record<string, unknown>> | null
  error: string | null
  requested_by: string
  created_at: GeneratedTimestamp
  completed_at: Timestamp | null
}

export interface ProcessorSettingsTable {
  organization_id: string
  objection_days: Generated<number>
}

export interface SubprocessorVendor {
  key: string
  name: string
  country: string
  services?: string | undefined
}

export type SubprocessorChangeStatus = 'announced' | 'effective' | 'withdrawn'

export interface SubprocessorChangesTable {
  id: Generated<string>
  organization_id: string
  kind: 'add' | 'remove'
  vendor: Json<SubprocessorVendor>
  note: Generated<string>
  window_days: number
  announced_at: Timestamp
  effective_at: Timestamp
  status: Generated<SubprocessorChangeStatus>
  applied_at: Timestamp | null
  apply_error: string | null
  created_at: GeneratedTimestamp
}

export interface SubprocessorObjectionsTable {
  id: Generated<string>
  organization_id: string
  change_id: string
  /** `client:<id>` or `subscriber:<id>`: one objection per recipient and change. */
  recipient: string
  client_id: string | null
  reason: string
  created_at: GeneratedTimestamp
}

export interface SubprocessorSubscribersTable {
  id: Generated<string>
  organization_id: string
  email: string
  language: 'nl' | 'fr' | 'en'
  confirm_token_hash: string | null
  confirmed_at: Timestamp | null
  created_at: GeneratedTimestamp
}
