import type { Kysely, Transaction } from 'kysely'
import type { DB, IdentityKind, Language, SubjectEventKind } from '../../db/schema'

/** Every query of the subject index; each one is scoped to one organisation. */

export interface SubjectFilter {
  organizationId: string
  /** Blind-index keys of identities to match exactly. */
  lookupKeys: string[]
  /** Prefix of the name or of any word in it (case-insensitive), or null. */
  namePrefix: string | null
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

function filtered(db: Kysely<DB>, f: SubjectFilter) {
  let q = db.selectFrom('subjects').where('subjects.organization_id', '=', f.organizationId)
  const searching = f.lookupKeys.length > 0 || f.namePrefix !== null
  if (searching) {
    q = q.where((eb) => {
      const ors = []
      if (f.lookupKeys.length > 0) {
        ors.push(
          eb(
            'subjects.id',
            'in',
            eb
              .selectFrom('subject_identities')
              .select('subject_identities.subject_id')
              .where('subject_identities.organization_id', '=', f.organizationId)
              .where('subject_identities.lookup_key', 'in', f.lookupKeys),
          ),
        )
      }
      if (f.namePrefix !== null) {
        const prefix = escapeLike(f.namePrefix)
        ors.push(eb('subjects.display_name', 'ilike', `${prefix}%`))
        ors.push(eb('subjects.display_name', 'ilike', `% ${prefix}%`))
      }
      return eb.or(ors)
    })
  }
  return q
}

/** A page of subjects, newest first. */
export function listSubjects(db: Kysely<DB>, f: SubjectFilter, page: { limit: number; offset: number }) {
  return filtered(db, f)
    .selectAll('subjects')
    .orderBy('subjects.created_at', 'desc')
    .orderBy('subjects.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
}

export async function countSubjects(db: Kysely<DB>, f: SubjectFilter): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst()
  return Number(row?.count ?? 0)
}

/** The systems that customer, file and other numbers of this organisation belong to (for search). */
export function listIdentitySystems(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('subject_identities')
    .select(['kind', 'system_key'])
    .distinct()
    .where('organization_id', '=', organizationId)
    .where('kind', 'in', ['customer_number', 'file_number', 'other'])
    .execute()
}

export function findSubject(db: Kysely<DB>, organizationId: string, id: string) {
  return db
    .selectFrom('subjects')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Locks the subject row for the rest of the transaction (concurrent changes to one subject queue up). */
export function lockSubject(trx: Transaction<DB>, organizationId: string, id: string) {
  return trx
    .selectFrom('subjects')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

const KIND_ORDER: readonly IdentityKind[] = [
  'email',
  'phone',
  'national_number',
  'customer_number',
  'file_number',
  'other',
]

/** Identities of the given subjects, in a stable order: by kind, then system, then when they were added. */
export async function listIdentitiesOf(db: Kysely<DB>, organizationId: string, subjectIds: string[]) {
  if (subjectIds.length === 0) return []
  const rows = await db
    .selectFrom('subject_identities')
    .select(['id', 'subject_id', 'kind', 'system_key', 'value_encrypted', 'value_masked', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where('subject_id', 'in', subjectIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.system_key.localeCompare(b.system_key) ||
      a.created_at.getTime() - b.created_at.getTime(),
  )
}

export function listRelationshipsOf(db: Kysely<DB>, organizationId: string, subjectIds: string[]) {
  if (subjectIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('subject_relationships')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_id', 'in', subjectIds)
    .orderBy('started_on', (ob) => ob.desc().nullsLast())
    .orderBy('created_at', 'desc')
    .execute()
}

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

/** Which subjects already hold these identities (by blind index). */
export function findIdentitiesByLookup(db: Kysely<DB>, organizationId: string, lookupKeys: string[]) {
  if (lookupKeys.length === 0) return Promise.resolve([])
  return db
    .selectFrom('subject_identities')
    .select(['id', 'subject_id', 'kind', 'system_key', 'lookup_key'])
    .where('organization_id', '=', organizationId)
    .where('lookup_key', 'in', lookupKeys)
    .execute()
}

export interface NewSubject {
  id: string
  organizationId: string
  displayName: string
  language: Language | null
}

export async function insertSubjects(trx: Transaction<DB>, rows: NewSubject[]) {
  if (rows.length === 0) return
  await trx
    .insertInto('subjects')
    .values(
      rows.map((r) => ({
        id: r.id,
        organization_id: r.organizationId,
        display_name: r.displayName,
        preferred_language: r.language,
      })),
    )
    .execute()
}

export async function updateSubject(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  changes: { displayName?: string; language?: Language | null },
) {
  await trx
    .updateTable('subjects')
    .set({
      ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
      ...(changes.language === undefined ? {} : { preferred_language: changes.language }),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
}

export async function touchSubjects(trx: Transaction<DB>, organizationId: string, ids: string[]) {
  if (ids.length === 0) return
  await trx
    .updateTable('subjects')
    .set({ updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute()
}

export async function deleteSubject(trx: Transaction<DB>, organizationId: string, id: string) {
  await trx
    .deleteFrom('subjects')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
}

export async function countRequestsOf(trx: Transaction<DB>, organizationId: string, subjectId: string) {
  const row = await trx
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
    .executeTakeFirst()
  return Number(row?.count ?? 0)
}

export interface NewIdentity {
  id: string
  organizationId: string
  subjectId: string
  kind: IdentityKind
  systemKey: string
  valueEncrypted: string
  valueMasked: string
  lookupKey: string
}

export async function insertIdentities(trx: Transaction<DB>, rows: NewIdentity[]) {
  if (rows.length === 0) return
  await trx
    .insertInto('subject_identities')
    .values(
      rows.map((r) => ({
        id: r.id,
        organization_id: r.organizationId,
        subject_id: r.subjectId,
        kind: r.kind,
        system_key: r.systemKey,
        value_encrypted: r.valueEncrypted,
        value_masked: r.valueMasked,
        lookup_key: r.lookupKey,
      })),
    )
    .execute()
}

export function findIdentity(trx: Transaction<DB>, organizationId: string, subjectId: string, id: string) {
  return trx
    .selectFrom('subject_identities')
    .select(['id', 'kind', 'system_key', 'value_masked'])
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function deleteIdentity(trx: Transaction<DB>, organizationId: string, id: string) {
  await trx
    .deleteFrom('subject_identities')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
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

export function findRelationship(
  trx: Transaction<DB>,
  organizationId: string,
  subjectId: string,
  id: string,
) {
  return trx
    .selectFrom('subject_relationships')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
    .where('id', '=', id)
    .executeTakeFirst()
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

export async function deleteRelationship(trx: Transaction<DB>, organizationId: string, id: string) {
  await trx
    .deleteFrom('subject_relationships')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
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

export function listSubjectsByIds(db: Kysely<DB>, organizationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('subjects')
    .select(['id', 'preferred_language'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute()
}

export async function setSubjectLanguage(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  language: Language,
) {
  await trx
    .updateTable('subjects')
    .set({ preferred_language: language })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
}
