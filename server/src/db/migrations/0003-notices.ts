import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notice_versions (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      version int not null,
      effective_date date not null,
      material boolean not null default false,
      change_summary text,
      register_snapshot jsonb not null,
      documents jsonb not null,
      published_by text not null,
      published_at timestamptz not null default now(),
      unique (organization_id, version)
    );
    create table notice_subscribers (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      email text not null check (email = lower(email)),
      language text not null check (language in ('nl','fr','en')),
      confirm_token_hash text,
      confirmed_at timestamptz,
      created_at timestamptz not null default now(),
      unique (organization_id, email)
    );
    -- A published version is a record of what the organisation promised: it can never change.
    create function notice_versions_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'notice versions are immutable';
    end $$;
    create trigger notice_versions_no_update before update on notice_versions
      for each row execute function notice_versions_immutable();
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table notice_subscribers, notice_versions; drop function notice_versions_immutable()`.execute(
    db,
  )
}
