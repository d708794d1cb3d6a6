import { type Kysely, sql } from 'kysely'

/**
 * Audit events emptied by a retention rule (issue 16 item 4, decision 0085): the event keeps its place in the chain
 * (sequence, hashes, organisation, time, action) and loses who and what; `emptied_seal` is an HMAC of its sequence
 * and hash with the chain key, which the verifier checks instead of recomputing the hash. Idempotent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table audit_events
      add column if not exists emptied_at timestamptz,
      add column if not exists emptied_seal text;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_events drop column if exists emptied_at, drop column if exists emptied_seal`.execute(
    db,
  )
}
