import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../../db/schema'
import { NotFound } from '../../domain/errors'
import { TEST_EVENT_TYPE } from '../../events/catalogue'
import { emitWebhookEvent } from '../../events/outbox'
import type { Organization } from '../organizations'
import {
  claimDelivery,
  DELIVERY_LEASE_SECONDS,
  deleteEndpoint,
  findEndpoint,
  insertEndpoint,
  updateEndpoint,
} from './repository'
import { newSigningSecret, secretContext } from './signature'

export interface EndpointInput {
  url: string
  description?: string | undefined
  eventTypes: string[]
  enabled?: boolean | undefined
}

/** Registers an endpoint with a new signing secret, returned once (only its ciphertext is kept). */
export async function createEndpoint(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: EndpointInput,
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const id = randomUUID()
  const secret = newSigningSecret()
  const endpoint = await inTransaction(ctx, async (ctx) => {
    const row = await insertEndpoint(ctx.db, {
      id,
      organizationId: org.id,
      url: input.url,
      description: input.description ?? '',
      eventTypes: [...new Set(input.eventTypes)],
      secretEncrypted: ctx.encryption.encrypt(secret, secretContext(id)),
      enabled: input.enabled ?? true,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'webhook.created',
      targetType: 'webhook',
      targetId: id,
      summary: { url: row.url, eventTypes: row.event_types, enabled: row.enabled },
    })
    return row
  })
  return { endpoint, secret }
}

/** Changes an endpoint; enabling it again clears why it was disabled (its pending deliveries resume). */
export async function changeEndpoint(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: Partial<EndpointInput>,
): Promise<WebhookEndpointRow> {
  return inTransaction(ctx, async (ctx) => {
    const row = await updateEndpoint(ctx.db, org.id, id, {
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.eventTypes !== undefined
        ? { event_types: JSON.stringify([...new Set(input.eventTypes)]) }
        : {}),
      ...(input.enabled === true ? { enabled: true, disabled_reason: null, disabled_at: null } : {}),
      ...(input.enabled === false
        ? { enabled: false, disabled_reason: 'manual', disabled_at: new Date() }
        : {}),
    })
    if (!row) throw new NotFound('webhook')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'webhook.updated',
      targetType: 'webhook',
      targetId: id,
      summary: {
        changed: Object.keys(input),
        url: row.url,
        eventTypes: row.event_types,
        enabled: row.enabled,
      },
    })
    return row
  })
}

export async function removeEndpoint(ctx: AppContext, actor: Actor, org: Organization, id: string) {
  await inTransaction(ctx, async (ctx) => {
    const row = await deleteEndpoint(ctx.db, org.id, id)
    if (!row) throw new NotFound('webhook')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'webhook.deleted',
      targetType: 'webhook',
      targetId: id,
      summary: { url: row.url },
    })
  })
}

/** How long the replaced secret keeps signing next to the new one, unless the rotation says otherwise. */
export const DEFAULT_OVERLAP_HOURS = 24
export const MAX_OVERLAP_HOURS = 168

/**
 * A new signing secret, returned once. The replaced one keeps signing next to it for `overlapHours` (default 24,
 * 0 for a secret that leaked: it stops at once), so the receiver can switch without refusing a delivery. A
 * rotation during an overlap drops the oldest secret: at most two sign.
 */
export async function rotateSecret(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  overlapHours: number = DEFAULT_OVERLAP_HOURS,
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const secret = newSigningSecret()
  const endpoint = await inTransaction(ctx, async (ctx) => {
    const current = await findEndpoint(ctx.db, org.id, id)
    if (!current) throw new NotFound('webhook')
    const until = overlapHours > 0 ? new Date(Date.now() + overlapHours * 3_600_000) : null
    const row = await updateEndpoint(ctx.db, org.id, id, {
      secret_encrypted: ctx.encryption.encrypt(secret, secretContext(id)),
      previous_secret_encrypted: until ? current.secret_encrypted : null,
      previous_secret_until: until,
    })
    if (!row) throw new NotFound('webhook')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'webhook.secret_rotated',
      targetType: 'webhook',
      targetId: id,
      summary: { url: row.url, overlapHours, previousSecretUntil: until?.toISOString() ?? null },
    })
    return row
  })
  return { endpoint, secret }
}

/**
 * Queues a `webhook.test` event for this endpoint only (enabled or not, subscribed or not) and returns its
 * delivery, claimed for the caller, who sends it at once.
 */
export async function queueTestEvent(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
): Promise<WebhookDeliveryRow> {
  return inTransaction(ctx, async (ctx) => {
    const now = new Date()
    const [deliveryId] = await emitWebhookEvent(
      ctx.db,
      org.id,
      {
        type: TEST_EVENT_TYPE,
        data: { message: 'A test event sent from Custos.', requestedBy: actor.type },
      },
      now,
      id,
    )
    if (!deliveryId) throw new NotFound('webhook')
    // Claimed before the commit announces it: the caller sends it and shows the outcome, not a worker that woke
    // on the announcement (which would leave the caller looking at a delivery still waiting).
    const claimed = await claimDelivery(ctx.db, deliveryId, now, DELIVERY_LEASE_SECONDS)
    if (!claimed) throw new NotFound('webhook')
    return claimed
  })
}

/** A delivery used up its attempts: its endpoint receives nothing more until it is enabled again. */
export async function disableFailingEndpoint(ctx: TxContext, delivery: WebhookDeliveryRow): Promise<void> {
  const row = await updateEndpoint(ctx.db, delivery.organization_id, delivery.endpoint_id, {
    enabled: false,
    disabled_reason: 'failing',
    disabled_at: new Date(),
  })
  if (!row) return
  await recordAudit(ctx.db, systemActor('webhook deliveries'), {
    organizationId: delivery.organization_id,
    action: 'webhook.disabled',
    targetType: 'webhook',
    targetId: row.id,
    summary: { url: row.url, deliveryId: delivery.id, reason: 'failing' },
  })
}
