import { type Kysely, sql } from 'kysely'

/**
 * Webhooks (issue 24, decision 0027): endpoints an organisation registers, the events emitted for them in the
 * transaction of the change (the outbox), one delivery per event and endpoint, and one log row per attempt.
 *
 * - webhook_endpoints: URL, description, subscribed event types (jsonb array of strings), the signing secret
 *   (AES-256-GCM, bound to the endpoint id), enabled, and why it was disabled ('failing' after a delivery used up
 *   its attempts, 'manual').
 * - webhook_events: what happened, with the JSON `data` the receiver gets; written only when an enabled endpoint
 *   of the organisation subscribes to the type.
 * - webhook_deliveries: pending / delivered / failed / refused; attempts, last answer, next retry, and a lease
 *   (leased_until) so two workers never send the same attempt.
 * - webhook_attempts: one row per attempt (the delivery log).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table webhook_endpoints (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      url text not null,
      description text not null default '',
      event_types jsonb not null default '[]',
      secret_encrypted text not null,
      enabled boolean not null default true,
      disabled_reason text,
      disabled_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index webhook_endpoints_organization on webhook_endpoints (organization_id, created_at);

    create table webhook_events (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      type text not null,
      occurred_at timestamptz not null,
      data jsonb not null,
      created_at timestamptz not null default now()
    );
    create index webhook_events_organization on webhook_events (organization_id, created_at);

    create table webhook_deliveries (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      endpoint_id uuid not null references webhook_endpoints (id) on delete cascade,
      event_id uuid not null references webhook_events (id) on delete cascade,
      status text not null default 'pending',
      attempts integer not null default 0,
      next_attempt_at timestamptz,
      leased_until timestamptz,
      last_status_code integer,
      last_error text,
      delivered_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
    create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, created_at);
    create index webhook_deliveries_event on webhook_deliveries (event_id);

    create table webhook_attempts (
      id uuid primary key default gen_random_uuid(),
      delivery_id uuid not null references webhook_deliveries (id) on delete cascade,
      attempt integer not null,
      started_at timestamptz not null,
      duration_ms integer not null,
      outcome text not null,
      status_code integer,
      error text
    );
    create index webhook_attempts_delivery on webhook_attempts (delivery_id, attempt);
  `.execute(db)
}
