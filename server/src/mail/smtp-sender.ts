import { type Selectable, sql } from 'kysely'
import type { AppContext } from '../context'
import type { OutboxMessagesTable } from '../db/schema'
import { findOrganizationById } from '../modules/organizations'
import { bodyOf, envelopeOf } from './outbox'
import { deliverOverSmtp } from './smtp-session'
import { fromHeader, mailTransport } from './transport'

/** Delivery attempts before a message is given up as 'failed'. */
export const MAX_MAIL_ATTEMPTS = 5
/** First retry delay; it doubles with every failed attempt (30 s, 1 min, 2 min, 4 min). */
export const MAIL_RETRY_DELAY_SECONDS = 30
/** A claimed message is not picked up again for this long, so a sweep does not send it a second time. */
const SEND_LEASE_SECONDS = 300
const MAX_ERROR_LENGTH = 500

export type SendOutcome = 'sent' | 'held' | 'failed' | 'skipped' | 'unconfirmed'

export class MailDeliveryError extends Error {}

type SenderContext = Pick<AppContext, 'db' | 'config' | 'logger' | 'encryption'>
/** The column's own type, so these expressions fit it however the schema spells timestamps. */
type OutboxTime = Selectable<OutboxMessagesTable>['next_attempt_at']

/** The delay before attempt `failedAttempts + 1`, matching pg-boss' exponential retry backoff. */
export function mailRetryDelaySeconds(failedAttempts: number): number {
  return MAIL_RETRY_DELAY_SECONDS * 2 ** Math.max(0, failedAttempts - 1)
}

/** The Message-ID of an outbox message: one per message, whichever attempt sends it. */
export function messageIdOf(outboxId: string): string {
  return `<${outboxId}@custos>`
}

/**
 * Sends one outbox message, at most once per Message-ID. Only a pending message that is due is sent: it is
 * claimed first (its next attempt is pushed out by a lease), so a concurrent sweep or a duplicate job does
 * nothing (`skipped`). Without SMTP configured, or for a sample organisation, the message is `held`, readable in
 * the outbox.
 *
 * Just before the SMTP server is told the mail is complete, the hand-over is recorded (`handed_over_at`); the
 * server's answer then marks it `sent`, or records the failure. A message found pending with a hand-over but
 * no answer - the process died in between - may have been delivered: it becomes `unconfirmed` and is not
 * sent again unless someone asks (retry). A failure is recorded and rethrown (a `MailDeliveryError`, so the job
 * is retried) until the last attempt, after which the message is `failed`.
 */
export async function sendOutboxMessage(ctx: SenderContext, id: string): Promise<SendOutcome> {
  const transport = await mailTransport(ctx)
  const smtpUrl = transport.smtpUrl
  // Mail of a sample organisation (invented people) is never sent: it stays readable in its outbox.
  if (!smtpUrl || (await ofSampleOrganization(ctx, id))) {
    const held = await ctx.db
      .updateTable('outbox_messages')
      .set({ status: 'held' })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('handed_over_at', 'is', null)
      .executeTakeFirst()
    if (held.numUpdatedRows > 0n) return 'held'
    return (await markUnconfirmed(ctx, id)) ? 'unconfirmed' : 'skipped'
  }
  if (await markUnconfirmed(ctx, id)) return 'unconfirmed'
  const message = await ctx.db
    .updateTable('outbox_messages')
    .set({ next_attempt_at: sql<OutboxTime>`now() + make_interval(secs => ${SEND_LEASE_SECONDS})` })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('handed_over_at', 'is', null)
    .where('next_attempt_at', '<=', sql<OutboxTime>`now()`)
    .returningAll()
    .executeTakeFirst()
  if (!message) return 'skipped'
  const envelope = envelopeOf(ctx.encryption, message)
  const body = bodyOf(ctx.encryption, message)
  if (!body) return recordFailure(ctx, message.id, MAX_MAIL_ATTEMPTS, 'The content of this mail was purged')

  try {
    await deliverOverSmtp(
      smtpUrl,
      {
        from: fromHeader(transport.mailFrom, envelope.fromName),
        ...(envelope.replyTo ? { replyTo: envelope.replyTo } : {}),
        to: envelope.to,
        subject: envelope.subject,
        text: body.text,
        html: body.html,
        messageId: messageIdOf(message.id),
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': message.language },
      },
      async () => {
        await ctx.db
          .updateTable('outbox_messages')
          .set({ handed_over_at: sql<OutboxTime>`now()` })
          .where('id', '=', message.id)
          .execute()
      },
    )
  } catch (error) {
    return recordFailure(ctx, message.id, message.attempts + 1, describeError(error, smtpUrl))
  }
  await ctx.db
    .updateTable('outbox_messages')
    .set({
      status: 'sent',
      sent_at: sql<OutboxTime>`now()`,
      attempts: message.attempts + 1,
      last_error: null,
    })
    .where('id', '=', message.id)
    .execute()
  return 'sent'
}

