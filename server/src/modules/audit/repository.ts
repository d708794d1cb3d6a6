import type { Kysely } from 'kysely'
import type { AuditEventRow, DB } from '../../db/schema'

export interface AuditQuery {
  organizationId: string
  limit: number
  beforeSeq?: number | undefined
  action?: string | undefined
  actor?: string | undefined
  from?: Date | undefined
  to?: Date | undefined
}

export function listAuditEvents(db: Kysely<DB>, q: AuditQuery): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_events').selectAll().where('organization_id', '=', q.organizationId)
  if (q.beforeSeq !== undefined) query = query.where('seq', '<', q.beforeSeq)
  if (q.action) query = query.where('action', 'like', `${q.action.replace(/[%_\\]/g, '\\$&')}%`)
  if (q.actor) query = query.where('actor_label', 'ilike', `%${q.actor.replace(/[%_\\]/g, '\\$&')}%`)
  if (q.from) query = query.where('occurred_at', '>=', q.from)
  if (q.to) query = query.where('occurred_at', '<', q.to)
  return query.orderBy('seq', 'desc').limit(q.limit).execute()
}

export async function countAuditEvents(db: Kysely<DB>, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
