import { type Kysely, sql } from 'kysely'

/**
 * Cookie banner, scanner and declaration (issue 18, decision 0034).
 *
 * - cookie_inventories: the organisation's cookie inventory, one immutable row per version (services with their
 *   category, hosts and cookies as `data jsonb`); the banner asks again when the version changes.
 * - cookie_site_settings: per organisation the URLs the scanner visits, the link depth and after how many days
 *   the banner asks again (default 182, six months).
 * - cookie_banner_events: what the banner reported: `served` (the banner was shown to a consent id, with the
 *   inventory version) and, until the consent module records them, the visitors' choices.
 * - cookie_scans: one row per scan: what was observed before consent, after Accept all and after Reject all, and
 *   the findings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table cookie_inventories (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      version integer not null,
      data jsonb not null,
      note text not null default '',
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      unique (organization_id, version)
    );

    create table cookie_site_settings (
      organization_id uuid primary key references organizations (id) on delete cascade,
      scan_urls jsonb not null default '[]',
      scan_depth integer not null default 0,
      reconsent_days integer not null default 182,
      updated_at timestamptz not null default now()
    );

    create table cookie_banner_events (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      consent_id text not null,
      kind text not null check (kind in ('served', 'choice')),
      method text check (method in ('accept', 'reject', 'save', 'gpc')),
      granted jsonb not null default '[]',
      inventory_version integer not null,
      language text,
      page_url text,
      created_at timestamptz not null default now()
    );
    create index cookie_banner_events_consent on cookie_banner_events (organization_id, consent_id, created_at);

    create table cookie_scans (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      status text not null check (status in ('completed', 'failed')),
      inventory_version integer,
      result jsonb not null default '{}',
      findings jsonb not null default '[]',
      error text,
      started_at timestamptz not null,
      finished_at timestamptz not null default now()
    );
    create index cookie_scans_organization on cookie_scans (organization_id, started_at);
  `.execute(db)
}
