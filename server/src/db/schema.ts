import type { Insertable, Selectable, Updateable } from 'kysely'
import type {
  ApiTokensTable,
  LoginFailuresTable,
  LoginKnownSourcesTable,
  MembershipsTable,
  PasswordResetsTable,
  SessionsTable,
  UsersTable,
} from './tables/accounts'
import type { AuditChainHeadTable, AuditChainLegacyTable, AuditEventsTable } from './tables/audit'
import type {
  BreachAffectedCountsTable,
  BreachEventsTable,
  BreachEvidenceTable,
  BreachesTable,
  BreachLettersTable,
} from './tables/breaches'
import type {
  AnswerPackagesTable,
  ConnectorRunStepsTable,
  ConnectorRunsTable,
  CustosInstallationTable,
  DatasetDiscoveriesTable,
  DatasetsTable,
  RetentionHoldsTable,
} from './tables/connectors'
import type {
  ConsentChainHeadsTable,
  ConsentEventsTable,
  ConsentParentalRequestsTable,
  ConsentPropagationsTable,
  ConsentStatusTable,
  ConsentTextsTable,
} from './tables/consent'
import type {
  CookieBannerEventsTable,
  CookieInventoriesTable,
  CookieProposalsTable,
  CookieScansTable,
  CookieSiteSettingsTable,
} from './tables/cookies'
import type {
  ActionDigestsTable,
  ActionPlanActionsTable,
  ComplianceSnapshotsTable,
  DpiaAssessmentsTable,
  DpiaScreeningsTable,
  DpiaSignedCopiesTable,
} from './tables/dpia'
import type { NoticeSubscribersTable, NoticeVersionsTable } from './tables/notices'
import type {
  OrganizationPreviousSlugsTable,
  OrganizationsTable,
  SetupCodesTable,
} from './tables/organizations'
import type { MailSettingsTable, OutboxMessagesTable } from './tables/outbox'
import type {
  ProcessorAgreementsTable,
  ProcessorClientsTable,
  ProcessorContractEndsTable,
  ProcessorSettingsTable,
  ProcessorTransfersTable,
  ProcessorVendorProfilesTable,
  SubprocessorChangesTable,
  SubprocessorObjectionsTable,
  SubprocessorSubscribersTable,
} from './tables/processors'
import type { RegisterEntriesTable, RegisterRevisionsTable, RegisterVersionsTable } from './tables/register'
import type {
  RequestAttachmentsTable,
  RequestEventsTable,
  RequestNotesTable,
  RequestSequencesTable,
  RequestsTable,
  RequestTasksTable,
} from './tables/requests'
import type {
  LegalHoldsTable,
  RetentionPoliciesTable,
  RetentionRunBatchesTable,
  RetentionRunItemsTable,
  RetentionRunsTable,
  RetentionSweepRequestsTable,
} from './tables/retention'
import type {
  SubjectEventsTable,
  SubjectIdentitiesTable,
  SubjectRelationshipsTable,
  SubjectsTable,
} from './tables/subjects'
import type {
  DncmImportsTable,
  DncmNumbersTable,
  RobinsonEntriesTable,
  RobinsonImportsTable,
  SuppressionEntriesTable,
  SuppressionKeysTable,
  SuppressionOptInsTable,
} from './tables/suppression'
import type { PublicPageRevisionsTable, RateLimitCountersTable } from './tables/web-processes'
import type {
  IdempotencyKeysTable,
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhookEndpointsTable,
  WebhookEventsTable,
} from './tables/webhooks'

/** The database as Kysely sees it: one table type per table, kept per feature in tables/. */
export type * from './tables/accounts'
export type * from './tables/audit'
export type * from './tables/breaches'
export type * from './tables/connectors'
export type * from './tables/consent'
export type * from './tables/cookies'
export type * from './tables/dpia'
export type * from './tables/notices'
export type * from './tables/organizations'
export type * from './tables/outbox'
export type * from './tables/processors'
export type * from './tables/register'
export type * from './tables/requests'
export type * from './tables/retention'
export type * from './tables/subjects'
export type * from './tables/suppression'
export type * from './tables/web-processes'
export type * from './tables/webhooks'

