import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from './columns'

/** Where an organisation wants its events (0013); the secret is encrypted, bound to the endpoint id. */
export interface WebhookEndpointsTable {
  id: Generated<string>
  organization_id: string
  url: string
  description: Generated<string>
  event_types: Json<string[]>
  secret_encrypted: string
  /** The secret a rotation replaced, still signing next to the new one until previous_secret_until (0028). */
  previous_secret_encrypted: string | null
  previous_secret_until: Timestamp | null
  enabled: Generated<boolean>
  /** 'failing' (a delivery used up its attempts) or 'manual'; null while enabled. */
  disabled_reason: string | null
  disabled_at: Timestamp | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** One event for integrators, written in the transaction of the change (the outbox). */
export interface WebhookEventsTable {
  id: Generated<string>
  organization_id: string
  type: string
  occurred_at: Timestamp
  data: Json<Record<string, unknown>>
  created_at: GeneratedTimestamp
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed' | 'refused'

/** One event to one endpoint: its status, attempts, last answer and next retry. */
export interface WebhookDeliveriesTable {
  id: Generated<string>
  organization_id: string
  endpoint_id: string
  event_id: string
  status: Generated<WebhookDeliveryStatus>
  attempts: Generated<number>
  next_attempt_at: Timestamp | null
  leased_until: Timestamp | null
  last_status_code: number | null
  last_error: string | null
  delivered_at: Timestamp | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export type WebhookAttemptOutcome = 'delivered' | 'http_error' | 'timeout' | 'network_error' | 'not_allowed'

/** The delivery log: one row per attempt. */
export interface WebhookAttemptsTable {
  id: Generated<string>
  delivery_id: string
  attempt: number
  started_at: Timestamp
  duration_ms: number
  outcome: WebhookAttemptOutcome
  status_code: number | null
  error: string | null
}

/** The first answer to an Idempotency-Key, per organisation and principal (0014). */
export interface IdempotencyKeysTable {
  organization_id: string
  principal: string
  key: string
  request_hash: string
  status_code: number | null
  content_type: string | null
  response_body: string | null
  created_at: GeneratedTimestamp
  expires_at: Timestamp
}
