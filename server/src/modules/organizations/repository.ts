import type { Kysely, Transaction } from 'kysely'
import type { DB, NewOrganizationRow, OrganizationRow, OrganizationUpdate, Role } from '../../db/schema'

export function findOrganizationBySlug(db: Kysely<DB>, slug: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst()
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

export function listOrganizationsOfUser(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('organizations')
    .innerJoin('memberships', 'memberships.organization_id', 'organizations.id')
    .selectAll('organizations')
    .select('memberships.role')
    .where('memberships.user_id', '=', userId)
    .orderBy('organizations.name')
    .execute()
}

export function insertOrganization(trx: Transaction<DB>, row: NewOrganizationRow): Promise<OrganizationRow> {
  return trx.insertInto('organizations').values(row).returningAll().executeTakeFirstOrThrow()
}

export function updateOrganization(
  trx: Transaction<DB>,
  id: string,
  changes: OrganizationUpdate,
): Promise<OrganizationRow> {
  return trx
    .updateTable('organizations')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
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
