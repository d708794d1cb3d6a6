import { type Kysely, sql } from 'kysely'

/**
 * A sweep records the people it left out because their consent renewed their period (renewal by consent, decision
 * 0062; issue 16 review finding): the consent purpose, how many people, and the earliest and latest last day their
 * consent keeps them - counted when the sweep began, as the plan shows them. The destruction certificate says so;
 * it names no person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table retention_runs add column consent_purpose text`.execute(db)
  await sql`alter table retention_runs add column renewed_people integer not null default 0`.execute(db)
  await sql`alter table retention_runs add column renewed_first_until date`.execute(db)
  await sql`alter table retention_runs add column renewed_last_until date`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table retention_runs drop column renewed_last_until`.execute(db)
  await sql`alter table retention_runs drop column renewed_first_until`.execute(db)
  await sql`alter table retention_runs drop column renewed_people`.execute(db)
  await sql`alter table retention_runs drop column consent_purpose`.execute(db)
}
