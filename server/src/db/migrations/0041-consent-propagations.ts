import { type Kysely, sql } from 'kysely'

/**
 * Withdrawals propagated to the organisation's systems (issue 17): one row per withdrawn consent and per system
 * (HTTP dataset) whose `consentWithdrawal` call acts on its purpose, written in the transaction that records the
 * withdrawal. A job makes the call, retried with backoff; the row keeps the status shown on the consent record:
 * pending (with the last error while retries remain), done, or failed (the error). The person's identity is kept
 * encrypted until the call is done, then cleared: the systems need the address, the proof does not.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table consent_propagations (
      id uuid primary key,
      organization_id uuid not null references organizations (id) on delete cascade,
      consent_event_id uuid not null references consent_events (id) on delete cascade,
      dataset_id uuid references datasets (id) on delete set null,
      dataset_key text not null,
      dataset_name text not null,
      purpose text not null,
      identity_encrypted text,
      status text not null check (status in ('pending', 'done', 'failed')),
      attempts integer not null default 0,
      last_error text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      finished_at timestamptz,
      unique (consent_event_id, dataset_key)
    );
    create index consent_propagations_pending on consent_propagations (organization_id, status, updated_at);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table consent_propagations`.execute(db)
}
