import { type Kysely, sql } from 'kysely'

/**
 * First-run set-up and organisation addresses (issue 15, decision 0038).
 *
 * - setup_codes: the one-time set-up code of an installation without accounts (at most one row), sealed with the
 *   installation key (AES-256-GCM): every web process prints the same code and accepts it. `custos start` also
 *   keeps it in the data directory (setup-code, mode 0600); the row is deleted in the transaction that creates
 *   the first account, so the code works once.
 * - organizations.legal_form: the legal form chosen at set-up (BV, NV, VZW ...); null for older organisations.
 * - organizations.is_sample: the sample organisation built from an example register (never the user's own).
 * - organization_previous_slugs: a slug an organisation had before; its public addresses (/p/{old}/...) redirect
 *   to the current slug. A slug is unique across current and previous ones, so an old address never points to
 *   another organisation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table setup_codes (
      id smallint primary key default 1 check (id = 1),
      code_sealed text not null,
      created_at timestamptz not null default now()
    );
    alter table organizations add column legal_form text;
    alter table organizations add column is_sample boolean not null default false;
    create table organization_previous_slugs (
      slug text primary key,
      organization_id uuid not null references organizations (id) on delete cascade,
      replaced_at timestamptz not null default now()
    );
    create index organization_previous_slugs_org on organization_previous_slugs (organization_id);
  `.execute(db)
}
