import { type Kysely, sql } from 'kysely'

/**
 * Renewal by consent (issue 16 item 1, decision 0062): a rule the register marks "renewable with the person's
 * consent" names the consent purpose whose valid consent renews the period. The sweep leaves out a person whose
 * consent for that purpose is given, not expired and recent enough that the period counted from it has not ended.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table retention_policies add column consent_purpose text`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table retention_policies drop column consent_purpose`.execute(db)
}
