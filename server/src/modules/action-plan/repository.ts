import type { Kysely, Transaction } from 'kysely'
import type { ActionPriority, ActionRow, ActionStatus, DB } from '../../db/schema'
import { reviveAction, storedActionTitle } from './stored'

type Db = Kysely<DB> | Transaction<DB>

export const OPEN_STATUSES: readonly ActionStatus[] = ['open', 'in_progress']

export function listActions(
  db: Db,
  organizationId: string,
  filter: { status?: 'pending' | 'closed' | 'all' } = {},
): Promise<ActionRow[]> {
  let query = db.selectFrom('action_plan_actions').selectAll().where('organization_id', '=', organizationId)
  if (filter.status === 'pending' || filter.status === undefined)
    query = query.where('status', 'in', OPEN_STATUSES)
  if (filter.status === 'closed') query = query.where('status', 'not in', OPEN_STATUSES)
  return query
    .orderBy('due_date', (ob) => ob.asc().nullsLast())
    .orderBy('created_at')
    .orderBy('id')
    .execute()
    .then((rows) => rows.map(reviveAction))
}

export function findAction(db: Db, organizationId: string, id: string): Promise<ActionRow | undefined> {
  return db
    .selectFrom('action_plan_actions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
    .then((row) => row && reviveAction(row))
}

export function findOpenByCause(
  db: Db,
  organizationId: string,
  source: string,
  sourceKey: string,
): Promise<ActionRow | undefined> {
  return db
    .selectFrom('action_plan_actions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('source', '=', source)
    .where('source_key', '=', sourceKey)
    .where('status', 'in', OPEN_STATUSES)
    .executeTakeFirst()
    .then((row) => row && reviveAction(row))
}

export function openOfSource(db: Db, organizationId: string, source: string): Promise<ActionRow[]> {
  return db
    .selectFrom('action_plan_actions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('source', '=', source)
    .where('status', 'in', OPEN_STATUSES)
    .execute()
    .then((rows) => rows.map(reviveAction))
}

export interface ActionValues {
  source: string
  sourceKey: string | null
  title: { nl: string; fr: string; en: string }
  description: string
  link: string | null
  ownerId: string | null
  priority: ActionPriority
  effortDays: number | null
  dueDate: string | null
}

export function insertAction(
  trx: Transaction<DB>,
  organizationId: string,
  v: ActionValues,
): Promise<ActionRow> {
  return trx
    .insertInto('action_plan_actions')
    .values({
      organization_id: organizationId,
      source: v.source,
      source_key: v.sourceKey,
      title: storedActionTitle.serialize(v.title),
      description: v.description,
      link: v.link,
      owner_id: v.ownerId,
      priority: v.priority,
      effort_days: v.effortDays,
      due_date: v.dueDate,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(reviveAction)
}

export function updateAction(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  changes: Partial<{
    title: string
    description: string
    owner_id: string | null
    priority: ActionPriority
    effort_days: number | null
    due_date: string | null
    status: ActionStatus
    closed_reason: string | null
    closed_at: Date | null
    closed_by_label: string | null
  }>,
): Promise<ActionRow | undefined> {
  return trx
    .updateTable('action_plan_actions')
    .set({ ...changes, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
    .then((row) => row && reviveAction(row))
}
