import { type Kysely, sql } from 'kysely'

/**
 * Consent records as proof (issue 17, decision 0032).
 *
 * - consent_texts: the exact text shown, stored once per organisation and referenced by its hash (SHA-256 of the
 *   UTF-8 text, lower-case hex), with its language.
 * - consent_events: the proof log, append only. One row per choice (given, refused, withdrawn, expired) for one
 *   person and one consent purpose of the register. The person is `subject_key`: the subject index's own blind
 *   index of an identity (so it joins subject_identities.lookup_key), or of an anonymous consent id; the value
 *   itself is not kept, only a masked copy. Each organisation has its own hash chain: `seq` is contiguous per
 *   organisation and `hash` is an HMAC over the row and `prev_hash`; rows are appended in batches, one lock of
 *   the organisation's consent_chain_heads row per batch (not the audit chain's lock per event).
 * - consent_status: the current state per person and purpose (the last event by time), read by the API.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table consent_texts (
      organization_id uuid not null references organizations (id) on delete cascade,
      hash text not null,
      language text not null,
      body text not null,
      created_at timestamptz not null default now(),
      primary key (organization_id, hash)
    );

    create table consent_chain_heads (
      organization_id uuid primary key references organizations (id) on delete cascade,
      seq bigint not null,
      hash text not null
    );

    create table consent_events (
      id uuid primary key,
      organization_id uuid not null references organizations (id) on delete cascade,
      seq bigint not null,
      subject_key text not null,
      identity_kind text not null,
      identity_masked text not null,
      purpose text not null,
      state text not null,
      text_hash text,
      language text not null,
      channel text not null,
      method text not null,
      occurred_at timestamptz not null,
      recorded_at timestamptz not null,
      expires_at timestamptz,
      source text,
      ip text,
      user_agent text,
      evidence jsonb,
      external_ref text,
      actor_type text not null,
      actor_id text,
      actor_label text not null,
      prev_hash text not null,
      hash text not null,
      unique (organization_id, seq),
      foreign key (organization_id, text_hash) references consent_texts (organization_id, hash)
    );
    create index consent_events_subject on consent_events (organization_id, subject_key, seq);

    create table consent_status (
      organization_id uuid not null references organizations (id) on delete cascade,
      subject_key text not null,
      purpose text not null,
      state text not null,
      identity_kind text not null,
      identity_masked text not null,
      occurred_at timestamptz not null,
      expires_at timestamptz,
      text_hash text,
      event_id uuid not null,
      primary key (organization_id, subject_key, purpose)
    );
    create index consent_status_expiring on consent_status (expires_at) where state = 'given';
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table consent_status;
    drop table consent_events;
    drop table consent_chain_heads;
    drop table consent_texts;
  `.execute(db)
}
