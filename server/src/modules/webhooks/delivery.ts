import { connectorGuardFor } from '../../connectors/connector-guard'
import { guardedFetch } from '../../connectors/network/guarded-fetch'
import { ConnectorTargetError } from '../../connectors/network/target-error'
import { type AppContext, inTransaction } from '../../context'
import type { WebhookAttemptOutcome, WebhookDeliveryRow, WebhookDeliveryStatus } from '../../db/schema'
import { storedWebhookEventData } from '../../events/outbox'
import { disableFailingEndpoint } from './endpoints'
import {
  claimDelivery,
  claimDueDeliveries,
  DELIVERY_LEASE_SECONDS,
  findDeliveryParts,
  recordAttempt,
} from './repository'
import { secretContext, signatureOf } from './signature'

/**
 * Seconds to wait after each failed attempt (the Standard Webhooks schedule): 8 attempts over about 27 hours.
 * A delivery still failing after the last one is failed, and its endpoint is disabled ('failing').
 */
export const RETRY_DELAYS_SECONDS = [5, 300, 1800, 7200, 18_000, 36_000, 36_000] as const
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1
export const ATTEMPT_TIMEOUT_MS = 10_000
const LEASE_SECONDS = DELIVERY_LEASE_SECONDS
const BATCH = 20

export interface DeliveryOptions {
  /** The clock (tests move it forward to reach a retry). */
  now?: () => Date
  /** Per attempt (default 10 s). */
  timeoutMs?: number
}

/** What the receiver gets: the Standard Webhooks body and headers. */
export interface OutgoingRequest {
  url: string
  headers: Record<string, string>
  body: string
}

export async function buildRequest(
  ctx: AppContext,
  delivery: WebhookDeliveryRow,
  timestamp: number,
): Promise<OutgoingRequest | undefined> {
  const parts = await findDeliveryParts(ctx.db, delivery)
  if (!parts) return undefined
  const body = JSON.stringify({
    id: parts.event_id,
    type: parts.type,
    timestamp: parts.occurred_at.toISOString(),
    organisation: { id: parts.organization_id, slug: parts.organization_slug },
    data: storedWebhookEventData.read(parts.data, parts.event_id),
  })
  const secret = ctx.encryption.decrypt(parts.secret_encrypted, secretContext(parts.endpoint_id))
  // During a rotation's overlap the replaced secret signs too (Standard Webhooks: signatures separated by spaces).
  const secrets = [secret]
  if (
    parts.previous_secret_encrypted &&
    parts.previous_secret_until &&
    parts.previous_secret_until.getTime() > timestamp * 1000
  )
    secrets.push(ctx.encryption.decrypt(parts.previous_secret_encrypted, secretContext(parts.endpoint_id)))
  return {
    url: parts.url,
    body,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Custos-Webhooks/1',
      'webhook-id': parts.event_id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': secrets.map((s) => signatureOf(s, parts.event_id, timestamp, body)).join(' '),
    },
  }
}

interface Outcome {
  outcome: WebhookAttemptOutcome
  statusCode: number | null
  error: string | null
}

async function send(ctx: AppContext, request: OutgoingRequest, timeoutMs: number): Promise<Outcome> {
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const response = await guardedFetch(connectorGuardFor(ctx))(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal,
    })
    if (response.status >= 200 && response.status < 300)
      return { outcome: 'delivered', statusCode: response.status, error: null }
    return { outcome: 'http_error', statusCode: response.status, error: `HTTP ${response.status}` }
  } catch (error) {
    if (signal.aborted)
      return { outcome: 'timeout', statusCode: null, error: `No answer within ${timeoutMs / 1000} s.` }
    if (error instanceof ConnectorTargetError && error.code === 'connector.target-not-allowed')
      return {
        outcome: 'not_allowed',
        statusCode: null,
        error: `The address is outside the network allow-list of this installation (CUSTOS_CONNECTOR_ALLOW); nothing was sent (reference ${error.reference}).`,
      }
    const reference = error instanceof ConnectorTargetError ? ` (reference ${error.reference})` : ''
    if (!(error instanceof ConnectorTargetError)) ctx.logger.warn({ err: error }, 'webhook delivery failed')
    return {
      outcome: 'network_error',
      statusCode: null,
      error: `The connection failed; the server log has the reason${reference}.`,
    }
  }
}

/** 5xx, 408, 429, a timeout or a network error are worth another attempt; other answers are final. */
function retryable(o: Outcome): boolean {
  if (o.outcome === 'timeout' || o.outcome === 'network_error') return true
  if (o.outcome !== 'http_error' || o.statusCode === null) return false
  return o.statusCode >= 500 || o.statusCode === 408 || o.statusCode === 429
}

/** One attempt of a leased delivery, logged; returns its status afterwards. */
async function attempt(
  ctx: AppContext,
  delivery: WebhookDeliveryRow,
  options: DeliveryOptions,
): Promise<WebhookDeliveryStatus> {
  const clock = options.now ?? (() => new Date())
  const startedAt = clock()
  const request = await buildRequest(ctx, delivery, Math.floor(startedAt.getTime() / 1000))
  if (!request) return delivery.status
  const started = performance.now()
  const result = await send(ctx, request, options.timeoutMs ?? ATTEMPT_TIMEOUT_MS)
  const durationMs = Math.round(performance.now() - started)
  const number = delivery.attempts + 1
  const again = retryable(result) && number < MAX_ATTEMPTS
  const status: WebhookDeliveryStatus =
    result.outcome === 'delivered'
      ? 'delivered'
      : again
        ? 'pending'
        : result.outcome === 'not_allowed'
          ? 'refused'
          : 'failed'
  const delay = RETRY_DELAYS_SECONDS[number - 1] ?? 0
  await inTransaction(ctx, async (ctx) => {
    await recordAttempt(
      ctx.db,
      delivery,
      { number, startedAt, durationMs, ...result },
      { status, nextAttemptAt: again ? new Date(startedAt.getTime() + delay * 1000) : null },
    )
    // Persistent failure: every attempt used up. The endpoint stops receiving until someone enables it again.
    if (status === 'failed' && retryable(result)) await disableFailingEndpoint(ctx, delivery)
  })
  return status
}

/**
 * Sends every delivery that is due (the `webhooks.deliver` job, every minute): leased in batches so several
 * workers share the work, one attempt each, until none is due. Returns the number of attempts made.
 */
export async function runDueDeliveries(ctx: AppContext, options: DeliveryOptions = {}): Promise<number> {
  const clock = options.now ?? (() => new Date())
  let attempts = 0
  for (;;) {
    const batch = await claimDueDeliveries(ctx.db, clock(), BATCH, LEASE_SECONDS)
    if (batch.length === 0) return attempts
    await Promise.all(batch.map((d) => attempt(ctx, d, options)))
    attempts += batch.length
  }
}

/** Sends one delivery now if it is pending and not leased by a worker (the "send test event" button). */
export async function deliverNow(
  ctx: AppContext,
  deliveryId: string,
  options: DeliveryOptions = {},
  /** The caller claimed it already (a test event, claimed where it was queued). */
  claimed?: WebhookDeliveryRow,
): Promise<void> {
  const clock = options.now ?? (() => new Date())
  const delivery = claimed ?? (await claimDelivery(ctx.db, deliveryId, clock(), LEASE_SECONDS))
  if (delivery) await attempt(ctx, delivery, options)
}
