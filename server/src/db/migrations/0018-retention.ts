import { type Kysely, sql } from 'kysely'

/**
 * Retention enforced on the organisation's own systems (issue 16, decision 0031).
 * - retention_policies: the machine form of a register retention rule (start event, end action, manual renewal,
 *   the privacy officer's approval of its sweep and the per-run ceiling). One per rule key and organisation.
 * - legal_holds: a subject, a request, a collection or a whole system kept from sweeps and erasure until the hold
 *   ends (a date) or is lifted.
 * - retention_runs: one sweep of one rule over one collection of one dataset (or the erasure holds that ended),
 *   with its cursor (the last key done, encrypted) and counts; retention_run_batches: one row per batch, written
 *   before the batch is applied (its exact changes, encrypted) and marked done after, so a crash resumes with the
 *   same changes and never counts or applies a batch twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table retention_policies (
      id uuid primary key,
      organization_id uuid not null references organizations(id) on delete cascade,
      rule_key text not null,
      start_kind text not null default 'date_field'
        check (start_kind in ('date_field', 'subject_event', 'fixed_date')),
      subject_event text,
      fixed_date date,
      end_action text not null default 'delete' check (end_action in ('delete', 'mask', 'anonymise')),
      renewed_until date,
      run_ceiling integer check (run_ceiling is null or run_ceiling > 0),
      approved_by uuid references users(id) on delete set null,
      approved_by_label text,
      approved_at timestamptz,
      approved_rows bigint,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, rule_key),
      check ((start_kind = 'fixed_date') = (fixed_date is not null)),
      check ((start_kind = 'subject_event') = (subject_event is not null))
    );

    create table legal_holds (
      id uuid primary key,
      organization_id uuid not null references organizations(id) on delete cascade,
      scope text not null check (scope in ('subject', 'request', 'collection', 'system')),
      subject_id uuid references subjects(id) on delete cascade,
      request_id uuid references requests(id) on delete cascade,
      system_key text,
      dataset_key text,
      collection text,
      reason text not null,
      placed_by uuid references users(id) on delete set null,
      placed_by_label text not null,
      placed_at timestamptz not null default now(),
      ends_on date,
      lifted_at timestamptz,
      lifted_by_label text,
      check ((scope = 'subject') = (subject_id is not null)),
      check ((scope = 'request') = (request_id is not null)),
      check ((scope = 'system') = (system_key is not null and dataset_key is null)),
      check ((scope = 'collection') = (dataset_key is not null and collection is not null))
    );
    create index legal_holds_active on legal_holds (organization_id) where lifted_at is null;

    create table retention_runs (
      id uuid primary key,
      organization_id uuid not null references organizations(id) on delete cascade,
      kind text not null default 'rule' check (kind in ('rule', 'ended_holds')),
      rule_key text not null,
      dataset_key text not null,
      system_key text not null,
      collection text not null,
      action text not null,
      cutoff date,
      today date not null,
      status text not null check (status in ('running', 'paused', 'completed', 'failed', 'held')),
      reason text,
      planned_rows bigint not null default 0,
      ceiling bigint,
      cursor_encrypted text,
      rows_deleted bigint not null default 0,
      rows_masked bigint not null default 0,
      rows_shared bigint not null default 0,
      batches integer not null default 0,
      approved_by_label text,
      started_by_label text not null,
      started_at timestamptz not null default now(),
      ended_at timestamptz,
      lease_until timestamptz
    );
    create index retention_runs_org on retention_runs (organization_id, started_at desc);
    create unique index retention_runs_one_open on retention_runs (organization_id, rule_key, dataset_key, collection)
      where status = 'running';

    create table retention_run_batches (
      run_id uuid not null references retention_runs(id) on delete cascade,
      seq integer not null,
      status text not null check (status in ('started', 'done')),
      changes_encrypted text not null,
      cursor_encrypted text not null,
      deletes integer not null,
      masks integer not null,
      shared integer not null,
      key_hashes jsonb not null,
      created_at timestamptz not null default now(),
      done_at timestamptz,
      primary key (run_id, seq)
    );
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table retention_run_batches;
    drop table retention_runs;
    drop table legal_holds;
    drop table retention_policies;
  `.execute(db)
}
