import type { Queryable } from '../../../db/queryable'

export function outboxStatuses(db: Queryable, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('outbox_messages')
    .select(['id', 'status', 'sent_at'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...ids])
    .execute()
}
