import type { WebhookAttemptRow, WebhookEndpointRow } from '../../db/schema'
import type { DeliveryWithEvent } from './repository'

/** What leaves the server about an endpoint: never the secret. */
export function presentEndpoint(row: WebhookEndpointRow) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    enabled: row.enabled,
    disabledReason: (row.disabled_reason as 'failing' | 'manual' | null) ?? null,
    disabledAt: row.disabled_at?.toISOString() ?? null,
    previousSecretUntil:
      row.previous_secret_until && row.previous_secret_until > new Date()
        ? row.previous_secret_until.toISOString()
        : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

export function presentDelivery(row: DeliveryWithEvent, attempts: readonly WebhookAttemptRow[]) {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    log: attempts.map((a) => ({
      attempt: a.attempt,
      at: a.started_at.toISOString(),
      durationMs: a.duration_ms,
      outcome: a.outcome,
      statusCode: a.status_code,
      error: a.error,
    })),
  }
}
