import { randomUUID } from 'node:crypto'
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely'
import { z } from 'zod'
import type { AppContext } from '../context'
import type { Encryption } from '../crypto/encryption'
import type { DB, MailLanguage, OutboxMessagesTable, OutboxStatus } from '../db/schema'
import { findOrganizationById } from '../modules/organizations'
import { deliverMailJob } from './deliver-job'
import {
  type MailBody,
  type MailEnvelope,
  openBody,
  openEnvelope,
  sealBody,
  sealEnvelope,
} from './outbox-seal'
import { type MailSignature, type MailTemplateData, renderMail } from './templates/render-mail'

export type QueuedMail = {
  organizationId: string | null
  to: string
  language: MailLanguage
  /** Not handed over before this instant (throttled mass mailings); the sweep sends it once due. */
  notBefore?: Date | undefined
} & MailTemplateData

/** An outbox entry without its bodies, for lists: the envelope decrypted. */
export interface OutboxSummary {
  id: string
  organization_id: string | null
  to_address: string
  subject: string
  language: MailLanguage
  template: string
  status: OutboxStatus
  attempts: number
  last_error: string | null
  created_at: Date
  next_attempt_at: Date
  sent_at: Date | null
  body_purged_at: Date | null
}

/** One message with its bodies decrypted; both null once purged after delivery. */
export interface OutboxMessage extends OutboxSummary {
  text_body: string | null
  html_body: string | null
}

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
 * Who a mail of the organisation is signed by: its name and its privacy contact (or its general address). The
 * organisation's name is also the From display name, and the contact address the Reply-To.
 */
export async function organizationSignature(
  db: Kysely<DB> | Transaction<DB>,
  organizationId: string,
): Promise<MailSignature | undefined> {
  const org = await findOrganizationById(db, organizationId)
  if (!org) return undefined
  return {
    organization: org.name,
    contactName: org.privacyContactName?.trim() || null,
    contactEmail: org.privacyContactEmail?.trim() || org.contactEmail?.trim() || null,
  }
}

/** The delivery status of these messages of the organisation (for the letters of a request, its status page). */
export function outboxStatuses(db: Kysely<DB>, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('outbox_messages')
    .select(['id', 'status', 'sent_at'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...ids])
    .execute()
}

/**
 * Renders a mail and stores it in the outbox inside the caller's transaction, so it exists exactly when the
 * change that caused it does (Art. 5(2)). Call `dispatchQueuedMail` with the id after the commit; should that
 * not happen (crash), the `mail.sweep` job still sends it. A mail of an organisation is signed by it and sent
 * under its name; one without (a password reset) is signed by Custos.
 */
export async function queueMail(
  trx: Transaction<DB>,
  encryption: Encryption,
  mail: QueuedMail,
): Promise<string> {
  const to = recipientSchema.parse(mail.to.trim())
  const signature = mail.organizationId ? await organizationSignature(trx, mail.organizationId) : undefined
  const content = renderMail(mail.template, mail.language, mail.params, signature)
  const id = randomUUID()
  await trx
    .insertInto('outbox_messages')
    .values({
      id,
      organization_id: mail.organizationId,
      language: mail.language,
      template: mail.template,
      envelope_encrypted: sealEnvelope(encryption, id, {
        to,
        subject: content.subject,
        ...(signature ? { fromName: signature.organization } : {}),
        ...(signature?.contactEmail ? { replyTo: signature.contactEmail } : {}),
      }),
      body_encrypted: sealBody(encryption, id, { text: content.text, html: content.html }),
      ...(mail.notBefore ? { next_attempt_at: mail.notBefore } : {}),
    })
    .execute()
  return id
}

type SealedColumns = Pick<
  Selectable<OutboxMessagesTable>,
  'id' | 'envelope_encrypted' | 'to_address' | 'subject'
>

