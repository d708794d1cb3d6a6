import { sql, type Transaction } from 'kysely'
import { z } from 'zod'
import type { DB } from '../db/schema'
import { defineStoredJson } from '../lib/stored-json'

/**
 * Announced (NOTIFY) in the transaction that queues deliveries, so PostgreSQL tells the listening workers once it
 * commits - never for a change that rolled back. The workers send at once instead of at the next minute.
 */
export const WEBHOOK_DELIVERIES_CHANNEL = 'custos_webhook_deliveries'

export interface OutgoingEvent {
  type: string
  data: Record<string, unknown>
}

/**
 * A webhook event's `data` as stored (decision 0042): the catalogue's chosen audit summary fields, an object. Read
 * back through `read` when the delivery is built, so the receiver gets exactly what was stored, without `$v`.
 */
export const storedWebhookEventData = defineStoredJson<Record<string, unknown>>({
  name: 'webhook_event.data',
  version: 1,
  schema: z.record(z.string(), z.unknown()),
})

/**
 * The webhook outbox: inside the caller's transaction, stores the event once and a pending delivery for every
 * enabled endpoint of the organisation that subscribes to its type - or nothing when none does. The deliveries
 * are sent after commit: at once by the workers listening on WEBHOOK_DELIVERIES_CHANNEL, and in any case by the
 * every-minute `webhooks.deliver` job (modules/webhooks); a rollback takes them away with the change. Returns the
 * delivery ids.
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
      data: storedWebhookEventData.serialize(event.data),
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
  await sql`select pg_notify(${WEBHOOK_DELIVERIES_CHANNEL}, '')`.execute(trx)
  return deliveries.map((d) => d.id)
}
