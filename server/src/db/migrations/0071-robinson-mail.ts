import { type Kysely, sql } from 'kysely'

/**
 * The Robinson Mail list for addressed post (issue 17 item 3, decision 0086).
 *
 * - robinson_imports: every consultation of the list (file name, its date when known, SHA-256, counts, who, when;
 *   refused files too, with the reason) - the proof that a mailing file was de-duplicated against it.
 * - robinson_entries: the organisation's current list, as keyed hashes (the organisation's suppression key) of the
 *   normalised name and postal address of each listed person - never the name or address in clear. An import
 *   replaces the previous list in one transaction.
 * - suppression_opt_ins gets a channel: a person on the Robinson list who asked this organisation for its post
 *   overrides the list for it, as a phone opt-in overrides the DNCM list. Its phone_hash column becomes
 *   identifier_hash (the number's hash for phone, the name-and-address hash for post).
 *
 * And for consent (issue 17 item 1): consent_propagations.subject_erased_at marks the calls of a person erased
 * from the index while a call was still pending (it keeps the address until made). Such a call that then fails
 * for good has its address cleared at once, and "Retry now" is refused with its own reason. Idempotent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists robinson_imports (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      status text not null,
      file_name text not null,
      file_date date,
      file_sha256 text,
      lines integer not null default 0,
      entries integer not null default 0,
      duplicates integer not null default 0,
      rejected integer not null default 0,
      refusal text,
      imported_by text not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index if not exists robinson_imports_organization on robinson_imports (organization_id, started_at desc);

    create table if not exists robinson_entries (
      organization_id uuid not null references organizations (id) on delete cascade,
      entry_hash bytea not null,
      import_id uuid not null,
      primary key (organization_id, entry_hash, import_id)
    );

    alter table suppression_opt_ins add column if not exists channel text not null default 'phone';
    alter table consent_propagations add column if not exists subject_erased_at timestamptz;
  `.execute(db)
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from information_schema.columns
     where table_name = 'suppression_opt_ins' and column_name = 'phone_hash'`.execute(db)
  if (Number(rows[0]?.n ?? 0) > 0)
    await sql`alter table suppression_opt_ins rename column phone_hash to identifier_hash`.execute(db)
  await sql`
    alter table suppression_opt_ins drop constraint if exists suppression_opt_ins_organization_id_phone_hash_key;
    create unique index if not exists suppression_opt_ins_channel_identifier
      on suppression_opt_ins (organization_id, channel, identifier_hash);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table consent_propagations drop column if exists subject_erased_at;
    drop index if exists suppression_opt_ins_channel_identifier;
    delete from suppression_opt_ins where channel <> 'phone';
    alter table suppression_opt_ins drop column if exists channel;
    alter table suppression_opt_ins rename column identifier_hash to phone_hash;
    alter table suppression_opt_ins add constraint suppression_opt_ins_organization_id_phone_hash_key
      unique (organization_id, phone_hash);
    drop table if exists robinson_entries;
    drop table if exists robinson_imports;
  `.execute(db)
}
