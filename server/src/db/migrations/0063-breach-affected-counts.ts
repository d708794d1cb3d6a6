import { type Kysely, sql } from 'kysely'

/**
 * A breach's count of the people concerned through a connector, run as a job (issue 19, decision 0079): the POST
 * records the query here as queued and a worker reads the connected system; the page asks for the state by the
 * count's id. query and result are stored JSON (decision 0025, modules/breaches/affected-counts.ts); error is the
 * problem code of a failed count (worded by the page in nl/fr/en); rows_read is the progress of a running count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table breach_affected_counts (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      breach_id uuid not null references breaches (id) on delete cascade,
      status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
      query jsonb not null,
      requested_by jsonb not null,
      rows_read integer not null default 0,
      result jsonb,
      error text,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    );
    create index breach_affected_counts_breach on breach_affected_counts (organization_id, breach_id, created_at);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table breach_affected_counts`.execute(db)
}
