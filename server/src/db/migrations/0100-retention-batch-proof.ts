import { type Kysely, sql } from 'kysely'

/**
 * Decision 0114: a sweep batch deleted in one statement is proven by one keyed hash over its recorded changes instead
 * of one per key. Each batch says which form its key_hashes has; the batches written before are per key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table retention_run_batches add column proof text not null default 'keys'
      check (proof in ('keys', 'batch'))
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table retention_run_batches drop column proof`.execute(db)
}
