import type { Kysely, Transaction } from 'kysely'
import type { DB, Role } from '../../db/schema'
import { lockOrganization } from '../organizations'

/** A person's membership of an organisation, as the services and routes see it. */
export interface Member {
  userId: string
  email: string
  displayName: string
  role: Role
  totpEnabled: boolean
  /** Invited but no password chosen yet. */
  invitationPending: boolean
  memberSince: Date
}

export async function listMembers(db: Kysely<DB>, organizationId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id as userId',
      'users.email',
      'users.display_name as displayName',
      'users.totp_enabled as totpEnabled',
      'users.password_hash',
      'memberships.role',
      'memberships.created_at as memberSince',
    ])
    .where('memberships.organization_id', '=', organizationId)
    .orderBy('users.display_name')
    .execute()
  return rows.map(({ password_hash, ...member }) => ({
    ...member,
    invitationPending: password_hash === null,
  }))
}

/**
 * A lock on the organisation's row until the transaction ends, taken before any membership row: two owners leaving
 * (or demoted) at the same time are then counted one after the other, so the second sees the first gone and the
 * organisation keeps an owner. Taken first, so such a change and the deletion of a (sample) organisation, which
 * locks the organisation and then its memberships, wait for each other instead of deadlocking. NO KEY UPDATE does
 * not hold up inserts elsewhere that refer to the organisation.
 */
export async function lockOrganizationMembers(trx: Transaction<DB>, organizationId: string): Promise<void> {
  await lockOrganization(trx, organizationId, 'no-key-update')
}

/** The number of owners; call lockOrganizationMembers first in the transaction. */
export async function countOwners(trx: Transaction<DB>, organizationId: string): Promise<number> {
  const row = await trx
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Whether the user is a member of the organisation (any role). */
export async function isMember(db: Kysely<DB>, organizationId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return row !== undefined
}

/** The organisation's privacy officers: their account e-mail and language (who gets a breach's reminders). */
export function privacyOfficersOf(
  db: Kysely<DB>,
  organizationId: string,
): Promise<{ email: string; preferredLanguage: 'nl' | 'fr' | 'en' | null }[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.email', 'u.preferred_language as preferredLanguage'])
    .where('m.organization_id', '=', organizationId)
    .where('m.role', '=', 'privacy_officer')
    .orderBy('u.email')
    .execute()
}

export function findMembership(trx: Transaction<DB> | Kysely<DB>, organizationId: string, userId: string) {
  return trx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.role', 'users.email', 'users.display_name'])
    .where('memberships.organization_id', '=', organizationId)
    .where('memberships.user_id', '=', userId)
    .forUpdate('memberships')
    .executeTakeFirst()
}

export async function insertMembership(
  trx: Transaction<DB>,
  organizationId: string,
  userId: string,
  role: Role,
) {
  await trx
    .insertInto('memberships')
    .values({ organization_id: organizationId, user_id: userId, role })
    .execute()
}

export async function setMembershipRole(
  trx: Transaction<DB>,
  organizationId: string,
  userId: string,
  role: Role,
) {
  await trx
    .updateTable('memberships')
    .set({ role })
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute()
}

export async function deleteMembership(trx: Transaction<DB>, organizationId: string, userId: string) {
  await trx
    .deleteFrom('memberships')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute()
}
