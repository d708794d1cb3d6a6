import { sql, type Transaction } from 'kysely'
import type { DB } from '../db/schema'

export interface OutgoingEvent {
  type: string
  data: Record<string, unknown>
}

/**
 * The webhook outbox: inside the caller's transaction, stores the event once and a pending delivery for every
 * enabled endpoint of the organisation that subscribes to its type - or nothing when none does. The deliveries
 * are sent after commit by the `webhooks.deliver` job (modules/webhooks); a rollback takes them away with the
 * change. Returns the delivery ids.
 */
export async function emitWebhookEvent(
  trx: Transaction<DB>,
  organizationId: string,
  event: OutgoingEvent,
  occurredAt: Date,
  onlyEndpointId?: string,
): Promise<string[]> {
  let endpoints = trx
    .selectFrom('webhook_endpoints')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('enabled', '=', true)
    .where(sql<boolean>`event_types @> ${JSON.stringify([event.type])}::jsonb`)
  if (onlyEndpointId) {
    endpoints = trx
      .selectFrom('webhook_endpoints')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', onlyEndpointId)
  }
  const targets = await endpoints.execute()
  if (targets.length === 0) return []
  const stored = await trx
    .insertInto('webhook_events')
    .values({
      organization_id: organizationId,
      type: event.type,
      occurred_at: occurredAt,
      data: JSON.stringify(event.data),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const deliveries = await trx
    .insertInto('webhook_deliveries')
    .values(
      targets.map((t) => ({
        organization_id: organizationId,
        endpoint_id: t.id,
        event_id: stored.id,
        next_attempt_at: occurredAt,
      })),
    )
    .returning('id')
    .execute()
  return deliveries.map((d) => d.id)
}
