import type { TFunction } from 'i18next'
import { nl } from '../../i18n/nl'

type TargetType = keyof typeof nl.audit.targetTypes
type RegisterKind = keyof typeof nl.audit.registerChange.kinds
type SystemActor = keyof typeof nl.audit.systemActors

/** The names the server acts under, as it stores them, with their key in the catalogue. */
const SYSTEM_ACTORS: Record<string, Exclude<SystemActor, 'cli'>> = {
  system: 'system',
  'first start': 'first_start',
  'public request portal': 'public_request_portal',
  'download link': 'download_link',
  'answer packages': 'answer_packages',
  'answer package purge': 'answer_package_purge',
  'request reminders': 'request_reminders',
  'connector engine': 'connector_engine',
  'webhook deliveries': 'webhook_deliveries',
  'preference centre': 'preference_centre',
  'one click unsubscribe': 'one_click_unsubscribe',
  'consent expiry': 'consent_expiry',
  'parental confirmation expiry': 'parental_confirmation_expiry',
  'parental confirmation page': 'parental_confirmation_page',
  'processor reviews': 'processor_reviews',
  'sub-processor changes': 'sub_processor_changes',
  'sub-processor page': 'sub_processor_page',
  'action plan': 'action_plan',
  'breach reminders': 'breach_reminders',
  'retention sweeps': 'retention_sweeps',
  'cookie banner': 'cookie_banner',
  'contract end': 'contract_end',
}

/** The system's name for itself (a job, the portal, the first start, a command) in the user's language. */
export function systemActorText(t: TFunction, label: string): string {
  if (label.startsWith('cli:')) return t('audit.systemActors.cli', { user: label.slice(4) })
  const key = SYSTEM_ACTORS[label]
  return key ? t(`audit.systemActors.${key}`) : label
}

/** Whether a stored system label has a text of its own. */
export function isKnownSystemActor(label: string): boolean {
  return label.startsWith('cli:') || label in SYSTEM_ACTORS
}

/** Who did it: a user's label, an API token or the system (named in the user's language). */
export function actorText(t: TFunction, event: { actorType: string; actorLabel: string }): string {
  if (event.actorType === 'system') return systemActorText(t, event.actorLabel)
  if (event.actorType === 'api_token') return t('audit.apiTokenActor', { name: event.actorLabel })
  return event.actorLabel
}

/** What it concerned, translated when the type is known (a register entry by its kind). */
export function targetText(t: TFunction, targetType: string): string {
  if (targetType in nl.audit.targetTypes) return t(`audit.targetTypes.${targetType as TargetType}`)
  const kind = targetType.replace(/^register\./, '')
  if (kind !== targetType && kind in nl.audit.registerChange.kinds) {
    return t(`audit.registerChange.kinds.${kind as RegisterKind}`)
  }
  return targetType
}
