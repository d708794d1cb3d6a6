import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { ChainedConsentFields } from './model'

/** A chained event as it is inserted: every column, its hash included. */
export type ChainedConsentRow = ChainedConsentFields & { hash: string }

/** The current state of one person for one purpose, as `consent_status` keeps it. */
export interface ConsentStatusRow {
  organization_id: string
  subject_key: string
  purpose: string
  state: string
  identity_kind: string
  identity_masked: string
  occurred_at: Date
  expires_at: Date | null
  text_hash: string | null
  event_id: string
  identity_encrypted: string | null
}

/** The chain head an append expects to move on from: the last record's sequence number and hash. */
export interface ChainHead {
  seq: number
  hash: string
}

/**
 * Appends one organisation's chained events in one statement (decisions 0108, 0116): the events, the chain head
 * moved to the last of them, and the current status per person and purpose (an event older than the stored status -
 * an import of history - does not replace it). The values travel as one array per column, so the statement's text is
 * the same for every batch size and the server parses 41 parameters, not 25 per event. The head moves - and the
 * events and status are written - only while it is still `expected`: answers false, having written nothing, when
 * another writer moved it first (or it does not exist yet). Run in autocommit it is a whole batch in one round trip
 * (the consent log's usual way); under lockChainHead in a transaction it always finds the head it locked. The caller
 * passes one status row per person and purpose.
 */
export async function appendChainedEvents(
  db: Kysely<DB> | Transaction<DB>,
  organizationId: string,
  expected: ChainHead,
  rows: readonly ChainedConsentRow[],
  status: readonly ConsentStatusRow[],
): Promise<boolean> {
  const last = rows.at(-1)
  if (!last) return true
  const e = <K extends keyof ChainedConsentRow>(key: K) => rows.map((r) => r[key])
  const s = <K extends keyof ConsentStatusRow>(key: K) => status.map((r) => r[key])
  const evidence = rows.map((r) => (r.evidence === null ? null : JSON.stringify(r.evidence)))
  const { rows: moved } = await sql<{ moved: number }>`
    with head as (
      update consent_chain_heads set seq = ${last.seq}, hash = ${last.hash}
      where organization_id = ${organizationId}::uuid and seq = ${expected.seq}::bigint and hash = ${expected.hash}
      returning 1
    ),
    appended as (
      insert into consent_events (id, organization_id, seq, subject_key, identity_kind, identity_masked, purpose,
        state, text_hash, language, channel, method, occurred_at, recorded_at, expires_at, source, ip, user_agent,
        evidence, external_ref, actor_type, actor_id, actor_label, prev_hash, hash)
      select e.id, ${organizationId}::uuid, e.seq, e.subject_key, e.identity_kind, e.identity_masked, e.purpose,
        e.state, e.text_hash, e.language, e.channel, e.method, e.occurred_at, e.recorded_at, e.expires_at, e.source,
        e.ip, e.user_agent, e.evidence::jsonb, e.external_ref, e.actor_type, e.actor_id, e.actor_label, e.prev_hash,
        e.hash
      from unnest(${e('id')}::uuid[], ${e('seq')}::bigint[], ${e('subject_key')}::text[],
        ${e('identity_kind')}::text[], ${e('identity_masked')}::text[], ${e('purpose')}::text[], ${e('state')}::text[],
        ${e('text_hash')}::text[], ${e('language')}::text[], ${e('channel')}::text[], ${e('method')}::text[],
        ${e('occurred_at')}::timestamptz[], ${e('recorded_at')}::timestamptz[], ${e('expires_at')}::timestamptz[],
        ${e('source')}::text[], ${e('ip')}::text[], ${e('user_agent')}::text[], ${evidence}::text[],
        ${e('external_ref')}::text[], ${e('actor_type')}::text[], ${e('actor_id')}::text[], ${e('actor_label')}::text[],
        ${e('prev_hash')}::text[], ${e('hash')}::text[])
        as e (id, seq, subject_key, identity_kind, identity_masked, purpose, state, text_hash, language, channel,
          method, occurred_at, recorded_at, expires_at, source, ip, user_agent, evidence, external_ref, actor_type,
          actor_id, actor_label, prev_hash, hash)
      where exists (select from head)
    ),
    current as (
      insert into consent_status (organization_id, subject_key, purpose, state, identity_kind, identity_masked,
        occurred_at, expires_at, text_hash, event_id, identity_encrypted)
      select ${organizationId}::uuid, s.subject_key, s.purpose, s.state, s.identity_kind, s.identity_masked,
        s.occurred_at, s.expires_at, s.text_hash, s.event_id, s.identity_encrypted
      from unnest(${s('subject_key')}::text[], ${s('purpose')}::text[], ${s('state')}::text[],
        ${s('identity_kind')}::text[], ${s('identity_masked')}::text[], ${s('occurred_at')}::timestamptz[],
        ${s('expires_at')}::timestamptz[], ${s('text_hash')}::text[], ${s('event_id')}::uuid[],
        ${s('identity_encrypted')}::text[])
        as s (subject_key, purpose, state, identity_kind, identity_masked, occurred_at, expires_at, text_hash, event_id,
          identity_encrypted)
      where exists (select from head)
      on conflict (organization_id, subject_key, purpose) do update set
        state = excluded.state, identity_kind = excluded.identity_kind, identity_masked = excluded.identity_masked,
        occurred_at = excluded.occurred_at, expires_at = excluded.expires_at, text_hash = excluded.text_hash,
        event_id = excluded.event_id, identity_encrypted = excluded.identity_encrypted
      where consent_status.occurred_at <= excluded.occurred_at
    )
    select count(*)::int as moved from head
  `.execute(db)
  return Number(moved[0]?.moved) === 1
}
