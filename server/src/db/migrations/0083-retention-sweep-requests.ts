import { type Kysely, sql } from 'kysely'

/**
 * "Run the sweeps now" as a job (issue 16, review m20 of session 12): the POST records the request here as queued and
 * answers 202 with its id; a worker runs the organisation's sweeps under the organisation's sweep lock and stores
 * the outcome per rule and collection (result, stored JSON) or the problem code of a failure (error). At most one
 * request per organisation is queued or running (a partial unique index). heartbeat_at: the worker is alive.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table retention_sweep_requests (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
      dry_run boolean not null default false,
      requested_by jsonb not null,
      result jsonb,
      error text,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      heartbeat_at timestamptz,
      finished_at timestamptz
    );
    create index retention_sweep_requests_org on retention_sweep_requests (organization_id, created_at);
    create unique index retention_sweep_requests_one_underway
      on retention_sweep_requests (organization_id) where status in ('queued', 'running');
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table retention_sweep_requests`.execute(db)
}
