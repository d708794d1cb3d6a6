import { type Kysely, type Selectable, sql, type Transaction } from 'kysely'
import type { Encryption } from '../../../crypto/encryption'
import type { DB, Language, SubjectsTable } from '../../../db/schema'
import { nameMatches } from '../../../domain/subjects/name-prefixes'
import { type NameSearch, nameKeysOf, openSubjectName, sealSubjectName } from '../name-seal'
import type { Subject } from '../subject'

/** The columns a subject is read from (not its name keys). */
const SUBJECT_COLUMNS = [
  'subjects.id',
  'subjects.display_name',
  'subjects.display_name_encrypted',
  'subjects.preferred_language',
  'subjects.created_at',
  'subjects.updated_at',
] as const
type SubjectRow = Pick<
  Selectable<SubjectsTable>,
  'id' | 'display_name' | 'display_name_encrypted' | 'preferred_language' | 'created_at' | 'updated_at'
>

/** A subject row as the services know it: the name decrypted (or, on a row not sealed yet, read in clear). */
function subjectOf(encryption: Encryption, row: SubjectRow): Subject {
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
  /** A search by the start of the name or of any word in it (`nameSearchOf`), or null. */
  name: NameSearch | null
}

/** Counting stops here: past it the list says "more than" instead of scanning every match (decision 0059). */
export const SUBJECT_COUNT_CAP = 1000
const FIRST_SCAN = 250
const MAX_SCAN_BATCH = 8000

const hasNameKey = (key: string) => sql<boolean>`subjects.name_keys @> array[${key}]::bigint[]`

function identityIds(db: Kysely<DB>, f: SubjectFilter) {
  return f.lookupKeys.length === 0
    ? null
    : db
        .selectFrom('subject_identities')
        .select('subject_identities.subject_id')
        .where('subject_identities.organization_id', '=', f.organizationId)
        .where('subject_identities.lookup_key', 'in', f.lookupKeys)
}

/**
 * The ids of the subjects a search matches when every candidate of its name key matches: the newest `wanted` of
 * the name key (GIN index, or the subjects' own order when the key is common), with every subject an identity key
 * matches. Without a search, null.
 */
function matchingIds(db: Kysely<DB>, f: SubjectFilter, wanted: number) {
  const byIdentity = identityIds(db, f)
  const key = f.name?.key
  const byName =
    key === undefined
      ? null
      : db
          .selectFrom((eb) =>
            eb
              .selectFrom('subjects')
              .select('subjects.id as subject_id')
              .where('subjects.organization_id', '=', f.organizationId)
              .where(hasNameKey(key))
              .orderBy('subjects.created_at', 'desc')
              .orderBy('subjects.id', 'desc')
              .limit(wanted)
              .as('newest'),
          )
          .select('newest.subject_id')
  if (byName && byIdentity) return byName.union(byIdentity)
  return byName ?? byIdentity
}

/**
 * The newest subjects whose name a search finds when its key is shorter than what was typed: candidates of the key
 * read newest first, in growing batches, each name decrypted and checked, until `wanted` are found or
 * every candidate was read.
 */
async function nameMatchesByScan(
  db: Kysely<DB>,
  encryption: Encryption,
  organizationId: string,
  name: NameSearch,
  wanted: number,
): Promise<string[]> {
  const ids: string[] = []
  let read = 0
  let batch = FIRST_SCAN
  // Every candidate is read until enough matches are found: a search never stops at an arbitrary number of
  // candidates, which could leave an older match out and answer "nobody found" for a person in the index.
  for (;;) {
    const rows = await db
      .selectFrom('subjects')
      .select(['subjects.id', 'subjects.display_name', 'subjects.display_name_encrypted'])
      .where('subjects.organization_id', '=', organizationId)
      .where(hasNameKey(name.key))
      .orderBy('subjects.created_at', 'desc')
      .orderBy('subjects.id', 'desc')
      .limit(batch)
      .offset(read)
      .execute()
    read += rows.length
    for (const row of rows) if (nameMatches(openSubjectName(encryption, row), name.prefix)) ids.push(row.id)
    if (rows.length < batch || ids.length >= wanted) return ids
    batch = Math.min(batch * 2, MAX_SCAN_BATCH)
  }
}

