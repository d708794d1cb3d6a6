import { type Kysely, sql } from 'kysely'

/**
 * Marketing suppression and the Belgian do-not-call list (issue 17 item 3, decision 0033).
 *
 * - suppression_keys: one HMAC key per organisation, AES-256-GCM encrypted like every other secret (bound to the
 *   organisation id). Identifiers are kept only as HMAC-SHA256 of their normalised form under that key.
 * - suppression_entries: an identifier (e-mail, phone, postal address) that must not get marketing: an objection
 *   to direct marketing (Art. 21(2)-(3), absolute, every channel), an unsubscribe (one channel) or a person erased
 *   who asked never to be contacted again. No foreign key to subjects or requests: an entry outlives both.
 * - suppression_opt_ins: a phone number whose holder asked this organisation to call, overriding the DNCM list.
 * - dncm_imports: every consultation of the DNCM list (the proof the Economic Inspection asks for): file name,
 *   its date, SHA-256, counts, who, when; refused files too, with the reason.
 * - dncm_numbers: the current list of the organisation (keyed hashes and registration dates); an import replaces
 *   the previous one in one transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table suppression_keys (
      organization_id uuid primary key references organizations (id) on delete cascade,
      key_encrypted text not null,
      created_at timestamptz not null default now()
    );

    create table suppression_entries (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      kind text not null,
      identifier_hash bytea not null,
      masked text not null,
      reason text not null,
      channel text not null,
      source text not null,
      request_id uuid,
      note text not null default '',
      created_by text not null,
      created_at timestamptz not null default now(),
      unique (organization_id, kind, identifier_hash, reason, channel)
    );

    create table suppression_opt_ins (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      phone_hash bytea not null,
      masked text not null,
      given_on date not null,
      evidence text not null default '',
      created_by text not null,
      created_at timestamptz not null default now(),
      unique (organization_id, phone_hash)
    );

    create table dncm_imports (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      status text not null,
      file_name text not null,
      file_date date,
      file_date_source text,
      file_sha256 text,
      lines integer not null default 0,
      numbers integer not null default 0,
      duplicates integer not null default 0,
      rejected integer not null default 0,
      newest_registration date,
      refusal text,
      imported_by text not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index dncm_imports_organization on dncm_imports (organization_id, started_at desc);

    create table dncm_numbers (
      organization_id uuid not null references organizations (id) on delete cascade,
      number_hash bytea not null,
      import_id uuid not null,
      registered_on date,
      primary key (organization_id, number_hash, import_id)
    );
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table dncm_numbers;
    drop table dncm_imports;
    drop table suppression_opt_ins;
    drop table suppression_entries;
    drop table suppression_keys;
  `.execute(db)
}
