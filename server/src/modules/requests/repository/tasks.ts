import type { Transaction } from 'kysely'
import type { Queryable } from '../../../db/queryable'
import type { DB } from '../../../db/schema'

export async function insertTasks(
  trx: Transaction<DB>,
  organizationId: string,
  requestId: string,
  tasks: readonly { systemKey: string | null; title: string }[],
) {
  if (tasks.length === 0) return
  await trx
    .insertInto('request_tasks')
    .values(
      tasks.map((t) => ({
        organization_id: organizationId,
        request_id: requestId,
        system_key: t.systemKey,
        title: t.title,
      })),
    )
    .execute()
}

/** The systems that have a checklist task on the request already (null: a task of no system). */
export async function taskSystemKeys(db: Queryable, requestId: string): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('request_tasks')
    .select('system_key')
    .where('request_id', '=', requestId)
    .execute()
  return rows.map((r) => r.system_key)
}

/** The request's open checklist task of a system is done: what the connector engine did there is its proof. */
export async function completeSystemTask(
  trx: Transaction<DB>,
  requestId: string,
  systemKey: string,
  done: { by: string; proof: string },
): Promise<void> {
  await trx
    .updateTable('request_tasks')
    .set({ status: 'done', done_by: done.by, done_at: new Date(), proof: done.proof })
    .where('request_id', '=', requestId)
    .where('system_key', '=', systemKey)
    .where('status', '=', 'open')
    .execute()
}

const TASK_COLUMNS = [
  'id',
  'system_key',
  'title',
  'status',
  'done_by',
  'done_at',
  'proof',
  'created_at',
] as const

export function listTasks(db: Queryable, organizationId: string, requestId: string) {
  return db
    .selectFrom('request_tasks')
    .select(TASK_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('title')
    .orderBy('id')
    .execute()
}

export async function countTasks(trx: Transaction<DB>, requestId: string) {
  const row = await trx
    .selectFrom('request_tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('request_id', '=', requestId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function updateTask(
  trx: Transaction<DB>,
  organizationId: string,
  requestId: string,
  taskId: string,
  changes: {
    status: 'open' | 'done' | 'not_applicable'
    doneBy: string | null
    doneAt: Date | null
    proof: string | null
  },
) {
  return trx
    .updateTable('request_tasks')
    .set({ status: changes.status, done_by: changes.doneBy, done_at: changes.doneAt, proof: changes.proof })
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .where('id', '=', taskId)
    .returning(TASK_COLUMNS)
    .executeTakeFirst()
}
