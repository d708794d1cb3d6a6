import type { OpenRequestError, TransitionError } from '../requests'

/**
 * The stable codes of every refusal a client can receive (the `code` of a problem+json answer). Clients word
 * them in their own language; the English `detail` is for logs and API users. Append only: a code, once
 * released, keeps its meaning.
 */
export const PROBLEM_CODES = [
  // Generic, set at the HTTP edge
  'bad_request',
  'invalid_json',
  'schema_mismatch',
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'route_not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'too_many_requests',
  'internal_error',
  'unstorable_text',
  // Sign-in, sessions, API tokens, accounts
  'invalid_login',
  'too_many_sign_in_attempts',
  'invalid_totp_code',
  'invalid_reset_link',
  'sign_in_required',
  'second_factor_required',
  'account_gone',
  'wrong_password',
  'totp_already_enabled',
  'csrf_token_mismatch',
  'invalid_api_token',
  'token_scope_missing',
  'scope_not_held',
  'user_not_found',
  // Organisations and members
  'organization_creation_restricted',
  'slug_taken',
  'already_member',
  'last_owner',
  'not_a_sample',
  // Register and notice
  'key_mismatch',
  'duplicate_key',
  'key_in_use',
  'register_file_invalid',
  'notice_incomplete',
  // Datasets and connectors
  'dataset_file_invalid',
  'dataset_key_mismatch',
  'dataset_register_mismatch',
  'dataset_created_concurrently',
  'discovery_failed',
  'connection_not_testable',
  'identity_not_confirmed',
  'no_datasets',
  'not_failed',
  // Subjects
  'identity_taken',
  'identity_recorded_concurrently',
  'import_file_empty',
  'import_header_invalid',
  // Answer packages
  'package_gone',
  // Requests: the domain's refusals (TransitionError, OpenRequestError) and the service's own
  'request_closed',
  'invalid_date',
  'before_last_change',
  'not_allowed_in_status',
  'already_extended',
  'extension_too_late',
  'reasons_required',
  'reason_required',
  'identity_evidence_required',
  'identity_already_confirmed',
  'identity_not_requested',
  'method_required',
  'fee_already_warned',
  'fee_not_warned',
  'fee_ground_invalid',
  'invalid_amount',
  'controller_required',
  'ground_invalid',
  'ground_not_applicable',
  'legal_reference_required',
  'direct_marketing_objection_absolute',
  'refused_part_required',
  'nothing_granted',
  'unknown_type',
  'access_details_required',
  'erasure_details_required',
  'retention_rule_required',
  'transmission_recipient_required',
  'types_required',
  'unknown_channel',
  'reference_required',
  'received_in_future',
  'attachment_too_large',
  'assignee_not_handler',
  'not_processor_activity',
  'client_not_of_activity',
  'unknown_client',
  'client_required',
  'unknown_register_keys',
  'checklist_closed',
  // Webhooks and idempotent writes
  'idempotency_key_reused',
  'idempotency_key_in_progress',
  // Outbox
  'mail_not_retryable',
  // Installation mail settings
  'installation_admin_required',
  'smtp_test_failed',
  // Answer files
  'too_many_answer_files',
  'enclosure_by_email',
  // Retention
  'retention_rule_unknown',
  'legal_hold_target_unknown',
  'retention_sweep_running',
  // Processors
  'change_not_announced',
  'legal_hold_active',
  'client_reference_missing',
  'no_client_datasets',
  'contract_end_running',
  'contract_end_not_done',
  // Suppression and the DNCM list
  'dncm_file_stale',
  'dncm_file_invalid',
  'robinson_header_invalid',
  'robinson_file_invalid',
  // Breaches
  'delay_reason_required',
  'exception_without_high_risk',
  'unintelligible_needs_encryption',
  'letter_incomplete',
  'affected_set_not_countable',
  'affected_set_unreachable',
  'affected_set_read_refused',
  'affected_count_in_progress',
  'affected_count_stopped',
  'part1_not_filed',
  'breach_closed',
  'breach_role_mismatch',
  'too_many_evidence_files',
  // DPIA
  'dpo_opinion_required',
  'risks_incomplete',
  'dpia_already_decided',
  'dpia_import_invalid',
  'decided_pdf_corrupt',
  'dpia_version_not_decided',
  'signed_copy_exists',
  'signed_copy_corrupt',
  'cnil_pia_file_invalid',
  // Uploads: more form parts than the route takes
  'too_many_form_parts',
  // First-run set-up
  'setup_done',
  'invalid_setup_code',
  // Cookie scans
  'no_scan_urls',
  'scan_in_progress',
  'proposal_decided',
  'already_in_inventory',
  // Processors: a client's system reference
  'client_reference_taken',
] as const

