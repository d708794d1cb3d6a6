import type { TFunction } from 'i18next'
import type { AuditEvent } from '../../api/types'

const TARGET_TYPES = ['organization', 'user', 'api_token'] as const

/** Who did it: a user's label, an API token or the system. */
export function actorText(t: TFunction, event: AuditEvent): string {
  if (event.actorType === 'system') return `${t('audit.systemActor')} (${event.actorLabel})`
  if (event.actorType === 'api_token') return t('audit.apiTokenActor', { name: event.actorLabel })
  return event.actorLabel
}

/** What it concerned, translated when the type is known. */
export function targetText(t: TFunction, targetType: string): string {
  const known = TARGET_TYPES.find((k) => k === targetType)
  return known ? t(`audit.targetTypes.${known}`) : targetType
}
