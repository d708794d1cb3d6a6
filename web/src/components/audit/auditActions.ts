import type { TFunction } from 'i18next'

/** Audit actions the UI has a label for; others are shown by their code. */
export const KNOWN_ACTIONS = [
  'organization.created',
  'organization.updated',
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
] as const

export type KnownAction = (typeof KNOWN_ACTIONS)[number]

function isKnown(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action)
}

export function actionLabel(t: TFunction, action: string): string {
  return isKnown(action) ? t(`audit.actions.${action}`) : action
}