export type ProblemCode = (typeof PROBLEM_CODES)[number]

/**
 * The things a client can fail to find (`params.entity` of a `not_found` problem); the UI names them in its
 * language. Append only, like the codes.
 */
export const ENTITY_NAMES = [
  'organization',
  'user',
  'member',
  'api_token',
  'register_entry',
  'notice_version',
  'dataset',
  'discovery',
  'run',
  'subject',
  'identity',
  'relationship',
  'event',
  'request',
  'task',
  'attachment',
  'letter',
  'package',
  'mail',
  'webhook',
  'legal_hold',
  'retention_run',
  'consent_text',
  'consent_propagation',
  'cookie_proposal',
  'cookie_service',
  'processor_agreement',
  'processor_transfer',
  'processor_client',
  'subprocessor_change',
  'dpia_screening',
  'dpia_assessment',
  'dpia_signed_pdf',
  'dpia_signed_copy',
  'action_plan_action',
  'suppression_entry',
  'opt_in',
  'breach',
  'contract_end',
] as const

export type EntityName = (typeof ENTITY_NAMES)[number]

/**
 * The stable codes of a field error (`errors[].code`), with `params` for the values a text needs (a minimum, a
 * format, the refused value). The zod issue codes come first; the others are Custos's own checks.
 */
export const FIELD_ERROR_CODES = [
  // From schema validation (zod issue codes, plus `required` for a missing value)
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'not_multiple_of',
  'invalid',
  // Text and files
  'invalid_json',
  'unstorable_text',
  'contains_nul',
  'nothing_to_change',
  'end_before_start',
  'file_empty',
  'file_too_large',
  'too_many_form_parts',
  'invalid_file_name',
  'file_type_not_allowed',
  'file_not_pdf',
  'pdf_incomplete',
  'invalid_yaml',
  'line_problem',
  // Belgian identifiers and contact data
  'invalid_enterprise_number',
  'enterprise_number_checksum',
  'invalid_email',
  'invalid_phone',
  'invalid_national_number',
  'invalid_slug',
  // Accounts
  'password_length',
  'common_password',
  'wrong_password',
  'invalid_code',
  'invalid_token',
  'csrf_token',
  'already_taken',
  'already_member',
  'last_owner',
  // Register, datasets, connectors
  'key_mismatch',
  'unknown_reference',
  'unknown_field',
  'identities_required',
  'changes_required',
  'connection_incomplete',
  'manual_system',
  'discovery_failed',
  'connector.target-not-allowed',
  'connector.connection-failed',
  // Requests (the register keys a completion names, and query parameters)
  'unknown_data_category',
  'unknown_retention_rule',
  'unknown_activity',
  'unknown_purpose',
  'not_after_to',
  'me_without_user',
] as const

/**
 * A field error's code: one of the above, or - when a whole refusal concerns one field (a request's refusal
 * ground, a key already used) - the problem's own code.
 */
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number] | ProblemCode

/** Every code a field error can carry, for the OpenAPI document. */
export const ALL_FIELD_ERROR_CODES: readonly FieldErrorCode[] = [
  ...new Set<FieldErrorCode>([...FIELD_ERROR_CODES, ...PROBLEM_CODES]),
]

// Every refusal of the request domain is a problem code: adding one there without a code here fails to compile.
type Covered<T extends ProblemCode> = T
export type RequestRefusalCodes = Covered<TransitionError | OpenRequestError>
