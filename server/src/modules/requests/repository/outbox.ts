import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../../db/schema'

type Db = Kysely<DB> | Transaction<DB>

export function outboxStatuses(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('outbox_messages')
    .select(['id', 'status', 'sent_at'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...ids])
    .execute()
}
