import type { Kysely, Transaction } from 'kysely'
import type { DB, IdentityKind } from '../../../db/schema'

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
