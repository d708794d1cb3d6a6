import type { Kysely, Transaction } from 'kysely'
import type { DB, SubjectEventKind } from '../../../db/schema'
import type { SubjectEvent } from '../subject'
import { eventOf } from './parts'

export async function listEventsOf(
  db: Kysely<DB>,
  organizationId: string,
  subjectIds: string[],
): Promise<SubjectEvent[]> {
  if (subjectIds.length === 0) return []
  const rows = await db
    .selectFrom('subject_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_id', 'in', subjectIds)
    .orderBy('occurred_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(eventOf)
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