export interface DB {
  custos_installation: CustosInstallationTable
  organizations: OrganizationsTable
  organization_previous_slugs: OrganizationPreviousSlugsTable
  setup_codes: SetupCodesTable
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
  mail_settings: MailSettingsTable
  register_entries: RegisterEntriesTable
  register_versions: RegisterVersionsTable
  register_revisions: RegisterRevisionsTable
  notice_versions: NoticeVersionsTable
  notice_subscribers: NoticeSubscribersTable
  subjects: SubjectsTable
  subject_identities: SubjectIdentitiesTable
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
  webhook_endpoints: WebhookEndpointsTable
  webhook_events: WebhookEventsTable
  webhook_deliveries: WebhookDeliveriesTable
  webhook_attempts: WebhookAttemptsTable
  idempotency_keys: IdempotencyKeysTable
  retention_policies: RetentionPoliciesTable
  legal_holds: LegalHoldsTable
  retention_runs: RetentionRunsTable
  retention_run_items: RetentionRunItemsTable
  retention_run_batches: RetentionRunBatchesTable
  retention_sweep_requests: RetentionSweepRequestsTable
  consent_texts: ConsentTextsTable
  consent_chain_heads: ConsentChainHeadsTable
  consent_events: ConsentEventsTable
  consent_status: ConsentStatusTable
  consent_propagations: ConsentPropagationsTable
  consent_parental_requests: ConsentParentalRequestsTable
  processor_vendor_profiles: ProcessorVendorProfilesTable
  processor_clients: ProcessorClientsTable
  processor_contract_ends: ProcessorContractEndsTable
  processor_agreements: ProcessorAgreementsTable
  processor_transfers: ProcessorTransfersTable
  processor_settings: ProcessorSettingsTable
  subprocessor_changes: SubprocessorChangesTable
  subprocessor_objections: SubprocessorObjectionsTable
  subprocessor_subscribers: SubprocessorSubscribersTable
  dpia_screenings: DpiaScreeningsTable
  dpia_assessments: DpiaAssessmentsTable
  dpia_signed_copies: DpiaSignedCopiesTable
  compliance_snapshots: ComplianceSnapshotsTable
  action_plan_actions: ActionPlanActionsTable
  action_digests: ActionDigestsTable
  cookie_inventories: CookieInventoriesTable
  cookie_site_settings: CookieSiteSettingsTable
  cookie_banner_events: CookieBannerEventsTable
  cookie_scans: CookieScansTable
  cookie_proposals: CookieProposalsTable
  suppression_keys: SuppressionKeysTable
  suppression_entries: SuppressionEntriesTable
  suppression_opt_ins: SuppressionOptInsTable
  dncm_imports: DncmImportsTable
  dncm_numbers: DncmNumbersTable
  robinson_imports: RobinsonImportsTable
  robinson_entries: RobinsonEntriesTable
  breaches: BreachesTable
  breach_events: BreachEventsTable
  breach_letters: BreachLettersTable
  breach_evidence: BreachEvidenceTable
  breach_affected_counts: BreachAffectedCountsTable
}

export type OrganizationRow = Selectable<OrganizationsTable>
export type NewOrganizationRow = Insertable<OrganizationsTable>
export type OrganizationUpdate = Updateable<OrganizationsTable>
export type UserRow = Selectable<UsersTable>
export type OutboxMessageRow = Selectable<OutboxMessagesTable>
export type AuditEventRow = Selectable<AuditEventsTable>
export type ApiTokenRow = Selectable<ApiTokensTable>
export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>
export type WebhookAttemptRow = Selectable<WebhookAttemptsTable>
export type ProcessorVendorProfileRow = Selectable<ProcessorVendorProfilesTable>
export type ProcessorAgreementRow = Selectable<ProcessorAgreementsTable>
export type ProcessorTransferRow = Selectable<ProcessorTransfersTable>
export type ProcessorClientRow = Selectable<ProcessorClientsTable>
export type ProcessorContractEndRow = Selectable<ProcessorContractEndsTable>
export type SubprocessorChangeRow = Selectable<SubprocessorChangesTable>
export type SubprocessorObjectionRow = Selectable<SubprocessorObjectionsTable>
export type DpiaScreeningRow = Selectable<DpiaScreeningsTable>
export type DpiaAssessmentRow = Selectable<DpiaAssessmentsTable>
export type DpiaSignedCopyRow = Selectable<DpiaSignedCopiesTable>
export type ActionRow = Selectable<ActionPlanActionsTable>
export type BreachRow = Selectable<BreachesTable>
export type BreachEventRow = Selectable<BreachEventsTable>
export type BreachLetterRow = Selectable<BreachLettersTable>
