import type { Transaction } from 'kysely'
import type { Queryable } from '../../../db/queryable'
import type { DB } from '../../../db/schema'

export async function insertNote(
  trx: Transaction<DB>,
  note: {
    organizationId: string
    requestId: string
    authorId: string | null
    authorLabel: string
    body: string
  },
) {
  return trx
    .insertInto('request_notes')
    .values({
      organization_id: note.organizationId,
      request_id: note.requestId,
      author_id: note.authorId,
      author_label: note.authorLabel,
      body: note.body,
    })
    .returning(['id', 'author_id', 'author_label', 'body', 'created_at'])
    .executeTakeFirstOrThrow()
}

export function listNotes(db: Queryable, organizationId: string, requestId: string) {
  return db
    .selectFrom('request_notes')
    .select(['id', 'author_id', 'author_label', 'body', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}
