import { type Kysely, sql } from 'kysely'
import { legacyBoundarySeal } from '../../audit/chain'
import { auditKeysOf } from '../../audit/key'

/**
 * From here on audit events are HMAC-keyed. Events written before (plain SHA-256) stay as they are and are
 * verified as legacy up to the boundary recorded here; the boundary is sealed with the audit key, so it cannot be
 * moved without the key. Sealing needs the key, so this migration runs only through a keyed handle when events exist.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
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
  await sql`drop table audit_chain_legacy`.execute(db)
}
