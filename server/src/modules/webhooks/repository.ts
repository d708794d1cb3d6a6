import { type Kysely, sql, type Transaction } from 'kysely'
import type {
  DB,
  WebhookAttemptOutcome,
  WebhookAttemptRow,
  WebhookDeliveryRow,
  WebhookDeliveryStatus,
  WebhookEndpointRow,
} from '../../db/schema'
import { findOrganizationById } from '../organizations'

type Db = Kysely<DB> | Transaction<DB>

export function listEndpoints(db: Db, organizationId: string): Promise<WebhookEndpointRow[]> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export function findEndpoint(
  db: Db,
  organizationId: string,
  id: string,
): Promise<WebhookEndpointRow | undefined> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertEndpoint(
  trx: Transaction<DB>,
  row: {
    id: string
    organizationId: string
    url: string
    description: string
    eventTypes: string[]
    secretEncrypted: string
    enabled: boolean
  },
): Promise<WebhookEndpointRow> {
  return trx
    .insertInto('webhook_endpoints')
    .values({
      id: row.id,
      organization_id: row.organizationId,
      url: row.url,
      description: row.description,
      event_types: JSON.stringify(row.eventTypes),
      secret_encrypted: row.secretEncrypted,
      enabled: row.enabled,
      disabled_reason: row.enabled ? null : 'manual',
      disabled_at: row.enabled ? null : new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function updateEndpoint(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  patch: {
    url?: string
    description?: string
    event_types?: string
    secret_encrypted?: string
    previous_secret_encrypted?: string | null
    previous_secret_until?: Date | null
    enabled?: boolean
    disabled_reason?: string | null
    disabled_at?: Date | null
  },
): Promise<WebhookEndpointRow | undefined> {
  return trx
    .updateTable('webhook_endpoints')
    .set({ ...patch, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
}

export function deleteEndpoint(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
): Promise<WebhookEndpointRow | undefined> {
  return trx
    .deleteFrom('webhook_endpoints')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
}

export interface DeliveryWithEvent extends WebhookDeliveryRow {
  event_type: string
}

/** The latest deliveries of one endpoint, newest first, with their event type. */
export function listDeliveries(
  db: Db,
  organizationId: string,
  endpointId: string,
  limit: number,
): Promise<DeliveryWithEvent[]> {
  return db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_events as e', 'e.id', 'd.event_id')
    .selectAll('d')
    .select('e.type as event_type')
    .where('d.organization_id', '=', organizationId)
    .where('d.endpoint_id', '=', endpointId)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit)
    .execute()
}

export function listAttempts(db: Db, deliveryIds: readonly string[]): Promise<WebhookAttemptRow[]> {
  if (deliveryIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('delivery_id', 'in', deliveryIds)
    .orderBy('attempt')
    .execute()
}

/**
 * Takes up to `limit` pending deliveries that are due, of enabled endpoints, and leases them to this worker for
 * `leaseSeconds` (another worker skips them; a worker that dies leaves them to be taken again after the lease).
 */
export async function claimDueDeliveries(
  db: Kysely<DB>,
  now: Date,
  limit: number,
  leaseSeconds: number,
): Promise<WebhookDeliveryRow[]> {
  const leasedUntil = new Date(now.getTime() + leaseSeconds * 1000)
  const result = await sql<WebhookDeliveryRow>`
    update webhook_deliveries set leased_until = ${leasedUntil}, updated_at = now()
    where id in (
      select d.id from webhook_deliveries d
      join webhook_endpoints e on e.id = d.endpoint_id
      where d.status = 'pending' and d.next_attempt_at <= ${now} and e.enabled
        and (d.leased_until is null or d.leased_until <= ${now})
      order by d.next_attempt_at
      limit ${limit}
      for update of d skip locked
    )
    returning *`.execute(db)
  return result.rows
}

/** Leases one delivery (the test button sends at once); undefined when another worker holds it. */
/** How long a sender holds a delivery it claimed; another sender takes it over after that. */
export const DELIVERY_LEASE_SECONDS = 120

export async function claimDelivery(
  db: Kysely<DB>,
  id: string,
  now: Date,
  leaseSeconds: number,
): Promise<WebhookDeliveryRow | undefined> {
  return db
    .updateTable('webhook_deliveries')
    .set({ leased_until: new Date(now.getTime() + leaseSeconds * 1000), updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', now)]))
    .returningAll()
    .executeTakeFirst()
}

/** What a delivery sends: its event, its endpoint and the slug of their organisation (asked of its module). */
export async function findDeliveryParts(db: Db, delivery: WebhookDeliveryRow) {
  const parts = await db
    .selectFrom('webhook_events as e')
    .innerJoin('webhook_endpoints as w', 'w.organization_id', 'e.organization_id')
    .select([
      'e.id as event_id',
      'e.type',
      'e.occurred_at',
      'e.data',
      'w.id as endpoint_id',
      'w.url',
      'w.secret_encrypted',
      'w.previous_secret_encrypted',
      'w.previous_secret_until',
      'e.organization_id',
    ])
    .where('e.id', '=', delivery.event_id)
    .where('w.id', '=', delivery.endpoint_id)
    .executeTakeFirst()
  if (!parts) return undefined
  const org = await findOrganizationById(db, parts.organization_id)
  return org && { ...parts, organization_slug: org.slug }
}

export async function recordAttempt(
  trx: Transaction<DB>,
  delivery: WebhookDeliveryRow,
  attempt: {
    number: number
    startedAt: Date
    durationMs: number
    outcome: WebhookAttemptOutcome
    statusCode: number | null
    error: string | null
  },
  next: { status: WebhookDeliveryStatus; nextAttemptAt: Date | null },
): Promise<void> {
  await trx
    .insertInto('webhook_attempts')
    .values({
      delivery_id: delivery.id,
      attempt: attempt.number,
      started_at: attempt.startedAt,
      duration_ms: attempt.durationMs,
      outcome: attempt.outcome,
      status_code: attempt.statusCode,
      error: attempt.error,
    })
    .execute()
  await trx
    .updateTable('webhook_deliveries')
    .set({
      status: next.status,
      attempts: attempt.number,
      next_attempt_at: next.nextAttemptAt,
      leased_until: null,
      last_status_code: attempt.statusCode,
      last_error: attempt.error,
      delivered_at: next.status === 'delivered' ? new Date() : null,
      updated_at: new Date(),
    })
    .where('id', '=', delivery.id)
    .execute()
}

/** Finished deliveries older than the cut-off go, with their attempts; then events no delivery refers to. */
export async function purgeFinishedDeliveries(db: Kysely<DB>, before: Date): Promise<number> {
  const deleted = await db
    .deleteFrom('webhook_deliveries')
    .where('status', '!=', 'pending')
    .where('created_at', '<', before)
    .executeTakeFirst()
  await db
    .deleteFrom('webhook_events')
    .where('created_at', '<', before)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('webhook_deliveries')
            .select('id')
            .whereRef('webhook_deliveries.event_id', '=', 'webhook_events.id'),
        ),
      ),
    )
    .execute()
  return Number(deleted.numDeletedRows)
}
