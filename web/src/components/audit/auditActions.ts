import type { TFunction } from 'i18next'

/** Audit actions the UI has a label for; others are shown by their code. */
export const KNOWN_ACTIONS = [
  'organization.created',
  'organization.updated',
  'organization.request_settings_updated',
  'member.added',
  'member.role_changed',
  'member.removed',
  'api_token.created',
  'api_token.revoked',
  'user.profile_updated',
  'user.password_changed',
  'user.password_reset',
  'user.password_set',
  'user.totp_enabled',
  'user.totp_disabled',
  'user.created',
  'register.imported',
  'notice.published',
  'dataset.created',
  'dataset.updated',
  'dataset.deleted',
  'dataset.connection_updated',
  'connector_run.started',
  'connector_run.completed',
  'answer_package.stored',
  'answer_package.link_issued',
  'answer_package.downloaded',
  'answer_package.deleted',
] as const

export type KnownAction = (typeof KNOWN_ACTIONS)[number]

function isKnown(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action)
}

const REGISTER_KINDS = [
  'activity',
  'system',
  'vendor',
  'retention_rule',
  'measure',
  'data_category',
  'subject_category',
  'purpose',
  'recipient_type',
] as const
const REGISTER_CHANGE = /^register\.(\w+)\.(created|updated|deleted)$/

/** "register.activity.updated" -> "Verwerkingsactiviteit gewijzigd" */
function registerChangeLabel(t: TFunction, action: string): string | undefined {
  const match = REGISTER_CHANGE.exec(action)
  const kind = REGISTER_KINDS.find((k) => k === match?.[1])
  const change = match?.[2] as 'created' | 'updated' | 'deleted' | undefined
  if (!kind || !change) return undefined
  return t(`audit.registerChange.${change}`, { what: t(`audit.registerChange.kinds.${kind}`) })
}

export function actionLabel(t: TFunction, action: string): string {
  if (isKnown(action)) return t(`audit.actions.${action}`)
  return registerChangeLabel(t, action) ?? action
}
