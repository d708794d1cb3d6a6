import { type Kysely, sql } from 'kysely'

/**
 * Processors, agreements and sub-processors (issue 20, decision 0036), both sides of Art. 28.
 *
 * As controller, per register vendor (by its key):
 * - processor_vendor_profiles: risk level, security certifications, its sub-processors, next review date (and the
 *   review date a reminder was last sent for, so each review is reminded once).
 * - processor_transfers: one row per transfer: country, mechanism (adequacy, scc + 2021/914 module, dpf + the date
 *   its certification was last checked, bcr, derogation), details and the transfer impact assessment note.
 * As processor:
 * - processor_clients: the controllers the organisation works for, their language, contacts (encrypted: names and
 *   addresses of people), documented instructions and the register activities done for them (Art. 30(2)).
 * Both:
 * - processor_agreements: an agreement with a vendor (vendor_key) or with a client (client_id): version, signed,
 *   term, notice period, the Art. 28(3) a-h checklist with where each clause is, and the document (AES-256-GCM,
 *   bound to the row id).
 * Sub-processor changes (the organisation as processor):
 * - subprocessor_changes: an announced addition or removal, its objection window and when it takes effect;
 * - subprocessor_objections: one per recipient (a client or a subscriber) and change, with the reason;
 * - subprocessor_subscribers: e-mail subscriptions from the public page (double opt-in);
 * - processor_settings: the default objection window (days).
 * The public page /p/{slug}/subprocessors is cached per organisation revision: changes and vendor entries raise it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table processor_vendor_profiles (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      vendor_key text not null,
      risk_level text,
      certifications jsonb not null default '[]',
      sub_processors jsonb not null default '[]',
      next_review_on date,
      last_reviewed_on date,
      reminded_for date,
      notes text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, vendor_key)
    );
    create index processor_vendor_profiles_review on processor_vendor_profiles (next_review_on);

    create table processor_clients (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      name text not null,
      enterprise_number text,
      language text not null default 'nl',
      contacts_encrypted text not null,
      instructions text not null default '',
      activity_keys jsonb not null default '[]',
      status text not null default 'active',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index processor_clients_organization on processor_clients (organization_id, name);

    create table processor_agreements (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      vendor_key text,
      client_id uuid references processor_clients (id) on delete cascade,
      title text not null,
      version text not null default '',
      signed_on date,
      starts_on date,
      ends_on date,
      notice_days integer,
      clauses jsonb not null default '{}',
      document_filename text,
      document_content_type text,
      document_size integer,
      document_encrypted text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((vendor_key is null) <> (client_id is null))
    );
    create index processor_agreements_vendor on processor_agreements (organization_id, vendor_key);
    create index processor_agreements_client on processor_agreements (client_id);

    create table processor_transfers (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      vendor_key text not null,
      country text not null,
      mechanism text not null,
      scc_module integer,
      dpf_checked_on date,
      details text not null default '',
      tia_note text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index processor_transfers_vendor on processor_transfers (organization_id, vendor_key);

    create table processor_settings (
      organization_id uuid primary key references organizations (id) on delete cascade,
      objection_days integer not null default 7
    );

    create table subprocessor_changes (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      kind text not null,
      vendor jsonb not null,
      note text not null default '',
      window_days integer not null,
      announced_at timestamptz not null,
      effective_at timestamptz not null,
      status text not null default 'announced',
      applied_at timestamptz,
      apply_error text,
      created_at timestamptz not null default now()
    );
    create index subprocessor_changes_due on subprocessor_changes (effective_at) where status = 'announced';
    create index subprocessor_changes_organization on subprocessor_changes (organization_id, announced_at);

    create table subprocessor_objections (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      change_id uuid not null references subprocessor_changes (id) on delete cascade,
      recipient text not null,
      client_id uuid references processor_clients (id) on delete set null,
      reason text not null,
      created_at timestamptz not null default now(),
      unique (change_id, recipient)
    );

    create table subprocessor_subscribers (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      email text not null,
      language text not null,
      confirm_token_hash text,
      confirmed_at timestamptz,
      created_at timestamptz not null default now(),
      unique (organization_id, email)
    );

    create trigger subprocessor_changes_public_pages after insert or update on subprocessor_changes
      for each row execute function public_pages_changed('organization_id');
    create trigger register_entries_public_pages after insert or update or delete on register_entries
      for each row execute function public_pages_changed('organization_id');
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger register_entries_public_pages on register_entries;
    drop table subprocessor_subscribers, subprocessor_objections, subprocessor_changes, processor_settings,
      processor_transfers, processor_agreements, processor_clients, processor_vendor_profiles`.execute(db)
}
