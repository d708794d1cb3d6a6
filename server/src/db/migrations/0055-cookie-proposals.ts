import { type Kysely, sql } from 'kysely'

/**
 * Add-to-inventory proposals of the cookie scanner (issue 18): each cookie, storage key or third-party host a
 * completed scan saw that no inventory service lists, once per organisation and name or host. A person accepts it
 * (it is added to the inventory as a new version) or dismisses it; a dismissed one is not proposed again.
 * suggestion is stored JSON (decision 0025, modules/cookies/proposal-repository.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cookie_proposals (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      kind text not null check (kind in ('cookie', 'host')),
      subject text not null,
      status text not null default 'open' check (status in ('open', 'accepted', 'dismissed')),
      suggestion jsonb not null,
      page text not null,
      scan_id uuid references cookie_scans (id) on delete set null,
      inventory_version integer,
      decided_by uuid references users (id) on delete set null,
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, kind, subject)
    );
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table cookie_proposals`.execute(db)
}
