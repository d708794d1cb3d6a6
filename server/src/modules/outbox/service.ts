import type { AppContext } from '../../context'
import type { OutboxStatus } from '../../db/schema'
import { Conflict, NotFound } from '../../domain/errors'
import { dispatchQueuedMail, type OutboxListOptions } from '../../mail/outbox'
import type { Organization } from '../organizations'
import {
  findMessage,
  listMessages,
  type OutboxMessage,
  type OutboxMessageSummary,
  requeueMessage,
} from './repository'

const RETRYABLE: readonly OutboxStatus[] = ['failed', 'held', 'unconfirmed']

/**
 * A mail can be sent again when it failed, was held (no SMTP server) or is unconfirmed (Custos stopped while
 * handing it over), and still has its bodies.
 */
export function isRetryable(message: Pick<OutboxMessageSummary, 'status' | 'bodyPurgedAt'>): boolean {
  return RETRYABLE.includes(message.status) && message.bodyPurgedAt === null
}

/** The organisation's mail, newest first, one page. */
export function outboxOf(
  ctx: AppContext,
  org: Organization,
  options: OutboxListOptions,
): Promise<OutboxMessageSummary[]> {
  return listMessages(ctx.db, ctx.encryption, org.id, options)
}

/** One mail with its text; another organisation's mail is not found. */
export async function outboxMessage(ctx: AppContext, org: Organization, id: string): Promise<OutboxMessage> {
  const message = await findMessage(ctx.db, ctx.encryption, org.id, id)
  if (!message) throw new NotFound('mail')
  return message
}

/** Puts a mail back in line for delivery and hands it to the mail job. */
export async function retryMessage(ctx: AppContext, org: Organization, id: string): Promise<void> {
  const message = await outboxMessage(ctx, org, id)
  if (!isRetryable(message) || !(await requeueMessage(ctx.db, org.id, id))) {
    const latest = await outboxMessage(ctx, org, id)
    throw new Conflict(
      'mail_not_retryable',
      latest.bodyPurgedAt
        ? 'This mail can no longer be sent again: its text was deleted after delivery.'
        : `Only a failed, held or unconfirmed mail can be sent again; this one is ${latest.status}.`,
      { params: { status: latest.status, purged: latest.bodyPurgedAt !== null } },
    )
  }
  await dispatchQueuedMail(ctx, [id])
}
