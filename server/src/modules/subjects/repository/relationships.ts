import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../../db/schema'
import type { SubjectRelationship } from '../subject'
import { relationshipOf } from './parts'

export async function listRelationshipsOf(
  db: Kysely<DB>,
  organizationId: string,
  subjectIds: string[],
): Promise<SubjectRelationship[]> {
  if (subjectIds.length === 0) return []
  const rows = await db
    .selectFrom('subject_relationships')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_id', 'in', subjectIds)
    .orderBy('started_on', (ob) => ob.desc().nullsLast())
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(relationshipOf)
}

export interface NewRelationship {
  id: string
  organizationId: string
  subjectId: string
  relationship: string
  startedOn: string | null
  endedOn: string | null
  note: string | null
}

export async function insertRelationships(trx: Transaction<DB>, rows: NewRelationship[]) {
  if (rows.length === 0) return
  await trx
    .insertInto('subject_relationships')
    .values(
      rows.map((r) => ({
        id: r.id,
        organization_id: r.organizationId,
        subject_id: r.subjectId,
        relationship: r.relationship,
        started_on: r.startedOn,
        ended_on: r.endedOn,
        note: r.note,
      })),
    )
    .execute()
}

export async function updateRelationship(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  changes: { startedOn?: string | null; endedOn?: string | null; note?: string | null },
) {
  await trx
    .updateTable('subject_relationships')
    .set({
      ...(changes.startedOn === undefined ? {} : { started_on: changes.startedOn }),
      ...(changes.endedOn === undefined ? {} : { ended_on: changes.endedOn }),
      ...(changes.note === undefined ? {} : { note: changes.note }),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
}

/** The relationship keys recorded for one person (ended ones included: a former employee's files remain). */
export async function relationshipKeysOf(
  db: Kysely<DB> | Transaction<DB>,
  organizationId: string,
  subjectId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('subject_relationships')
    .select('relationship')
    .distinct()
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
    .orderBy('relationship')
    .execute()
  return rows.map((r) => r.relationship)
}
