import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Rows an erasure kept under a retention rule of the register: one record per row, with the row's own end date
    -- (its date field + the rule's period). The row's key is encrypted (a key can itself be personal data, e.g. an
    -- e-mail address), so the row can be found and erased when the hold ends - even after the identity that found
    -- it was masked. The retention sweep reads the records due (kept_until passed, not released) and sets
    -- released_at once the row is erased. See docs/connectors.md, "Rows kept under a retention rule".
    create table retention_holds (
      id uuid primary key,
      organization_id uuid not null references organizations(id) on delete cascade,
      run_id uuid references connector_runs(id) on delete set null,
      request_id uuid references requests(id) on delete set null,
      dataset_key text not null,
      system_key text not null,
      collection text not null,
      rule text not null,
      date_field text not null,
      kept_until date not null,
      key_encrypted text not null,
      created_at timestamptz not null default now(),
      released_at timestamptz
    );
    create index retention_holds_due on retention_holds (organization_id, kept_until) where released_at is null;
    create index retention_holds_run on retention_holds (run_id);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table retention_holds`.execute(db)
}
