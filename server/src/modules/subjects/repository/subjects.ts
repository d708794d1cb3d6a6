import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Encryption } from '../../../crypto/encryption'
import type { DB, Language, SubjectsTable } from '../../../db/schema'
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
export async function listSubjects(
  db: Kysely<DB>,
  encryption: Encryption,
  f: SubjectFilter,
  page: { limit: number; offset: number },
): Promise<Subject[]> {
  const rows = await filtered(db, f)
    .selectAll('subjects')
    .orderBy('subjects.created_at', 'desc')
    .orderBy('subjects.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
  return rows.map((row) => subjectOf(encryption, row))
}

export async function countSubjects(db: Kysely<DB>, f: SubjectFilter): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst()
  return Number(row?.count ?? 0)
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
