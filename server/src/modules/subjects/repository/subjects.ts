import { type Kysely, type Selectable, sql, type Transaction } from 'kysely'
import type { Encryption } from '../../../crypto/encryption'
import type { DB, Language, SubjectsTable } from '../../../db/schema'
import { nameKeysOf, openSubjectName, sealSubjectName } from '../name-seal'
import type { Subject } from '../subject'

/** The columns a subject is read from (not its name keys). */
export const SUBJECT_COLUMNS = [
  'subjects.id',
  'subjects.display_name',
  'subjects.display_name_encrypted',
  'subjects.preferred_language',
  'subjects.created_at',
  'subjects.updated_at',
] as const
export type SubjectRow = Pick<
  Selectable<SubjectsTable>,
  'id' | 'display_name' | 'display_name_encrypted' | 'preferred_language' | 'created_at' | 'updated_at'
>

/** A subject row as the services know it: the name decrypted (or, on a row not sealed yet, read in clear). */
export function subjectOf(encryption: Encryption, row: SubjectRow): Subject {
  return {
    id: row.id,
    name: openSubjectName(encryption, row),
    language: row.preferred_language,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
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
