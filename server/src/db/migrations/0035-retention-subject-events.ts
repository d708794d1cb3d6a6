import { type Kysely, sql } from 'kysely'

/**
 * Retention periods counted from a lifecycle event of the subject index (issue 16, decision 0047): a sweep records
 * the event it counted from, so its list entry and its destruction certificate say "people whose contract ended
 * before ..." instead of "rows dated before ...".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table retention_runs add column subject_event text`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table retention_runs drop column subject_event`.execute(db)
}
