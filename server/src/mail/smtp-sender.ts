import { type Selectable, sql } from 'kysely'
import nodemailer, { type Transporter } from 'nodemailer'
import type { AppContext } from '../context'
import type { OutboxMessagesTable } from '../db/schema'

/** Delivery attempts before a message is given up as 'failed'. */
export const MAX_MAIL_ATTEMPTS = 5
/** First retry delay; it doubles with every failed attempt (30 s, 1 min, 2 min, 4 min). */
export const MAIL_RETRY_DELAY_SECONDS = 30
/** A claimed message is not picked up again for this long, so a sweep does not send it a second time. */
const SEND_LEASE_SECONDS = 300
const MAX_ERROR_LENGTH = 500

export type SendOutcome = 'sent' | 'held' | 'failed' | 'skipped'

export class MailDeliveryError extends Error {}

type SenderContext = Pick<AppContext, 'db' | 'config' | 'logger'>
/** The column's own type, so these expressions fit it however the schema spells timestamps. */
type OutboxTime = Selectable<OutboxMessagesTable>['next_attempt_at']

const transports = new Map<string, Transporter>()

/** One nodemailer transport per SMTP URL, created once per process. */
function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl)
  if (!transport) {
    transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    })
    transports.set(smtpUrl, transport)
  }
  return transport
}

/** The delay before attempt `failedAttempts + 1`, matching pg-boss' exponential retry backoff. */
export function mailRetryDelaySeconds(failedAttempts: number): number {
  return MAIL_RETRY_DELAY_SECONDS * 2 ** Math.max(0, failedAttempts - 1)
}

/**
 * Sends one outbox message. Only a pending message that is due is sent: it is claimed first (its next attempt
 * is pushed out by a lease), so a concurrent sweep or a duplicate job does nothing (`skipped`). Without SMTP
 * configured the message is `held`, readable in the outbox. The Message-ID is derived from the outbox id, so a
 * mail sent twice after a crash can be recognised as one. A failure is recorded and rethrown (a
 * `MailDeliveryError`, so the job is retried) until the last attempt, after which the message is `failed`.
 */
export async function sendOutboxMessage(ctx: SenderContext, id: string): Promise<SendOutcome> {
  if (!ctx.config.smtpUrl) {
    const held = await ctx.db
      .updateTable('outbox_messages')
      .set({ status: 'held' })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst()
    return held.numUpdatedRows > 0n ? 'held' : 'skipped'
  }
  const message = await ctx.db
    .updateTable('outbox_messages')
    .set({ next_attempt_at: sql<OutboxTime>`now() + make_interval(secs => ${SEND_LEASE_SECONDS})` })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', sql<OutboxTime>`now()`)
    .returningAll()
    .executeTakeFirst()
  if (!message) return 'skipped'

  try {
    await transportFor(ctx.config.smtpUrl).sendMail({
      from: ctx.config.mailFrom,
      to: message.to_address,
      subject: message.subject,
      text: message.text_body,
      html: message.html_body,
      messageId: `<${message.id}@custos>`,
      headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': message.language },
    })
  } catch (error) {
    return recordFailure(ctx, message.id, message.attempts + 1, describeError(error, ctx.config.smtpUrl))
  }
  await ctx.db
    .updateTable('outbox_messages')
    .set({ status: 'sent', sent_at: sql<OutboxTime>`now()`, attempts: message.attempts + 1 })
    .where('id', '=', message.id)
    .execute()
  return 'sent'
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
function describeError(error: unknown, smtpUrl: string): string {
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
