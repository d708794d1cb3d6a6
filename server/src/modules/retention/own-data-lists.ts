import { type Kysely, sql } from 'kysely'
import type { DB } from '../../db/schema'
import { type OwnScope, type OwnSource, pageOf } from './own-data-scope'

/**
 * The lists of the sweep tasks (decision 0110) under their own rule, `retention_task_lists` (6 months after the task
 * was created by default): a list is deleted when its task is closed or cancelled, but a task nobody closes would
 * keep its list - the people due and the keys to keep - forever. A list older than the rule's period is deleted
 * with the run marked (`list_purged_at`), so the page says it was deleted under that rule; the run and its counts
 * stay as the proof, as for a closed task.
 */
export function taskListsSource(scope: OwnScope): OwnSource {
  const orgId = scope.org.id
  const due = (db: Kysely<DB>) =>
    db
      .selectFrom('retention_runs as r')
      .where('r.organization_id', '=', orgId)
      .where('r.via', '=', 'task')
      .where(sql<boolean>`r.started_at < (${scope.before}::date::timestamp at time zone 'Europe/Brussels')`)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('retention_run_items as i')
            .select(sql`1`.as('one'))
            .where('i.organization_id', '=', orgId)
            .whereRef('i.run_id', '=', 'r.id'),
        ),
      )
  return {
    async tally(ctx) {
      const row = await due(ctx.db)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
      return { due: Number(row?.n ?? 0), renewed: null }
    },
    async page(db, after, limit) {
      const rows = await due(db)
        .select('r.id')
        .$if(after !== null, (q) => q.where('r.id', '>', after as string))
        .orderBy('r.id')
        .limit(limit)
        .execute()
      return pageOf(
        rows.map((r) => ({ id: r.id, label: r.id })),
        limit,
        after,
      )
    },
    async remove(tx, _actor, ids) {
      if (ids.length === 0) return 0
      const deleted = await tx.db
        .deleteFrom('retention_run_items')
        .where('organization_id', '=', orgId)
        .where('run_id', 'in', [...ids])
        .returning('run_id')
        .execute()
      const runs = [...new Set(deleted.map((d) => d.run_id))]
      if (runs.length > 0)
        await tx.db
          .updateTable('retention_runs')
          .set({ list_purged_at: new Date() })
          .where('organization_id', '=', orgId)
          .where('id', 'in', runs)
          .where('list_purged_at', 'is', null)
          .execute()
      return runs.length
    },
  }
}
