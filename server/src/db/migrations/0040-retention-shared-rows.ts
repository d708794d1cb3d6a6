import { type Kysely, sql } from 'kysely'

/**
 * A retention sweep withholds the rows other people's records still refer to (issue 16, issue 10's principle,
 * decision 0053): a household's shared address reached from the one person whose period ended stays untouched. Each
 * batch and each run counts the rows it withheld, so the plan, the run and the destruction certificate can say how
 * many rows were kept because they are shared with other records.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table retention_runs add column rows_withheld bigint not null default 0`.execute(db)
  await sql`alter table retention_run_batches add column withheld integer not null default 0`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table retention_run_batches drop column withheld`.execute(db)
  await sql`alter table retention_runs drop column rows_withheld`.execute(db)
}
