import type { Kysely, Transaction } from 'kysely'
import type { DB, SubjectEventKind } from '../../../db/schema'

export function listEventsOf(db: Kysely<DB>, organizationId: string, subjectIds: string[]) {
  if (subjectIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('subject_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_id', 'in', subjectIds)
    .orderBy('occurred_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
}

export interface NewEvent {
  id: string
  organizationId: string
  subjectId: string
  kind: SubjectEventKind
  occurredOn: string
  note: string | null
}

export async function insertEvents(trx: Transaction<DB>, rows: NewEvent[]) {
  if (rows.length === 0) return
  await trx
    .insertInto('subject_events')
    .values(
      rows.map((r) => ({
        id: r.id,
        organization_id: r.organizationId,
        subject_id: r.subjectId,
        kind: r.kind,
        occurred_on: r.occurredOn,
        note: r.note,
      })),
    )
    .execute()
}

export function findEvent(trx: Transaction<DB>, organizationId: string, subjectId: string, id: string) {
  return trx
    .selectFrom('subject_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function deleteEvent(trx: Transaction<DB>, organizationId: string, id: string) {
  await trx
    .deleteFrom('subject_events')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
}
