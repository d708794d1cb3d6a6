import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organizations
      add column phone text,
      add column website text,
      add column privacy_contact_phone text,
      add column representative jsonb,
      add column notice_settings jsonb;
    create table register_entries (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      kind text not null check (kind in ('activity','system','vendor','retention_rule','measure',
        'data_category','subject_category','purpose','recipient_type')),
      key text not null,
      position int not null default 0,
      data jsonb not null,
      version int not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, kind, key)
    );
    create table register_versions (
      id bigserial primary key,
      organization_id uuid not null references organizations(id) on delete cascade,
      kind text not null,
      key text not null,
      version int not null,
      change text not null check (change in ('created','updated','deleted')),
      data jsonb,
      previous jsonb,
      actor_type text not null,
      actor_id text,
      actor_label text not null,
      request_id text,
      changed_at timestamptz not null default now()
    );
    create index register_versions_entry on register_versions (organization_id, kind, key, id desc);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table register_versions, register_entries;
    alter table organizations drop column phone, drop column website, drop column privacy_contact_phone,
      drop column representative, drop column notice_settings`.execute(db)
}
