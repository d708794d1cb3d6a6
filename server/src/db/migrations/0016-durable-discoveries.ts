import { type Kysely, sql } from 'kysely'

/**
 * A discovery runs as a job (decision 0025): what a worker needs to run it again after a crash is kept with it,
 * encrypted, until it ends - the connection typed for it (`input_encrypted`, secret included, bound to the row) -
 * with the claims made on it (`attempts`) and the lease of the worker that holds it (`lease_until`, renewed while
 * it reads). Rows of before (no input) cannot be resumed; the sweep marks them failed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dataset_discoveries
      add column input_encrypted text,
      add column attempts integer not null default 0,
      add column lease_until timestamptz;
    create index dataset_discoveries_running on dataset_discoveries (created_at) where status = 'running';
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index dataset_discoveries_running;
    alter table dataset_discoveries drop column input_encrypted, drop column attempts, drop column lease_until;
  `.execute(db)
}
