import { type Kysely, sql } from 'kysely'

/**
 * Idempotency-Key on the POST routes that create things (issue 24, decision 0027): the first answer to a key is
 * kept for 24 hours per organisation and principal (user or API token), with a hash of the request it answered.
 * `status_code` is null while the first request is still being handled. Purged by the `idempotency.purge` job.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table idempotency_keys (
      organization_id uuid not null references organizations (id) on delete cascade,
      principal text not null,
      key text not null,
      request_hash text not null,
      status_code integer,
      content_type text,
      response_body text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      primary key (organization_id, principal, key)
    );
    create index idempotency_keys_expiry on idempotency_keys (expires_at);
  `.execute(db)
}
