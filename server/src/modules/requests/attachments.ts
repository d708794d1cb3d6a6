import { randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Encryption } from '../../crypto/encryption'
import type { DB } from '../../db/schema'
import { findAttachment, insertAttachment, listAttachments } from './repository'

/**
 * Originals of a request (the submitted form, a scanned letter, a saved e-mail) stored encrypted in
 * request_attachments. The content is sealed with the attachment id as additional data, so a ciphertext copied
 * to another row does not decrypt.
 */

/** The intake record: what the subject wrote (form fields or the agent's summary), kept as an attachment. */
export const INTAKE_FILENAME = 'intake.json'
export const INTAKE_CONTENT_TYPE = 'application/vnd.custos.request-intake+json'

export interface IntakeRecord {
  details: string | null
  customerNumber: string | null
  /** For portal requests: the form as submitted. */
  form?: Record<string, unknown>
}

const context = (id: string) => `request-attachment:${id}`

/**
 * A file's content sealed for a text column (AES-256-GCM, base64 inside), bound to `context` - one per row and
 * purpose, e.g. `breach-evidence:<id>` - so a ciphertext copied to another row does not open. Request attachments
 * and every other stored file (breach evidence) are sealed this one way.
 */
export function sealFile(encryption: Encryption, content: Buffer, context: string): string {
  return encryption.encrypt(content.toString('base64'), context)
}

export function openFile(encryption: Encryption, sealed: string, context: string): Buffer {
  return Buffer.from(encryption.decrypt(sealed, context), 'base64')
}

export async function storeAttachment(
  trx: Transaction<DB>,
  encryption: Encryption,
  input: {
    organizationId: string
    requestId: string
    kind: 'original' | 'id_document' | 'answer' | 'other'
    filename: string
    contentType: string
    content: Buffer
    deleteAfterDecision?: boolean
  },
): Promise<string> {
  const id = randomUUID()
  await insertAttachment(trx, {
    id,
    organizationId: input.organizationId,
    requestId: input.requestId,
    kind: input.kind,
    filename: input.filename,
    contentType: input.contentType,
    sizeBytes: input.content.length,
    contentEncrypted: sealFile(encryption, input.content, context(id)),
    ...(input.deleteAfterDecision === undefined ? {} : { deleteAfterDecision: input.deleteAfterDecision }),
  })
  return id
}

export function storeIntake(
  trx: Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  requestId: string,
  kind: 'original' | 'other',
  record: IntakeRecord,
) {
  return storeAttachment(trx, encryption, {
    organizationId,
    requestId,
    kind,
    filename: INTAKE_FILENAME,
    contentType: INTAKE_CONTENT_TYPE,
    content: Buffer.from(JSON.stringify(record), 'utf8'),
  })
}

/** The attachment's content, or null when it was deleted (ID documents after the decision). */
export async function readAttachment(
  db: Kysely<DB> | Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  requestId: string,
  id: string,
) {
  const row = await findAttachment(db, organizationId, requestId, id)
  if (!row) return undefined
  const content =
    row.content_encrypted === null ? null : openFile(encryption, row.content_encrypted, context(row.id))
  return { ...row, content }
}

export async function readIntake(
  db: Kysely<DB> | Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  requestId: string,
): Promise<IntakeRecord | null> {
  const rows = await listAttachments(db, organizationId, requestId)
  const intake = rows.find((r) => r.filename === INTAKE_FILENAME && r.content_type === INTAKE_CONTENT_TYPE)
  if (!intake) return null
  const stored = await readAttachment(db, encryption, organizationId, requestId, intake.id)
  if (!stored?.content) return null
  const parsed = JSON.parse(stored.content.toString('utf8')) as Partial<IntakeRecord>
  return {
    details: typeof parsed.details === 'string' ? parsed.details : null,
    customerNumber: typeof parsed.customerNumber === 'string' ? parsed.customerNumber : null,
    ...(parsed.form ? { form: parsed.form } : {}),
  }
}

/** Art. 5(1)(c), 5(1)(e): identity documents go right after the decision; the row stays as a trace. */
export async function eraseAfterDecision(
  trx: Transaction<DB>,
  organizationId: string,
  requestId: string,
  at: Date,
) {
  const result = await trx
    .updateTable('request_attachments')
    .set({ content_encrypted: null, deleted_at: at })
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .where('delete_after_decision', '=', true)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
