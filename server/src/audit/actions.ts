import type { RegisterEntryKind } from '../db/schema'
import type { RequestEventAction } from '../domain/requests/events'

/**
 * Every action the audit log records. `recordAudit` takes only these, so a new action does not compile until it
 * is listed here - and the audit-log label test then demands its nl/fr/en label in the web UI. Actions once
 * written stay listed: the log keeps them.
 */
export const AUDIT_ACTIONS = [
  'organization.created',
  'organization.updated',
  'organization.request_settings_updated',
  'organization.deleted',
  'member.added',
  'member.role_changed',
  'member.removed',
  'api_token.created',
  'api_token.revoked',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret_rotated',
  'webhook.disabled',
  'processor.profile_saved',
  'processor.agreement_saved',
  'processor.agreement_deleted',
  'processor.transfer_saved',
  'processor.transfer_deleted',
  'processor.client_saved',
  'processor.client_deleted',
  'processor.settings_saved',
  'processor.review_reminded',
  'processor.change_announced',
  'processor.change_objected',
  'processor.change_effective',
  'processor.change_withdrawn',
  'processor.contract_end_started',
  'processor.contract_end_completed',
  'processor.contract_end_retried',
  'user.created',
  'user.profile_updated',
  'user.password_changed',
  'user.password_reset',
  'user.password_set',
  'user.totp_enabled',
  'user.totp_disabled',
  'user.installation_admin_granted',
  'user.installation_admin_revoked',
  'installation.mail_settings_saved',
  'installation.mail_settings_removed',
  'installation.mail_test_sent',
  'answer_file.added',
  'answer_file.removed',
  'register.imported',
  'notice.published',
  'notice.settings_updated',
  'dataset.created',
  'dataset.updated',
  'dataset.deleted',
  'dataset.connection_updated',
  'connector_run.started',
  'connector_run.completed',
  'connector_run.failed',
  'answer_package.stored',
  'answer_package.link_issued',
  'answer_package.downloaded',
  'answer_package.deleted',
  'subject.created',
  'subject.updated',
  'subject.erased',
  'subject.identity_added',
  'subject.identity_removed',
  'subject.relationship_added',
  'subject.relationship_updated',
  'subject.relationship_removed',
  'subject.event_added',
  'subject.event_removed',
  'subject.import_batch',
  'cookie_inventory.saved',
  'cookie_inventory.settings_updated',
  'cookie_proposal.accepted',
  'cookie_proposal.dismissed',
  'request.received',
  'request.email_verified',
  'request.verification_sent',
  'request.verification_expired',
  'request.subject_index_checked',
  'request.attachment_added',
  'request.tasks_created',
  'request.task_updated',
  'request.note_added',
  'request.id_documents_erased',
  'request.letter_queued',
  'request.reminder_sent',
  'request.assigned',
  'request.started',
  'request.identity_requested',
  'request.identity_confirmed',
  'request.extended',
  'request.fee_warned',
  'request.fee_paid',
  'request.fee_waived',
  'request.forwarded',
  'request.forwarding_manual',
  'request.forwarding_sent',
  'request.completed',
  'request.partially_refused',
  'request.refused',
  'request.closed',
  'request.withdrawn',
  'request.connectors_completed',
  'request.connectors_dry_run',
  'retention.policy_updated',
  'retention.plan_approved',
  'retention.run_completed',
  'retention.run_paused',
  'retention.run_failed',
  'legal_hold.placed',
  'legal_hold.lifted',
  'consent.withdrawn',
  'consent.expired',
  'dpia.screening_confirmed',
  'dpia.assessment_saved',
  'dpia.assessment_validated',
  'dpia.assessment_refused',
  'dpia.decided_pdf_corrupt',
  'dpia.signed_copy_uploaded',
  'dpia.signed_copy_corrupt',
  'action_plan.action_created',
  'action_plan.action_updated',
  'action_plan.action_opened',
  'action_plan.action_closed',
  'action_plan.digest_sent',
  'suppression.entry_added',
  'suppression.entry_removed',
  'suppression.opt_in_added',
  'suppression.opt_in_removed',
  'dncm.imported',
  'dncm.import_refused',
  'robinson.imported',
  'robinson.import_refused',
  'breach.recorded',
  'breach.updated',
  'breach.event_added',
  'breach.assessed',
  'breach.authority_notified',
  'breach.part2_filed',
  'breach.controllers_notified',
  'breach.reminder_sent',
  'breach.letters_queued',
  'breach.evidence_added',
  'breach.evidence_downloaded',
  'breach.closed',
] as const

export const REGISTER_ENTRY_KINDS: readonly RegisterEntryKind[] = [
  'activity',
  'system',
  'vendor',
  'retention_rule',
  'measure',
  'data_category',
  'subject_category',
  'purpose',
  'recipient_type',
]
export const REGISTER_CHANGES = ['created', 'updated', 'deleted'] as const
export type RegisterChange = (typeof REGISTER_CHANGES)[number]

/** A change of one register entry, e.g. register.activity.updated. */
export type RegisterChangeAction = `register.${RegisterEntryKind}.${RegisterChange}`

export type AuditAction = (typeof AUDIT_ACTIONS)[number] | RegisterChangeAction

// The request domain's events are audit actions: one it adds without listing it here fails to compile.
type Listed<T extends AuditAction> = T
export type RequestEventActions = Listed<RequestEventAction>

/** What an audit event concerns (`target_type`); the UI names each in nl/fr/en. */
export const AUDIT_TARGET_TYPES = [
  'organization',
  'user',
  'api_token',
  'webhook',
  'register',
  'notice',
  'dataset',
  'connector_run',
  'answer_package',
  'subject',
  'data_subject_request',
  'legal_hold',
  'retention_run',
  'retention_rule',
  'consent',
  'processor',
  'dpia',
  'action_plan_action',
  'cookie_inventory',
  'cookie_proposal',
  'suppression',
  'dncm_import',
  'robinson_import',
  'breach',
  'installation',
] as const
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number] | `register.${RegisterEntryKind}`

export function allAuditTargetTypes(): AuditTargetType[] {
  return [...AUDIT_TARGET_TYPES, ...REGISTER_ENTRY_KINDS.map((kind): AuditTargetType => `register.${kind}`)]
}

/** Every action, the register changes spelled out: for filters, documentation and the label test. */
export function allAuditActions(): AuditAction[] {
  const changes = REGISTER_ENTRY_KINDS.flatMap((kind) =>
    REGISTER_CHANGES.map((change): RegisterChangeAction => `register.${kind}.${change}`),
  )
  return [...AUDIT_ACTIONS, ...changes]
}

export function isAuditAction(value: string): value is AuditAction {
  return (allAuditActions() as string[]).includes(value)
}
