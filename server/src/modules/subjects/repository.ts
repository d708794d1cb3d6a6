import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Encryption } from '../../crypto/encryption'
import type { DB, IdentityKind, Language, SubjectEventKind, SubjectsTable } from '../../db/schema'
import { sealSubjectName } from './name-seal'

/** Every query of the subject index; each one is scoped to one organisation. */

export type SubjectRow = Selectable<SubjectsTable>

export interface SubjectFilter {
  organizationId: string
  /** Blind-index keys of identities to match exactly. */
  lookupKeys: string[]
  /** Blind-index key of a prefix of the name or of any word in it (`nameSearchKey`), or null. */
  nameKey: string | null
}

function filtered(db: Kysely<DB>, f: SubjectFilter) {
  let q = db.selectFrom('subjects').where('subjects.organization_id', '=', f.organizationId)
  const searching = f.lookupKeys.length > 0 || f.nameKey !== null
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
      if (f.nameKey !== null) {
        ors.push(
          eb(
            'subjects.id',
            'in',
            eb
              .selectFrom('subject_name_keys')
              .select('subject_name_keys.subject_id')
              .where('subject_name_keys.organization_id', '=', f.organizationId)
              .where('subject_name_keys.key', '=', f.nameKey),
          ),
        )
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

/** Stores new subjects, each name encrypted with the keys of its prefixes for search. */
export async function insertSubjects(trx: Transaction<DB>, encryption: Encryption, rows: NewSubject[]) {
  if (rows.length === 0) return
  const sealed = rows.map((r) => ({ row: r, name: sealSubjectName(encryption, r.id, r.displayName) }))
  await trx
    .insertInto('subjects')
    .values(
      sealed.map(({ row, name }) => ({
        id: row.id,
        organization_id: row.organizationId,
        display_name_encrypted: name.encrypted,
        preferred_language: row.language,
      })),
    )
    .execute()
  await insertNameKeys(
    trx,
    sealed.flatMap(({ row, name }) =>
      name.keys.map((key) => ({ organization_id: row.organizationId, subject_id: row.id, key })),
    ),
  )
}

const KEYS_PER_STATEMENT = 5_000

async function insertNameKeys(
  trx: Transaction<DB>,
  keys: { organization_id: string; subject_id: string; key: string }[],
) {
  for (let i = 0; i < keys.length; i += KEYS_PER_STATEMENT) {
    await trx
      .insertInto('subject_name_keys')
      .values(keys.slice(i, i + KEYS_PER_STATEMENT))
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
}

/** Replaces the encrypted name of one subject and the keys it is searched by. */
export async function replaceSubjectName(
  trx: Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  id: string,
  displayName: string,
) {
  const name = sealSubjectName(encryption, id, displayName)
  await trx
    .updateTable('subjects')
    .set({ display_name_encrypted: name.encrypted, display_name: null })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
  await trx.deleteFrom('subject_name_keys').where('subject_id', '=', id).execute()
  await insertNameKeys(
    trx,
    name.keys.map((key) => ({ organization_id: organizationId, subject_id: id, key })),
  )
}

export async function updateSubject(
  trx: Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  id: string,
  changes: { displayName?: string; language?: Language | null },
) {
  if (changes.displayName !== undefined) {
    await replaceSubjectName(trx, encryption, organizationId, id, changes.displayName)
  }
  await trx
    .updateTable('subjects')
    .set({
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
