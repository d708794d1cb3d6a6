import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organizations (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      name text not null,
      legal_name text not null,
      enterprise_number text,
      street text,
      postal_code text,
      city text,
      country text not null default 'BE',
      contact_email text,
      privacy_contact_name text,
      privacy_contact_email text,
      dpo_appointed boolean not null default false,
      default_language text not null default 'nl' check (default_language in ('nl','fr','en')),
      languages jsonb not null default '["nl","fr","en"]',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null unique check (email = lower(email)),
      display_name text not null,
      password_hash text,
      preferred_language text not null default 'nl' check (preferred_language in ('nl','fr','en')),
      totp_secret text,
      totp_enabled boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create table memberships (
      user_id uuid not null references users(id) on delete cascade,
      organization_id uuid not null references organizations(id) on delete cascade,
      role text not null check (role in ('owner','privacy_officer','agent','auditor')),
      created_at timestamptz not null default now(),
      primary key (user_id, organization_id)
    );
    create index memberships_org on memberships (organization_id);
    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      second_factor_pending boolean not null default false,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null default now(),
      ip text,
      user_agent text
    );
    create index sessions_user on sessions (user_id);
    create table login_failures (
      id bigserial primary key,
      email_key text not null,
      ip text,
      at timestamptz not null default now()
    );
    create index login_failures_key_at on login_failures (email_key, at);
    create table password_resets (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );
    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      prefix text not null,
      scopes jsonb not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      expires_at timestamptz,
      revoked_at timestamptz
    );
    create index api_tokens_org on api_tokens (organization_id);
    create table audit_events (
      seq bigint primary key,
      organization_id uuid,
      actor_type text not null,
      actor_id text,
      actor_label text not null,
      action text not null,
      target_type text not null,
      target_id text,
      request_id text,
      occurred_at timestamptz not null,
      summary jsonb not null,
      prev_hash text not null,
      hash text not null
    );
    create index audit_events_org_seq on audit_events (organization_id, seq desc);
    create table audit_chain_head (
      id int primary key check (id = 1),
      seq bigint not null,
      hash text not null
    );
    create table outbox_messages (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid references organizations(id) on delete cascade,
      to_address text not null,
      language text not null,
      template text not null,
      subject text not null,
      text_body text not null,
      html_body text not null,
      status text not null default 'pending' check (status in ('pending','sent','failed','held')),
      attempts int not null default 0,
      last_error text,
      created_at timestamptz not null default now(),
      next_attempt_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index outbox_org_created on outbox_messages (organization_id, created_at desc);
    create index outbox_due on outbox_messages (next_attempt_at) where status = 'pending';
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table outbox_messages, audit_chain_head, audit_events, api_tokens, password_resets,
    login_failures, sessions, memberships, users, organizations`.execute(db)
}