/** A page of the subjects a filter matches, newest first, with their count up to SUBJECT_COUNT_CAP. */
export async function searchSubjects(
  db: Kysely<DB>,
  encryption: Encryption,
  f: SubjectFilter,
  page: { limit: number; offset: number },
): Promise<{ subjects: Subject[]; count: number; capped: boolean }> {
  if (f.name === null || f.name.exact) {
    // The page and its (capped) count are independent: on PostgreSQL they run side by side.
    const [subjects, total] = await Promise.all([listSubjects(db, encryption, f, page), countSubjects(db, f)])
    return { subjects, ...total }
  }
  const byIdentity = identityIds(db, f)
  const [byName, identified] = await Promise.all([
    nameMatchesByScan(
      db,
      encryption,
      f.organizationId,
      f.name,
      Math.max(page.offset + page.limit, SUBJECT_COUNT_CAP + 1),
    ),
    byIdentity ? byIdentity.execute() : [],
  ])
  const ids = [...new Set([...byName, ...identified.map((r) => r.subject_id)])]
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('subjects')
          .select(SUBJECT_COLUMNS)
          .where('subjects.organization_id', '=', f.organizationId)
          .where(sql<boolean>`subjects.id = any(${ids}::uuid[])`)
          .orderBy('subjects.created_at', 'desc')
          .orderBy('subjects.id', 'desc')
          .limit(page.limit)
          .offset(page.offset)
          .execute()
  return {
    subjects: rows.map((row) => subjectOf(encryption, row)),
    count: Math.min(ids.length, SUBJECT_COUNT_CAP),
    capped: ids.length > SUBJECT_COUNT_CAP,
  }
}

/** A page of subjects, newest first (a filter whose name search, if any, is `exact`). */
async function listSubjects(
  db: Kysely<DB>,
  encryption: Encryption,
  f: SubjectFilter,
  page: { limit: number; offset: number },
): Promise<Subject[]> {
  const ids = matchingIds(db, f, page.offset + page.limit)
  let q = db
    .selectFrom('subjects')
    .select(SUBJECT_COLUMNS)
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
async function countSubjects(db: Kysely<DB>, f: SubjectFilter): Promise<{ count: number; capped: boolean }> {
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
    .select(SUBJECT_COLUMNS)
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
    .select(SUBJECT_COLUMNS)
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
  /** The name already encrypted for this id, with its keys (the import prepares them ahead). */
  sealed?: { encrypted: string; keys: string[] } | undefined
}

/** Stores new subjects, each name encrypted with the keys of its prefixes for search (decision 0084). */
export async function insertSubjects(trx: Transaction<DB>, encryption: Encryption, rows: NewSubject[]) {
  if (rows.length === 0) return
  const createdAt = new Date().toISOString()
  // One statement of arrays unnested by the database, whatever the number of rows (name keys as one
  // array literal a person, read back by the cast).
  await sql`
    insert into subjects
      (id, organization_id, display_name_encrypted, name_keys, preferred_language, created_at, updated_at)
    select id, organization_id, name, keys::bigint[], language, ${createdAt}::timestamptz, ${createdAt}::timestamptz
    from unnest(
      ${rows.map((r) => r.id)}::uuid[],
      ${rows.map((r) => r.organizationId)}::uuid[],
      ${rows.map((r) => r.sealed?.encrypted ?? sealSubjectName(encryption, r.id, r.displayName).encrypted)}::text[],
      ${rows.map((r) => `{${(r.sealed?.keys ?? nameKeysOf(encryption, r.organizationId, r.displayName)).join(',')}}`)}::text[],
      ${rows.map((r) => r.language)}::text[]
    ) as t(id, organization_id, name, keys, language)`.execute(trx)
}

/** Replaces the encrypted name of one subject and the keys it is searched by. */
export async function replaceSubjectName(
  trx: Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  id: string,
  displayName: string,
) {
  await trx
    .updateTable('subjects')
    .set({
      display_name_encrypted: sealSubjectName(encryption, id, displayName).encrypted,
      display_name: null,
      name_keys: nameKeysOf(encryption, organizationId, displayName),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
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