/** Whether the message belongs to a sample organisation (built from an example register, invented people). */
async function ofSampleOrganization(ctx: SenderContext, id: string): Promise<boolean> {
  const message = await ctx.db
    .selectFrom('outbox_messages')
    .select('organization_id')
    .where('id', '=', id)
    .executeTakeFirst()
  if (!message?.organization_id) return false
  return (await findOrganizationById(ctx.db, message.organization_id))?.isSample === true
}

/**
 * A pending message handed over to the SMTP server by a process that died before the server answered (its
 * lease has run out): it becomes `unconfirmed` rather than being sent again with the same Message-ID.
 */
async function markUnconfirmed(ctx: SenderContext, id: string): Promise<boolean> {
  const result = await ctx.db
    .updateTable('outbox_messages')
    .set({ status: 'unconfirmed' })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('handed_over_at', 'is not', null)
    .where('next_attempt_at', '<=', sql<OutboxTime>`now()`)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) return false
  ctx.logger.warn(
    { outboxId: id, messageId: messageIdOf(id) },
    'Mail delivery was interrupted; not sent again',
  )
  return true
}

async function recordFailure(
  ctx: SenderContext,
  id: string,
  attempts: number,
  reason: string,
): Promise<SendOutcome> {
  const final = attempts >= MAX_MAIL_ATTEMPTS
  await ctx.db
    .updateTable('outbox_messages')
    .set({
      attempts,
      last_error: reason,
      handed_over_at: null,
      status: final ? 'failed' : 'pending',
      next_attempt_at: sql<OutboxTime>`now() + make_interval(secs => ${mailRetryDelaySeconds(attempts)})`,
    })
    .where('id', '=', id)
    .execute()
  if (final) {
    ctx.logger.error({ outboxId: id, attempts, reason }, 'Mail delivery failed for good')
    return 'failed'
  }
  ctx.logger.warn({ outboxId: id, attempts, reason }, 'Mail delivery failed, will retry')
  throw new MailDeliveryError(`Mail ${id} not delivered (attempt ${attempts}): ${reason}`)
}

/** The SMTP error without credentials: the configured URL's password and any `user:password@` are masked. */
export function describeError(error: unknown, smtpUrl: string): string {
  const parts: string[] = []
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string') parts.push(code)
    parts.push(error.message)
  } else {
    parts.push(String(error))
  }
  let text = parts.join(': ').replace(/\/\/[^\s/@]+@/g, '//***@')
  for (const secret of credentialsOf(smtpUrl)) text = text.split(secret).join('***')
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text
}

function credentialsOf(smtpUrl: string): string[] {
  try {
    const url = new URL(smtpUrl)
    return [url.password, decodeURIComponent(url.password)].filter((s) => s.length >= 3)
  } catch {
    return []
  }
}
