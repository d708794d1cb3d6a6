import type { Kysely } from 'kysely'
import type { Encryption } from '../../crypto/encryption'
import type { DB, MailLanguage, OutboxStatus } from '../../db/schema'
import {
  getOutboxMessage,
  listOutbox,
  type OutboxListOptions,
  retryOutboxMessage,
  type OutboxMessage as StoredMessage,
  type OutboxSummary as StoredSummary,
} from '../../mail/outbox'

/** A mail the organisation sent or queued, without its bodies: the envelope decrypted. */
export interface OutboxMessageSummary {
  id: string
  to: string
  subject: string
  language: MailLanguage
  template: string
  status: OutboxStatus
  attempts: number
  lastError: string | null
  createdAt: Date
  sentAt: Date | null
  /** Set once the bodies were deleted after delivery (CUSTOS_MAIL_BODY_DAYS). */
  bodyPurgedAt: Date | null
}

/** One mail with its bodies, both null once purged. */
export interface OutboxMessage extends OutboxMessageSummary {
  textBody: string | null
  htmlBody: string | null
}

function toSummary(m: StoredSummary): OutboxMessageSummary {
  return {
    id: m.id,
    to: m.to_address,
    subject: m.subject,
    language: m.language,
    template: m.template,
    status: m.status,
    attempts: m.attempts,
    lastError: m.last_error,
    createdAt: m.created_at,
    sentAt: m.sent_at,
    bodyPurgedAt: m.body_purged_at,
  }
}

function toMessage(m: StoredMessage): OutboxMessage {
  return { ...toSummary(m), textBody: m.text_body, htmlBody: m.html_body }
}

/** The queries themselves live with the mail infrastructure (mail/outbox.ts); this is where rows become mails. */
export async function listMessages(
  db: Kysely<DB>,
  encryption: Encryption,
  organizationId: string,
  options: OutboxListOptions,
): Promise<OutboxMessageSummary[]> {
  return (await listOutbox(db, encryption, organizationId, options)).map(toSummary)
}

export async function findMessage(
  db: Kysely<DB>,
  encryption: Encryption,
  organizationId: string,
  id: string,
): Promise<OutboxMessage | undefined> {
  const message = await getOutboxMessage(db, encryption, organizationId, id)
  return message && toMessage(message)
}

export function requeueMessage(db: Kysely<DB>, organizationId: string, id: string): Promise<boolean> {
  return retryOutboxMessage(db, organizationId, id)
}
