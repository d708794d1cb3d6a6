import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from 'kysely'
import type { Encryption } from '../../../crypto/encryption'
import type { DB, Language, SubjectNameKeysTable, SubjectsTable } from '../../../db/schema'
import { openSubjectName, sealSubjectName } from '../name-seal'
import type { Subject } from '../subject'

/** A subject row as the services know it: the name decrypted (or, on a row not sealed yet, read in clear). */
function subjectOf(encryption: Encryption, row: Selectable<SubjectsTable>): Subject {
  return {
    id: row.id,
    name: openSubjectName(encryption, row),
    language: row.preferred_language,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export interface SubjectFilter {
  organizationId: string
  /** Blind-index keys of identities to match exactly. */
  lookupKeys: string[]
  /** Blind-index key of a prefix of the name or of any word in it (`nameSearchKey`), or null. */
  nameKey: string | null
}

/** Counting stops here: past it the list says "more than" instead of scanning every match (decision 0059). */
export const SUBJECT_COUNT_CAP = 1000

/**
 * The ids of the subjects a search matches, enough of them for the page asked: the newest `wanted` of the name
 * key, read in index order (migration 0046), with every subject an identity key matches. Without a search, null.
 */
function matchingIds(db: Kysely<DB>, f: SubjectFilter, wanted: number) {
  const byIdentity =
    f.lookupKeys.length === 0
      ? null
      : db
          .selectFrom('subject_identities')
          .select('subject_identities.subject_id')
          .where('subject_identities.organization_id', '=', f.organizationId)
          .where('subject_identities.lookup_key', 'in', f.lookupKeys)
  const byName =
    f.nameKey === null
      ? null
      : db
          .selectFrom((eb) =>
            eb
              .selectFrom('subject_name_keys')
              .select('subject_name_keys.subject_id')
              .where('subject_name_keys.organization_id', '=', f.organizationId)
              .where('subject_name_keys.key', '=', f.nameKey as string)
              .orderBy('subject_name_keys.subject_created_at', 'desc')
              .orderBy('subject_name_keys.subject_id', 'desc')
              .limit(wanted)
              .as('newest'),
          )
          .select('newest.subject_id')
  if (byName && byIdentity) return byName.union(byIdentity)
  return byName ?? byIdentity
}

/** A page of subjects, newest first. */
export async function listSubjects(
  db: Kysely<DB>,
  encryption: Encryption,
  f: SubjectFilter,
  page: { limit: number; offset: number },
): Promise<Subject[]> {
  const ids = matchingIds(db, f, page.offset + page.limit)
  let q = db
    .selectFrom('subjects')
    .selectAll('subjects')
    .where('subjects.organization_id', '=', f.organizationId)
  if (ids) q = q.where('subjects.id', 'in', ids)
  const rows = await q
    .orderBy('subjects.created_at', 'desc')
    .orderBy('subjects.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
  return rows.map((row) => subjectOf(encryption, row))
}

/** How many subjects match, counted up to SUBJECT_COUNT_CAP; `capped` when there are more. */
export async function countSubjects(
  db: Kysely<DB>,
  f: SubjectFilter,
): Promise<{ count: number; capped: boolean }> {
  const ids =
    matchingIds(db, f, SUBJECT_COUNT_CAP + 1) ??
    db
      .selectFrom('subjects')
      .select('subjects.id as subject_id')
      .where('subjects.organization_id', '=', f.organizationId)
  const row = await db
    .selectFrom((eb) =>
      eb
        .selectFrom(ids.as('matching'))
        .select('matching.subject_id')
        .limit(SUBJECT_COUNT_CAP + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst()
  const count = Number(row?.count ?? 0)
  return count > SUBJECT_COUNT_CAP ? { count: SUBJECT_COUNT_CAP, capped: true } : { count, capped: false }
}

export async function findSubject(
  db: Kysely<DB>,
  encryption: Encryption,
  organizationId: string,
  id: string,
): Promise<Subject | undefined> {
  const row = await db
    .selectFrom('subjects')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
  return row && subjectOf(encryption, row)
}

/** Locks the subject row for the rest of the transaction (concurrent changes to one subject queue up). */
export async function lockSubject(
  trx: Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  id: string,
): Promise<Subject | undefined> {
  const row = await trx
    .selectFrom('subjects')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  return row && subjectOf(encryption, row)
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
  const createdAt = new Date()
  await trx
    .insertInto('subjects')
    .values(
      sealed.map(({ row, name }) => ({
        id: row.id,
        organization_id: row.organizationId,
        display_name_encrypted: name.encrypted,
        preferred_language: row.language,
        created_at: createdAt,
        updated_at: createdAt,
      })),
    )
    .execute()
  await insertNameKeys(
    trx,
    sealed.flatMap(({ row, name }) =>
      name.keys.map((key) => ({
        organization_id: row.organizationId,
        subject_id: row.id,
        key,
        subject_created_at: createdAt,
      })),
    ),
  )
}

const KEYS_PER_STATEMENT = 20_000

/**
 * Name keys are written as four arrays unnested by the database: one statement of four parameters per 20,000 keys
 * instead of a VALUES list of 4 parameters per key, which both the query builder and the server's parser paid for
 * per value (an import writes ~25 keys per person).
 */
async function insertNameKeys(trx: Transaction<DB>, keys: Insertable<SubjectNameKeysTable>[]) {
  for (let i = 0; i < keys.length; i += KEYS_PER_STATEMENT) {
    const part = keys.slice(i, i + KEYS_PER_STATEMENT)
    await sql`
      insert into subject_name_keys (organization_id, subject_id, key, subject_created_at)
      select * from unnest(
        ${part.map((k) => k.organization_id)}::uuid[],
        ${part.map((k) => k.subject_id)}::uuid[],
        ${part.map((k) => k.key)}::text[],
        ${part.map((k) => k.subject_created_at.toISOString())}::timestamptz[]
      )
      on conflict do nothing`.execute(trx)
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
  const updated = await trx
    .updateTable('subjects')
    .set({ display_name_encrypted: name.encrypted, display_name: null })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning('created_at')
    .executeTakeFirst()
  await trx.deleteFrom('subject_name_keys').where('subject_id', '=', id).execute()
  if (!updated) return
  await insertNameKeys(
    trx,
    name.keys.map((key) => ({
      organization_id: organizationId,
      subject_id: id,
      key,
      subject_created_at: updated.created_at,
    })),
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

/**
 * The legal holds in force today on this person or on one of their requests. The hold row points at the subject
 * (and the request at the subject), so the subject index answers for it: erasing the person would delete the hold
 * on them and leave a hold on their request with no one to find (issue 16: holds win over erasure).
 */
export function activeHoldsOnSubject(
  trx: Transaction<DB>,
  organizationId: string,
  subjectId: string,
  today: string,
) {
  return trx
    .selectFrom('legal_holds')
    .select(['id', 'reason'])
    .where('organization_id', '=', organizationId)
    .where('lifted_at', 'is', null)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', today)]))
    .where((eb) =>
      eb.or([
        eb('subject_id', '=', subjectId),
        eb(
          'request_id',
          'in',
          eb
            .selectFrom('requests')
            .select('id')
            .where('organization_id', '=', organizationId)
            .where('subject_id', '=', subjectId),
        ),
      ]),
    )
    .orderBy('placed_at')
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

/** The preferred language of each of these subjects (what an import merges into). */
export async function listSubjectLanguages(
  db: Kysely<DB>,
  organizationId: string,
  ids: string[],
): Promise<{ id: string; language: Language | null }[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('subjects')
    .select(['id', 'preferred_language'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute()
  return rows.map((r) => ({ id: r.id, language: r.preferred_language }))
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
