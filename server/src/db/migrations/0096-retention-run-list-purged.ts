import type { Kysely } from 'kysely'

/**
 * A sweep task's list follows a retention rule of its own (issue 16 item 4): the list of a task nobody closes is
 * deleted once the rule's period has passed (catalogue entry `retention_task_lists`), and the run records when, so
 * that the page can say the list was deleted under that rule rather than show an empty list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('retention_runs').addColumn('list_purged_at', 'timestamptz').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('retention_runs').dropColumn('list_purged_at').execute()
}
