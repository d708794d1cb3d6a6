import { type Kysely, sql } from 'kysely'

/**
 * Parental consent by the parent's e-mail confirmation (issue 17 item 4, decision 0093). A child under 13 who says
 * yes starts a request here; the consent chain keeps a `pending_parental` record (not a consent). The parent gets a
 * single-use link by mail - only its SHA-256 is kept - and confirms or refuses; an unanswered link expires.
 *
 * - consent_parental_requests: one per child and purpose asked. The child as the consent chain names them (subject
 *   key, masked identity and, sealed, the identity itself for a consent with an end); the parent only masked and as
 *   a keyed hash (to limit how many mails one address gets); the text by its hash; the choice's context (language,
 *   channel, source, integrator's reference, the period a given consent would last). `status` moves once from
 *   pending to confirmed, refused or expired, with the record written for it, or to superseded without a record
 *   when a later choice for the purpose overtook it (a new request names the one it replaces in superseded_by).
 *   One pending request per child and purpose (a unique partial index).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists consent_parental_requests (
      id uuid primary key,
      organization_id uuid not null references organizations (id) on delete cascade,
      subject_key text not null,
      identity_kind text not null,
      identity_masked text not null,
      identity_sealed text,
      purpose text not null,
      text_hash text not null,
      language text not null,
      channel text not null,
      source text,
      external_ref text,
      consent_days integer,
      relationship text not null,
      parent_key text not null,
      parent_masked text not null,
      token_hash text not null unique,
      status text not null default 'pending'
        check (status in ('pending', 'confirmed', 'refused', 'expired', 'superseded')),
      requested_at timestamptz not null,
      link_expires_at timestamptz not null,
      decided_at timestamptz,
      pending_event_id uuid not null,
      decision_event_id uuid,
      superseded_by uuid,
      foreign key (organization_id, text_hash) references consent_texts (organization_id, hash)
    );
    create index if not exists consent_parental_requests_parent
      on consent_parental_requests (organization_id, parent_key, requested_at);
    create unique index if not exists consent_parental_requests_one_pending
      on consent_parental_requests (organization_id, subject_key, purpose) where status = 'pending';
    create index if not exists consent_parental_requests_due
      on consent_parental_requests (link_expires_at) where status = 'pending';
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists consent_parental_requests`.execute(db)
}
