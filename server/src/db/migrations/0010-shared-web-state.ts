import { type Kysely, sql } from 'kysely'

/**
 * State that several web processes share (issue 22, item 1).
 *
 * Rate limits: one counter per limited route and client (a keyed hash of the address, never the address itself),
 * counted in the database so that N web processes allow what one allows. Unlogged: a crash of PostgreSQL may
 * reset the counters (they are one minute long), and they cost no WAL.
 *
 * Public pages: a revision per organisation, raised by triggers whenever what its public pages show changes (the
 * organisation's profile, a newly published notice version), and announced with NOTIFY custos_public_pages. Each
 * web process caches rendered pages keyed by it; whatever process, command or SQL statement makes the change,
 * every process drops its copies (see modules/portal/page-cache.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unlogged table rate_limit_counters (
      key text primary key,
      hits integer not null,
      resets_at timestamptz not null
    );
    create index rate_limit_counters_resets_at on rate_limit_counters (resets_at);

    create table public_page_revisions (
      organization_id uuid primary key references organizations(id) on delete cascade,
      revision bigint not null
    );
    insert into public_page_revisions (organization_id, revision) select id, 1 from organizations;

    -- The organisation's id is named by the trigger (a record has only its own table's columns).
    create function public_pages_changed() returns trigger language plpgsql as $$
    declare
      org uuid := (to_jsonb(coalesce(new, old)) ->> tg_argv[0])::uuid;
    begin
      if tg_op <> 'DELETE' then
        insert into public_page_revisions (organization_id, revision) values (org, 1)
          on conflict (organization_id) do update set revision = public_page_revisions.revision + 1;
      end if;
      perform pg_notify('custos_public_pages', org::text);
      return null;
    end $$;
    create trigger organizations_public_pages after insert or update or delete on organizations
      for each row execute function public_pages_changed('id');
    create trigger notice_versions_public_pages after insert on notice_versions
      for each row execute function public_pages_changed('organization_id');
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger notice_versions_public_pages on notice_versions;
    drop trigger organizations_public_pages on organizations;
    drop function public_pages_changed();
    drop table public_page_revisions, rate_limit_counters`.execute(db)
}
