import type { Queryable } from '../../../db/queryable'

/** Members who may handle requests (assignees), with their address and language for reminders. */
export function findHandler(db: Queryable, organizationId: string, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name', 'u.preferred_language', 'm.role'])
    .where('m.organization_id', '=', organizationId)
    .where('m.user_id', '=', userId)
    .executeTakeFirst()
}
