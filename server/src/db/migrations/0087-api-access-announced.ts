import { type Kysely, sql } from 'kysely'

/**
 * Announces every change that can end or narrow an API token's access, so that web processes may keep the token
 * and its organisation in memory (decision 0106): NOTIFY custos_api_access with `token:<id>` when a token is
 * revoked, expires, changes scopes, name or organisation, or is deleted, and `org:<id>` when an organisation row
 * changes or goes (its slug may have moved). The token's last use (written at most once a minute) announces nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function api_access_changed() returns trigger language plpgsql as $$
    begin
      perform pg_notify('custos_api_access', tg_argv[0] || ':' || (to_jsonb(coalesce(old, new)) ->> 'id'));
      return null;
    end $$;
    create trigger api_tokens_api_access
      after update of token_hash, organization_id, name, scopes, expires_at, revoked_at or delete on api_tokens
      for each row execute function api_access_changed('token');
    create trigger organizations_api_access after update or delete on organizations
      for each row execute function api_access_changed('org');
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger organizations_api_access on organizations;
    drop trigger api_tokens_api_access on api_tokens;
    drop function api_access_changed();
  `.execute(db)
}
