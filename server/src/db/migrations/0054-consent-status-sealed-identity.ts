import { type Kysely, sql } from 'kysely'

/**
 * Expiries passed on to systems (issue 17, decision 0069): while a given consent with an end date runs, its status
 * row keeps the identity it was given under, encrypted, so that the expiry job can tell the systems that act on it
 * (their consentWithdrawal call) who it was, also when the subject index does not know the person. Any later record
 * of the person for the purpose (the expiry itself, a withdrawal, a refusal, a consent without end) clears it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table consent_status add column identity_encrypted text`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table consent_status drop column identity_encrypted`.execute(db)
}
