import { type Kysely, sql } from 'kysely'

/**
 * A revision per organisation's register, raised in the same transaction as every insert, update or delete of one
 * of its register entries (whatever process, command or SQL statement makes it), and announced with NOTIFY
 * custos_register (payload: the organisation's id) - decision 0117. What a process derives from the register and
 * keeps in memory (the consent purposes every consent event is checked against) is either dropped when the
 * announcement arrives, or, where nothing listens, used only while the revision it was read at is still current.
 * An organisation without a row is at revision 0 (no entry written since this migration).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table register_revisions (
      organization_id uuid primary key references organizations(id) on delete cascade,
      revision bigint not null
    );
    insert into register_revisions (organization_id, revision)
      select distinct organization_id, 1 from register_entries;

    create function register_changed() returns trigger language plpgsql as $$
    declare
      org uuid := (to_jsonb(coalesce(new, old)) ->> 'organization_id')::uuid;
    begin
      update register_revisions set revision = revision + 1 where organization_id = org;
      -- A delete never adds the row: the organisation itself may be going (its entries go by cascade).
      if not found and tg_op <> 'DELETE' then
        insert into register_revisions (organization_id, revision) values (org, 1)
          on conflict (organization_id) do update set revision = register_revisions.revision + 1;
      end if;
      perform pg_notify('custos_register', org::text);
      return null;
    end $$;
    create trigger register_entries_changed after insert or update or delete on register_entries
      for each row execute function register_changed();
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger register_entries_changed on register_entries;
    drop function register_changed();
    drop table register_revisions`.execute(db)
}
