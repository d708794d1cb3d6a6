import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB, IdentityKind } from '../../../db/schema'
import type { SubjectIdentity } from '../subject'
import { identityOf } from './parts'

/**
 * The systems that customer, file and other numbers of this organisation belong to (for search). Read by skipping
 * from one (kind, system) to the next along the partial index `subject_identities_systems` (organization_id, kind,
 * system_key) over those kinds only (migration 0080, decision 0097), so a search costs a probe per distinct kind and
 * system, not a scan of every identity of the organisation. The `kind in (...)` below is the index's own condition:
 * PostgreSQL reads it as implied by the index, not as a filter that would sort every match.
 */
export async function listIdentitySystems(
  db: Kysely<DB>,
  organizationId: string,
): Promise<{ kind: IdentityKind; systemKey: string }[]> {
  const next = (after: ReturnType<typeof sql>) => sql`
    select i.kind, i.system_key from subject_identities i
    where i.organization_id = ${organizationId}
      and i.kind in ('customer_number', 'file_number', 'other') ${after}
    order by i.kind, i.system_key limit 1`
  const { rows: all } = await sql<{ kind: IdentityKind | null; system_key: string | null }>`
    with recursive systems (kind, system_key) as (
      (${next(sql``)})
      union all
      select n.kind, n.system_key from systems s
      cross join lateral (${next(sql`and (i.kind, i.system_key) > (s.kind, s.system_key)`)}) n
    )
    select kind, system_key from systems`.execute(db)
  const rows = all.filter(
    (r) => r.kind === 'customer_number' || r.kind === 'file_number' || r.kind === 'other',
  )
  return rows.flatMap((r) => (r.kind === null ? [] : [{ kind: r.kind, systemKey: r.system_key ?? '' }]))
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
export async function listIdentitiesOf(
  db: Kysely<DB>,
  organizationId: string,
  subjectIds: string[],
): Promise<SubjectIdentity[]> {
  if (subjectIds.length === 0) return []
  const rows = await db
    .selectFrom('subject_identities')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_id', 'in', subjectIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows
    .map(identityOf)
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.systemKey.localeCompare(b.systemKey) ||
        a.createdAt.getTime() - b.createdAt.getTime(),
    )
}

/** Which subjects already hold these identities (by blind index). */
export async function findIdentitiesByLookup(
  db: Kysely<DB>,
  organizationId: string,
  lookupKeys: string[],
): Promise<{ lookupKey: string; subjectId: string }[]> {
  if (lookupKeys.length === 0) return []
  const rows = await db
    .selectFrom('subject_identities')
    .select(['subject_id', 'lookup_key'])
    .where('organization_id', '=', organizationId)
    // One array parameter instead of one parameter per key (an import batch asks for thousands).
    .where(sql<boolean>`lookup_key = any(${lookupKeys}::text[])`)
    .execute()
  return rows.map((r) => ({ lookupKey: r.lookup_key, subjectId: r.subject_id }))
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

/** Stores identities as arrays unnested by the database: one statement of eight parameters, whatever the number. */
export async function insertIdentities(trx: Transaction<DB>, rows: NewIdentity[]) {
  if (rows.length === 0) return
  await sql`
    insert into subject_identities
      (id, organization_id, subject_id, kind, system_key, value_encrypted, value_masked, lookup_key)
    select * from unnest(
      ${rows.map((r) => r.id)}::uuid[],
      ${rows.map((r) => r.organizationId)}::uuid[],
      ${rows.map((r) => r.subjectId)}::uuid[],
      ${rows.map((r) => r.kind)}::text[],
      ${rows.map((r) => r.systemKey)}::text[],
      ${rows.map((r) => r.valueEncrypted)}::text[],
      ${rows.map((r) => r.valueMasked)}::text[],
      ${rows.map((r) => r.lookupKey)}::text[]
    )`.execute(trx)
}
