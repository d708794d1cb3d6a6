import { type Kysely, sql } from 'kysely'
import type { Encryption } from '../../../crypto/encryption'
import type { DB } from '../../../db/schema'
import { nameMatches } from '../../../domain/subjects/name-prefixes'
import { type NameSearch, openSubjectName } from '../name-seal'
import type { Subject } from '../subject'
import { SUBJECT_COLUMNS, type SubjectRow, subjectOf } from './subjects'

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

interface PageWanted {
  limit: number
  offset: number
}
interface Found {
  subjects: Subject[]
  count: number
  capped: boolean
}

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
 * A page of the subjects a filter matches, newest first, with their count up to SUBJECT_COUNT_CAP (decisions 0059,
 * 0104). The count is read without ordering and stops at the cap; a search whose candidates must be decrypted
 * counts only what it read for the page and says "more than" when it stopped before the last candidate.
 */
export async function searchSubjects(
  db: Kysely<DB>,
  encryption: Encryption,
  f: SubjectFilter,
  page: PageWanted,
): Promise<Found> {
  if (f.name === null && f.lookupKeys.length > 0) return byIdentities(db, encryption, f, page)
  if (f.name !== null && !f.name.exact) return byCheckedName(db, encryption, f, f.name, page)
  // The page and its (capped) count are independent: on PostgreSQL they run side by side.
  const [rows, total] = await Promise.all([pageRows(db, f, page), countMatches(db, f)])
  return { subjects: rows.map((row) => subjectOf(encryption, row)), ...total }
}

/**
 * Identities only: the few subjects their blind-index keys name (each key belongs to at most one subject a kind
 * and system), read once for the page and the count.
 */
async function byIdentities(
  db: Kysely<DB>,
  encryption: Encryption,
  f: SubjectFilter,
  page: PageWanted,
): Promise<Found> {
  const ids = identityIds(db, f)
  if (!ids) return { subjects: [], count: 0, capped: false }
  const rows = await db
    .selectFrom('subjects')
    .select(SUBJECT_COLUMNS)
    .where('subjects.organization_id', '=', f.organizationId)
    .where('subjects.id', 'in', ids)
    .orderBy('subjects.created_at', 'desc')
    .orderBy('subjects.id', 'desc')
    .limit(SUBJECT_COUNT_CAP + 1)
    .execute()
  return {
    subjects: rows.slice(page.offset, page.offset + page.limit).map((row) => subjectOf(encryption, row)),
    count: Math.min(rows.length, SUBJECT_COUNT_CAP),
    capped: rows.length > SUBJECT_COUNT_CAP,
  }
}

/**
 * The page, newest first: the whole index, or the subjects holding the name key (every candidate matches), with
 * those an identity key names.
 */
async function pageRows(db: Kysely<DB>, f: SubjectFilter, page: PageWanted): Promise<SubjectRow[]> {
  let q = db
    .selectFrom('subjects')
    .select(SUBJECT_COLUMNS)
    .where('subjects.organization_id', '=', f.organizationId)
  const key = f.name?.key
  const byIdentity = identityIds(db, f)
  if (key !== undefined && byIdentity) {
    // The newest `offset + limit` of the name (one index read) with the identities' few: the page is among them.
    const byName = db
      .selectFrom((eb) =>
        eb
          .selectFrom('subjects')
          .select('subjects.id as subject_id')
          .where('subjects.organization_id', '=', f.organizationId)
          .where(hasNameKey(key))
          .orderBy('subjects.created_at', 'desc')
          .orderBy('subjects.id', 'desc')
          .limit(page.offset + page.limit)
          .as('newest'),
      )
      .select('newest.subject_id')
    q = q.where('subjects.id', 'in', byName.union(byIdentity))
  } else if (key !== undefined) q = q.where(hasNameKey(key))
  return q
    .orderBy('subjects.created_at', 'desc')
    .orderBy('subjects.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
}

/** How many subjects match, counted up to SUBJECT_COUNT_CAP in no particular order; `capped` when there are more. */
async function countMatches(db: Kysely<DB>, f: SubjectFilter): Promise<{ count: number; capped: boolean }> {
  const key = f.name?.key
  const bySubject = db
    .selectFrom('subjects')
    .select('subjects.id as subject_id')
    .where('subjects.organization_id', '=', f.organizationId)
  const limited = (key === undefined ? bySubject : bySubject.where(hasNameKey(key))).limit(
    SUBJECT_COUNT_CAP + 1,
  )
  const byIdentity = identityIds(db, f)
  const matching = byIdentity
    ? db.selectFrom(limited.as('named')).select('named.subject_id').union(byIdentity)
    : limited
  const row = await db
    .selectFrom((eb) =>
      eb
        .selectFrom(matching.as('matching'))
        .select('matching.subject_id')
        .limit(SUBJECT_COUNT_CAP + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst()
  const count = Number(row?.count ?? 0)
  return count > SUBJECT_COUNT_CAP ? { count: SUBJECT_COUNT_CAP, capped: true } : { count, capped: false }
}

/**
 * A search longer than its key: the key's candidates are read newest first and their names decrypted and checked
 * until one more match than the page needs is found (or every candidate was read), with the subjects an identity
 * key names. The count is then what was found: exact when every candidate was read, otherwise a lower bound
 * ("more than") - counting further would decrypt names nobody asked to see.
 */
async function byCheckedName(
  db: Kysely<DB>,
  encryption: Encryption,
  f: SubjectFilter,
  name: NameSearch,
  page: PageWanted,
): Promise<Found> {
  const byIdentity = identityIds(db, f)
  const [scan, identified] = await Promise.all([
    scanNames(db, encryption, f.organizationId, name, page.offset + page.limit + 1),
    byIdentity ? byIdentity.execute() : [],
  ])
  const ids = [...new Set([...scan.ids, ...identified.map((r) => r.subject_id)])]
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
  const subjects = rows.map((row) => subjectOf(encryption, row))
  if (scan.complete) {
    return {
      subjects,
      count: Math.min(ids.length, SUBJECT_COUNT_CAP),
      capped: ids.length > SUBJECT_COUNT_CAP,
    }
  }
  // At least ids.length match, so "more than ids.length - 1" is true.
  return { subjects, count: Math.min(ids.length - 1, SUBJECT_COUNT_CAP), capped: true }
}

/**
 * The newest subjects of a name key whose decrypted name the search finds, read in growing batches until `wanted`
 * are found or every candidate was read (`complete`). A search never stops at an arbitrary number of candidates,
 * which could leave an older match out and answer "nobody found" for a person in the index.
 */
async function scanNames(
  db: Kysely<DB>,
  encryption: Encryption,
  organizationId: string,
  name: NameSearch,
  wanted: number,
): Promise<{ ids: string[]; complete: boolean }> {
  const ids: string[] = []
  let read = 0
  let batch = FIRST_SCAN
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
    if (rows.length < batch) return { ids, complete: true }
    if (ids.length >= wanted) return { ids, complete: false }
    batch = Math.min(batch * 2, MAX_SCAN_BATCH)
  }
}