/** The recipient and subject line of a message (a row not yet sealed at start-up is read as it is). */
export function envelopeOf(encryption: Encryption, row: SealedColumns): MailEnvelope {
  if (row.envelope_encrypted !== null) return openEnvelope(encryption, row.id, row.envelope_encrypted)
  return { to: row.to_address ?? '', subject: row.subject ?? '' }
}

/** The bodies of a message, or null once they were purged after delivery. */
export function bodyOf(
  encryption: Encryption,
  row: Pick<Selectable<OutboxMessagesTable>, 'id' | 'body_encrypted' | 'text_body' | 'html_body'>,
): MailBody | null {
  if (row.body_encrypted !== null) return openBody(encryption, row.id, row.body_encrypted)
  if (row.text_body !== null && row.html_body !== null) return { text: row.text_body, html: row.html_body }
  return null
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
  encryption: Encryption,
  organizationId: string,
  options: OutboxListOptions,
): Promise<OutboxSummary[]> {
  let query = db
    .selectFrom('outbox_messages as m')
    .select([
      'm.id',
      'm.organization_id',
      'm.envelope_encrypted',
      'm.to_address',
      'm.subject',
      'm.language',
      'm.template',
      'm.status',
      'm.attempts',
      'm.last_error',
      'm.created_at',
      'm.next_attempt_at',
      'm.sent_at',
      'm.body_purged_at',
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
  const rows = await query
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(Math.min(Math.max(1, Math.trunc(options.limit)), MAX_PAGE_SIZE))
    .execute()
  // Only the page shown is decrypted.
  return rows.map((row) => {
    const { envelope_encrypted: _sealed, ...rest } = row
    const envelope = envelopeOf(encryption, row)
    return { ...rest, to_address: envelope.to, subject: envelope.subject }
  })
}

/** One message with its bodies; another organisation's message is not found. */
export async function getOutboxMessage(
  db: Kysely<DB>,
  encryption: Encryption,
  organizationId: string,
  id: string,
): Promise<OutboxMessage | undefined> {
  if (!UUID.test(id)) return undefined
  const row = await db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst()
  return row ? openOutboxRow(encryption, row) : undefined
}

/** A stored message as the application reads it: envelope and bodies decrypted, ciphertext left out. */
export function openOutboxRow(encryption: Encryption, row: Selectable<OutboxMessagesTable>): OutboxMessage {
  const envelope = envelopeOf(encryption, row)
  const body = bodyOf(encryption, row)
  return {
    id: row.id,
    organization_id: row.organization_id,
    to_address: envelope.to,
    subject: envelope.subject,
    language: row.language,
    template: row.template,
    status: row.status,
    attempts: row.attempts,
    last_error: row.last_error,
    created_at: row.created_at,
    next_attempt_at: row.next_attempt_at,
    sent_at: row.sent_at,
    body_purged_at: row.body_purged_at,
    text_body: body?.text ?? null,
    html_body: body?.html ?? null,
  }
}

/**
 * Puts a failed, held or unconfirmed message back in line with a fresh set of attempts. Returns false when
 * there is no such message in the organisation or it is in another state. Dispatch it afterwards, or let the
 * sweep send it. An unconfirmed message may have reached its recipient: sending it again is the user's choice.
 */
export async function retryOutboxMessage(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
): Promise<boolean> {
  if (!UUID.test(id)) return false
  const result = await db
    .updateTable('outbox_messages')
    .set({
      status: 'pending',
      attempts: 0,
      handed_over_at: null,
      next_attempt_at: sql<OutboxTime>`now()`,
    })
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['failed', 'held', 'unconfirmed'])
    .where('body_purged_at', 'is', null)
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

/**
 * Mail held while no SMTP server was configured goes back in line (fresh attempts, due now) once one is: called
 * at start-up when CUSTOS_SMTP_URL is set. Returns how many messages were released.
 */
export async function releaseHeldMail(db: Kysely<DB>): Promise<number> {
  const result = await db
    .updateTable('outbox_messages')
    .set({ status: 'pending', attempts: 0, next_attempt_at: sql<OutboxTime>`now()` })
    .where('status', '=', 'held')
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
