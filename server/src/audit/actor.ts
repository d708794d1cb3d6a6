/** Who did something: a signed-in user, an API token, or the system itself (jobs, CLI). */
export interface Actor {
  type: 'user' | 'api_token' | 'system'
  id: string | null
  label: string
  requestId: string | null
}

/**
 * The names the system acts under (stored as the actor's label); the UI words each in nl/fr/en (the audit-log
 * label test finds every systemActor('...') in the code and demands it here). `cli:{user}` is a command run by
 * that operating-system user.
 */
export const SYSTEM_ACTOR_LABELS = [
  'system',
  'first start',
  'public request portal',
  'download link',
  'answer packages',
  'answer package purge',
  'request reminders',
  'connector engine',
  'webhook deliveries',
  'retention sweeps',
  'preference centre',
  'one click unsubscribe',
  'consent expiry',
  'parental confirmation expiry',
  'parental confirmation page',
  'processor reviews',
  'sub-processor changes',
  'sub-processor page',
  'action plan',
  'breach reminders',
  'cookie banner',
  'contract end',
] as const
export type SystemActorLabel = (typeof SYSTEM_ACTOR_LABELS)[number] | `cli:${string}`

export function systemActor(
  label: SystemActorLabel | string = 'system',
  requestId: string | null = null,
): Actor {
  return { type: 'system', id: null, label, requestId }
}
