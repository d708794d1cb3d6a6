import type { Transaction } from 'kysely'
import type { Queryable } from '../../../db/queryable'
import type { DB } from '../../../db/schema'

export interface NewAttachment {
  id: string
  organizationId: string
  requestId: string
  kind: 'original' | 'id_document' | 'answer' | 'other'
  filename: string
  contentType: string
  sizeBytes: number
  contentEncrypted: string
  deleteAfterDecision?: boolean
}

export async function insertAttachment(trx: Transaction<DB>, a: NewAttachment) {
  await trx
    .insertInto('request_attachments')
    .values({
      id: a.id,
      organization_id: a.organizationId,
      request_id: a.requestId,
      kind: a.kind,
      filename: a.filename,
      content_type: a.contentType,
      size_bytes: a.sizeBytes,
      content_encrypted: a.contentEncrypted,
      delete_after_decision: a.deleteAfterDecision ?? false,
    })
    .execute()
}

const ATTACHMENT_COLUMNS = [
  'id',
  'kind',
  'filename',
  'content_type',
  'size_bytes',
  'delete_after_decision',
  'created_at',
  'deleted_at',
] as const

export function listAttachments(db: Queryable, organizationId: string, requestId: string) {
  return db
    .selectFrom('request_attachments')
    .select(ATTACHMENT_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export function findAttachment(db: Queryable, organizationId: string, requestId: string, id: string) {
  return db
    .selectFrom('request_attachments')
    .select([...ATTACHMENT_COLUMNS, 'content_encrypted'])
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .where('id', '=', id)
    .executeTakeFirst()
}
