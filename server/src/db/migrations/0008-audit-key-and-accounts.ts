import { type Kysely, sql } from 'kysely'
import { legacyBoundarySeal } from '../../audit/chain'
import { auditKeysOf } from '../../audit/key'

/**
 * Accounts (issue 11, item 8): the last TOTP time step used per user (a code is accepted once), whether a user may
 * create organisations (installation admin; existing owners keep the right they had), and the sources (address) from
 * which an account signed in successfully, which stay able to sign in while others are throttled.
 *
 * Audit (item 4): from here on audit events are HMAC-keyed. Events written before (plain SHA-256) stay as they are and are
 * verified as legacy up to the boundary recorded here; the boundary is sealed with the audit key, so it cannot be
 * moved without the key. Sealing needs the key, so this migration runs only through a keyed handle when events exist.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users
      add column totp_last_step bigint,
      add column installation_admin boolean not null default false;
    update users set installation_admin = true where id in (select user_id from memberships where role = 'owner');
    create index login_failures_key_ip_at on login_failures (email_key, ip, at);
    create table login_known_sources (
      email_key text not null,
      source_key text not null,
      last_success_at timestamptz not null default now(),
      primary key (email_key, source_key)
    )`.execute(db)
  await keyAuditChain(db)
}

/** Creates the sealed legacy boundary of the audit chain (the whole chain so far, when it has events). */
export async function keyAuditChain(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_chain_legacy (
      id int primary key check (id = 1),
      until_seq bigint not null,
      until_hash text not null,
      seal text not null,
      sealed_at timestamptz not null default now()
    )`.execute(db)
  const last = await sql<{ seq: string | number; hash: string }>`
    select seq, hash from audit_events order by seq desc limit 1`.execute(db)
  const row = last.rows[0]
  if (!row) return
  const seq = Number(row.seq)
  const seal = legacyBoundarySeal(auditKeysOf(db).chain, seq, row.hash)
  await sql`insert into audit_chain_legacy (id, until_seq, until_hash, seal) values (1, ${seq}, ${row.hash}, ${seal})`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_chain_legacy, login_known_sources`.execute(db)
  await sql`drop index login_failures_key_ip_at`.execute(db)
  await sql`alter table users drop column totp_last_step, drop column installation_admin`.execute(db)
}
