import { type Kysely, sql } from 'kysely'

/**
 * What a sweep task gives a person to do (issue 16 item 3, decision 0110): a manual system's task, or an HTTP
 * collection's task when it has no date-filtered endpoint or a call by date cannot leave out held people, lists
 * what is due - the people whose period ended (kind person) or the keys of the records a legal hold keeps (kind
 * keep). Each item is stored with its run, encrypted (AES-GCM, bound to the run), like the keys of the rows kept
 * under a hold (decision 0090); subject_id only links a person still in the index (emptied when they are erased).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table retention_run_items (
      run_id uuid not null references retention_runs (id) on delete cascade,
      seq integer not null,
      organization_id uuid not null references organizations (id) on delete cascade,
      kind text not null check (kind in ('person', 'keep')),
      subject_id uuid references subjects (id) on delete set null,
      item_encrypted text not null,
      primary key (run_id, seq)
    );
    create index retention_run_items_subject on retention_run_items (subject_id) where subject_id is not null;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table retention_run_items`.execute(db)
}
