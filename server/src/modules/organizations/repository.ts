import type { Kysely, Transaction } from 'kysely'
import type { DB, NewOrganizationRow, OrganizationUpdate, Role } from '../../db/schema'
import { type Organization, toOrganization } from './organization'

export async function findOrganizationBySlug(
  db: Kysely<DB>,
  slug: string,
): Promise<Organization | undefined> {
  const row = await db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst()
  return row && toOrganization(row)
}

export async function findOrganizationById(db: Kysely<DB>, id: string): Promise<Organization | undefined> {
  const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toOrganization(row)
}

/** The organisations with these ids (all of them when `ids` is omitted), in no particular order. */
export async function findOrganizationsByIds(
  db: Kysely<DB>,
  ids?: readonly string[],
): Promise<Organization[]> {
  if (ids?.length === 0) return []
  let query = db.selectFrom('organizations').selectAll()
  if (ids) query = query.where('id', 'in', ids)
  return (await query.execute()).map(toOrganization)
}

/**
 * The organisation with this slug and the user's role in it (undefined when not a member), in one round trip: the
 * gate of every organisation route reads both (http/org-access).
 */
export async function findOrganizationWithRole(
  db: Kysely<DB>,
  slug: string,
  userId: string,
): Promise<{ organization: Organization; role: Role | undefined } | undefined> {
  const row = await db
    .selectFrom('organizations')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.organization_id', '=', 'organizations.id')
        .on('memberships.user_id', '=', userId),
    )
    .selectAll('organizations')
    .select('memberships.role as membership_role')
    .where('organizations.slug', '=', slug)
    .executeTakeFirst()
  if (!row) return undefined
  const { membership_role, ...organization } = row
  return { organization: toOrganization(organization), role: membership_role ?? undefined }
}

export async function findMembershipRole(
  db: Kysely<DB>,
  organizationId: string,
  userId: string,
): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return row?.role
}

export async function listOrganizationsOfUser(
  db: Kysely<DB>,
  userId: string,
): Promise<(Organization & { role: Role })[]> {
  const rows = await db
    .selectFrom('organizations')
    .innerJoin('memberships', 'memberships.organization_id', 'organizations.id')
    .selectAll('organizations')
    .select('memberships.role')
    .where('memberships.user_id', '=', userId)
    .orderBy('organizations.name')
    .execute()
  return rows.map(({ role, ...row }) => ({ ...toOrganization(row), role }))
}

export async function insertOrganization(
  trx: Transaction<DB>,
  row: NewOrganizationRow,
): Promise<Organization> {
  return toOrganization(
    await trx.insertInto('organizations').values(row).returningAll().executeTakeFirstOrThrow(),
  )
}

export async function updateOrganization(
  trx: Transaction<DB>,
  id: string,
  changes: OrganizationUpdate,
): Promise<Organization> {
  const row = await trx
    .updateTable('organizations')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return toOrganization(row)
}

/**
 * Locks the organisation's row until the transaction ends: what another area serialises per organisation (two saves
 * of the cookie inventory at once, two breach references of a year) waits here. `no-key-update` (FOR NO KEY UPDATE)
 * does not hold up inserts elsewhere that refer to the organisation.
 */
export async function lockOrganization(
  trx: Transaction<DB>,
  organizationId: string,
  strength: 'update' | 'no-key-update' = 'update',
): Promise<void> {
  const query = trx.selectFrom('organizations').select('id').where('id', '=', organizationId)
  await (strength === 'update' ? query.forUpdate() : query.forNoKeyUpdate()).execute()
}

/** How many days an answer package's download link stays valid; undefined when there is no such organisation. */
export async function packageLinkDaysOf(db: Kysely<DB>, organizationId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('organizations')
    .select('package_link_days')
    .where('id', '=', organizationId)
    .executeTakeFirst()
  return row?.package_link_days
}

/** The organisation as it is, its row locked until the transaction ends (read, then change it whole). */
export async function lockOrganizationForChange(
  trx: Transaction<DB>,
  organizationId: string,
): Promise<Organization | undefined> {
  const row = await trx
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', organizationId)
    .forUpdate()
    .executeTakeFirst()
  return row && toOrganization(row)
}

/** Deletes a sample organisation (and, by cascade, everything in it); any other organisation is left alone. */
export async function removeSampleOrganization(db: Kysely<DB>, organizationId: string): Promise<void> {
  await db
    .deleteFrom('organizations')
    .where('id', '=', organizationId)
    .where('is_sample', '=', true)
    .execute()
}

/** A slug is taken when an organisation has it now or had it before (its old public addresses redirect). */
export async function slugExists(db: Kysely<DB>, slug: string): Promise<boolean> {
  const current = await db
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst()
  if (current) return true
  const previous = await db
    .selectFrom('organization_previous_slugs')
    .select('slug')
    .where('slug', '=', slug)
    .executeTakeFirst()
  return previous !== undefined
}
