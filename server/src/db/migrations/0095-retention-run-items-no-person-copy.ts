import { type Kysely, sql } from 'kysely'

/**
 * A sweep task's list keeps nothing of a person (review W3, decision 0110 amended): a person is only the link to the
 * subject index, read live when the list is shown, so an erased person leaves nothing in it. The lists stored before
 * held each person's name and identities (encrypted): emptied here. The list of a task already closed or cancelled
 * (its run no longer waiting) is deleted: the run and its counts are the proof.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update retention_run_items set item_encrypted = '' where kind = 'person'`.execute(db)
  await sql`
    delete from retention_run_items
    where run_id in (select id from retention_runs where status <> 'waiting')
  `.execute(db)
}

export async function down(): Promise<void> {
  // The copies removed are not restored.
}
