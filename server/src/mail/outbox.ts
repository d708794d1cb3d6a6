import { type Kysely, type Selectable, sql, type Transaction } from 'kysely'
import { z } from 'zod'
import type { AppContext } from '../context'
import type { DB, Language, OutboxMessageRow, OutboxMessagesTable, OutboxStatus } from '../db/schema'
import { deliverMailJob } from './deliver-job'
import { type MailTemplateData, renderMail } from './templates/render-mail'

export type QueuedMail = {
  organizationId: string | null
  to: string
  language: Language
} & MailTemplateData

/** An outbox entry without its bodies, for lists. */
export type OutboxSummary = Omit<OutboxMessageRow, 'text_body' | 'html_body'>

export interface OutboxListOptions {
  limit: number
  /** Id of the last message of the previous page (keyset pagination, newest first). */
  before?: string | undefined
  status?: OutboxStatus | undefined
}

const MAX_PAGE_SIZE = 200
/** The column's own type, so these expressions fit it however the schema spells timestamps. */
type OutboxTime = Selectable<OutboxMessagesTable>['next_attempt_at']
const recipientSchema = z.email()
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Renders a mail and stores it in the outbox inside the caller's transaction, so it exists exactly when the
 * change that caused it does (Art. 5(2)). Call `dispatchQueuedMail` with the id after the commit; should that
 * not happen (crash), the `mail.sweep` job still sends it.
 */
export async function queueMail(trx: Transaction<DB>, mail: QueuedMail): Promise<string> {
  const to = recipientSchema.parse(mail.to.trim())
  const content = renderMail(mail.template, mail.language, mail.params)
  const row = await trx
    .insertInto('outbox_messages')
    .values({
      organization_id: mail.organizationId,
      to_address: to,
      language: mail.language,
      template: mail.template,
      subject: content.subject,
      text_body: content.text,
      html_body: content.html,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/**
 * Hands committed outbox messages to the `mail.deliver` job. A failure here is only logged: the messages are
 * safely pending and the sweep picks them up.
 */
export async function dispatchQueuedMail(
  ctx: Pick<AppContext, 'jobs' | 'logger'>,
  ids: readonly string[],
): Promise<void> {
  for (const messageId of ids) {
    try {
      await ctx.jobs.send(deliverMailJob, { messageId }, { singletonKey: messageId })
    } catch (err) {
      ctx.logger.warn({ err, outboxId: messageId }, 'Could not dispatch mail; the sweep will send it')
    }
  }
}

/** The organisation's outbox, newest first. */
export async function listOutbox(
  db: Kysely<DB>,
  organizationId: string,
  options: OutboxListOptions,
): Promise<OutboxSummary[]> {
  let query = db
    .selectFrom('outbox_messages as m')
    .select([
      'm.id',
      'm.organization_id',
      'm.to_address',
      'm.language',
      'm.template',
      'm.subject',
      'm.status',
      'm.attempts',
      'm.last_error',
      'm.created_at',
      'm.next_attempt_at',
      'm.sent_at',
    ])
    .where('m.organization_id', '=', organizationId)
  if (options.status) query = query.where('m.status', '=', options.status)
  if (options.before) {
    if (!UUID.test(options.before)) return []
    const cursor = options.before
    query = query.where(
      sql<boolean>`(m.created_at, m.id) < (select c.created_at, c.id from outbox_messages c
        where c.id = ${cursor} and c.organization_id = ${organizationId})`,
    )
  }
  return query
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(Math.min(Math.max(1, Math.trunc(options.limit)), MAX_PAGE_SIZE))
    .execute()
}

/** One message with its bodies; another organisation's message is not found. */
export async function getOutboxMessage(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
): Promise<OutboxMessageRow | undefined> {
  if (!UUID.test(id)) return undefined
  return db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst()
}

/**
 * Puts a failed or held message back in line with a fresh set of attempts. Returns false when there is no such
 * message in the organisation or it is not failed/held. Dispatch it afterwards, or let the sweep send it.
 */
export async function retryOutboxMessage(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
): Promise<boolean> {
  if (!UUID.test(id)) return false
  const result = await db
    .updateTable('outbox_messages')
    .set({ status: 'pending', attempts: 0, next_attempt_at: sql<OutboxTime>`now()` })
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['failed', 'held'])
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** Pending messages whose next attempt is due, oldest first. */
export async function dueOutboxMessageIds(db: Kysely<DB>, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox_messages')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', sql<OutboxTime>`now()`)
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute()
  return rows.map((row) => row.id)
}
