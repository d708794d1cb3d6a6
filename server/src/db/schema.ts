import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

type Timestamp = ColumnType<Date, Date | string, Date | string>
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json<T> = ColumnType<T, string | T, string | T>
/** A nullable column with a default: optional on insert. */
type OptionalColumn<T> = ColumnType<T, T | undefined, T>
export interface Representative {
  name: string
  address?: string
  email?: string
}

export type Role = 'owner' | 'privacy_officer' | 'agent' | 'auditor'
export type Language = 'nl' | 'fr' | 'en'

export interface OrganizationsTable {
  id: Generated<string>
  slug: string
  name: string
  legal_name: string
  enterprise_number: string | null
  street: string | null
  postal_code: string | null
  city: string | null
  country: Generated<string>
  contact_email: string | null
  privacy_contact_name: string | null
  privacy_contact_email: string | null
  dpo_appointed: Generated<boolean>
  default_language: Generated<Language>
  languages: Json<Language[]>
  request_clock_start: Generated<'receipt' | 'identity_confirmed'>
  request_at_risk_days: Generated<number>
  request_reminder_days: ColumnType<number[], string | number[] | undefined, string | number[]>
  package_link_days: Generated<number>
  phone: OptionalColumn<string | null>
  website: OptionalColumn<string | null>
  privacy_contact_phone: OptionalColumn<string | null>
  representative: ColumnType<Representative | null, string | null | undefined, string | null>
  notice_settings: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

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

export interface NoticeVersionsTable {
  id: Generated<string>
  organization_id: string
  version: number
  effective_date: string
  material: boolean
  change_summary: string | null
  register_snapshot: Json<Record<string, unknown>>
  /** Per language: { json: NoticeDocument, markdown, html } */
  documents: Json<Record<string, { json: unknown; markdown: string; html: string }>>
  published_by: string
  published_at: GeneratedTimestamp
}

export interface NoticeSubscribersTable {
  id: Generated<string>
  organization_id: string
  email: string
  language: Language
  confirm_token_hash: string | null
  confirmed_at: Timestamp | null
  created_at: GeneratedTimestamp
}

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

export interface RequestSequencesTable {
  organization_id: string
  year: number
  last: number
}

export interface RequestsTable {
  id: string
  organization_id: string
  reference: string
  subject_id: string | null
  status: string
  types: Json<string[]>
  channel: string
  language: Language
  received_at: Timestamp
  due_date: string
  extended_due_date: string | null
  assignee_id: string | null
  /** The domain's DataSubjectRequest, as JSON (dates as ISO strings). */
  state: Json<Record<string, unknown>>
  /** The requester as given (name, e-mail, postal address), encrypted JSON; not in `state`. */
  subject_encrypted: string | null
  /** Clear-text column of before migration 0009: emptied at start-up (see db/personal-data-sealing.ts). */
  requester_email: OptionalColumn<string | null>
  requester_email_encrypted: string | null
  /** The subject index's blind index of the address (identity kind e-mail). */
  requester_email_key: string | null
  email_verified_at: Timestamp | null
  verify_token_hash: string | null
  status_token_hash: string | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  closed_at: Timestamp | null
}

export interface RequestEventsTable {
  id: Generated<number>
  organization_id: string
  request_id: string
  at: Timestamp
  kind: string
  actor_label: string
  /** The event's facts without its personal fields (requests/event-data.ts). */
  data: Json<Record<string, unknown>>
  /** The personal fields (a letter's address and text, a contact), encrypted JSON, or null. */
  personal_encrypted: OptionalColumn<string | null>
}

export interface RequestNotesTable {
  id: Generated<string>
  organization_id: string
  request_id: string
  author_id: string | null
  author_label: string
  body: string
  created_at: GeneratedTimestamp
}

export interface RequestTasksTable {
  id: Generated<string>
  organization_id: string
  request_id: string
  system_key: string | null
  title: string
  status: Generated<'open' | 'done' | 'not_applicable'>
  done_by: string | null
  done_at: Timestamp | null
  proof: string | null
  created_at: GeneratedTimestamp
}

export interface RequestAttachmentsTable {
  id: Generated<string>
  organization_id: string
  request_id: string
  kind: 'original' | 'id_document' | 'answer' | 'other'
  filename: string
  content_type: string
  size_bytes: number
  content_encrypted: string | null
  delete_after_decision: Generated<boolean>
  created_at: GeneratedTimestamp
  deleted_at: Timestamp | null
}

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
  rule: string
  date_field: string
  /** yyyy-MM-dd: the last day the row must be kept. */
  kept_until: string
  /** The row's primary key (row-codec JSON array), encrypted with the context retentionHoldContext(id). */
  key_encrypted: string
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

export interface UsersTable {
  id: Generated<string>
  email: string
  display_name: string
  password_hash: string | null
  preferred_language: Generated<Language>
  totp_secret: string | null
  totp_enabled: Generated<boolean>
  /** The TOTP time step (unix time / 30 s) of the last code accepted; a code is never accepted twice (0008). */
  totp_last_step: number | null
  /** May create organisations when CUSTOS_ORG_CREATION is 'admins' (0008). */
  installation_admin: Generated<boolean>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface MembershipsTable {
  user_id: string
  organization_id: string
  role: Role
  created_at: GeneratedTimestamp
}

export interface SessionsTable {
  id: string
  user_id: string
  csrf_token: string
  second_factor_pending: boolean
  created_at: GeneratedTimestamp
  expires_at: Timestamp
  last_seen_at: GeneratedTimestamp
  ip: string | null
  user_agent: string | null
}

export interface LoginFailuresTable {
  id: Generated<number>
  email_key: string
  ip: string | null
  at: GeneratedTimestamp
}

/** An address from which an account (blind index of its e-mail) signed in successfully (0008). */
/** One rate-limit window of one limited route and client (a keyed hash), shared by every web process. */
export interface RateLimitCountersTable {
  key: string
  hits: number
  resets_at: Date
}

/** Raised by triggers whenever an organisation's public pages change (see migration 0010). */
export interface PublicPageRevisionsTable {
  organization_id: string
  revision: number
}

export interface LoginKnownSourcesTable {
  email_key: string
  source_key: string
  last_success_at: GeneratedTimestamp
}

export interface PasswordResetsTable {
  token_hash: string
  user_id: string
  expires_at: Timestamp
  used_at: Timestamp | null
  created_at: GeneratedTimestamp
}

export interface ApiTokensTable {
  id: Generated<string>
  organization_id: string
  name: string
  token_hash: string
  prefix: string
  scopes: Json<string[]>
  created_by: string | null
  created_at: GeneratedTimestamp
  last_used_at: Timestamp | null
  expires_at: Timestamp | null
  revoked_at: Timestamp | null
}

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

/** `unconfirmed`: the process died while the SMTP server was accepting the mail; it is not sent again by itself. */
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'held' | 'unconfirmed'

export interface OutboxMessagesTable {
  id: Generated<string>
  organization_id: string | null
  /** Clear-text columns of before migration 0009: emptied at start-up (see db/personal-data-sealing.ts). */
  to_address: OptionalColumn<string | null>
  subject: OptionalColumn<string | null>
  text_body: OptionalColumn<string | null>
  html_body: OptionalColumn<string | null>
  /** Encrypted JSON { to, subject } (mail/outbox-seal.ts). */
  envelope_encrypted: string | null
  /** Encrypted JSON { text, html }; null once purged (body_purged_at). */
  body_encrypted: string | null
  body_purged_at: Timestamp | null
  handed_over_at: Timestamp | null
  language: Language
  template: string
  status: Generated<OutboxStatus>
  attempts: Generated<number>
  last_error: string | null
  created_at: GeneratedTimestamp
  next_attempt_at: GeneratedTimestamp
  sent_at: Timestamp | null
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
}

/** The installation marker (migration 0007): connectors refuse a database holding this table. */
export interface CustosInstallationTable {
  id: Generated<string>
  created_at: GeneratedTimestamp
  one_row: Generated<boolean>
}

export interface DB {
  custos_installation: CustosInstallationTable
  organizations: OrganizationsTable
  users: UsersTable
  memberships: MembershipsTable
  sessions: SessionsTable
  login_failures: LoginFailuresTable
  password_resets: PasswordResetsTable
  api_tokens: ApiTokensTable
  audit_events: AuditEventsTable
  audit_chain_head: AuditChainHeadTable
  audit_chain_legacy: AuditChainLegacyTable
  login_known_sources: LoginKnownSourcesTable
  rate_limit_counters: RateLimitCountersTable
  public_page_revisions: PublicPageRevisionsTable
  outbox_messages: OutboxMessagesTable
  register_entries: RegisterEntriesTable
  register_versions: RegisterVersionsTable
  notice_versions: NoticeVersionsTable
  notice_subscribers: NoticeSubscribersTable
  subjects: SubjectsTable
  subject_identities: SubjectIdentitiesTable
  subject_name_keys: SubjectNameKeysTable
  subject_relationships: SubjectRelationshipsTable
  subject_events: SubjectEventsTable
  request_sequences: RequestSequencesTable
  requests: RequestsTable
  request_events: RequestEventsTable
  request_notes: RequestNotesTable
  request_tasks: RequestTasksTable
  request_attachments: RequestAttachmentsTable
  datasets: DatasetsTable
  connector_runs: ConnectorRunsTable
  connector_run_steps: ConnectorRunStepsTable
  answer_packages: AnswerPackagesTable
  retention_holds: RetentionHoldsTable
  dataset_discoveries: DatasetDiscoveriesTable
}

export type OrganizationRow = Selectable<OrganizationsTable>
export type NewOrganizationRow = Insertable<OrganizationsTable>
export type OrganizationUpdate = Updateable<OrganizationsTable>
export type UserRow = Selectable<UsersTable>
export type OutboxMessageRow = Selectable<OutboxMessagesTable>
export type AuditEventRow = Selectable<AuditEventsTable>
export type ApiTokenRow = Selectable<ApiTokensTable>
