import type { Selectable, Transaction } from 'kysely'
import type { DB } from '../../../db/schema'
import type { SubjectEvent, SubjectIdentity, SubjectParts, SubjectRelationship } from '../subject'

/** Rows of the part tables mapped to the domain types, in one place for every query that reads them. */

export function identityOf(r: Selectable<DB['subject_identities']>): SubjectIdentity {
  return {
    id: r.id,
    subjectId: r.subject_id,
    kind: r.kind,
    systemKey: r.system_key,
    valueEncrypted: r.value_encrypted,
    valueMasked: r.value_masked,
    createdAt: r.created_at,
  }
}

export function relationshipOf(r: Selectable<DB['subject_relationships']>): SubjectRelationship {
  return {
    id: r.id,
    subjectId: r.subject_id,
    relationship: r.relationship,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    note: r.note,
    createdAt: r.created_at,
  }
}

export function eventOf(r: Selectable<DB['subject_events']>): SubjectEvent {
  return {
    id: r.id,
    subjectId: r.subject_id,
    kind: r.kind,
    occurredOn: r.occurred_on,
    note: r.note,
    createdAt: r.created_at,
  }
}

const PART_TABLES = {
  identity: 'subject_identities',
  relationship: 'subject_relationships',
  event: 'subject_events',
} as const

export type SubjectPartKind = keyof SubjectParts

/**
 * One part of a subject (an identity, relationship or event) by its id, read inside the transaction that locked
 * the subject: the one query the remove and change operations of every part share.
 */
export async function findPart<K extends SubjectPartKind>(
  trx: Transaction<DB>,
  kind: K,
  organizationId: string,
  subjectId: string,
  id: string,
): Promise<SubjectParts[K] | undefined> {
  // The three part tables share these columns; the row is mapped by the kind it was read for.
  const row = await trx
    .selectFrom(PART_TABLES[kind] as 'subject_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
    .where('id', '=', id)
    .executeTakeFirst()
  return row && (PART_OF[kind](row as never) as SubjectParts[K])
}

const PART_OF: { [K in SubjectPartKind]: (row: never) => SubjectParts[K] } = {
  identity: identityOf,
  relationship: relationshipOf,
  event: eventOf,
}

/** Deletes one part of a subject. */
export async function deletePart(
  trx: Transaction<DB>,
  kind: SubjectPartKind,
  organizationId: string,
  id: string,
) {
  await trx
    .deleteFrom(PART_TABLES[kind])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
}
