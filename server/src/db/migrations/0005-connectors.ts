import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Per-organisation settings of the request workflow and of answer packages.
    alter table organizations
      add column request_clock_start text not null default 'receipt'
        check (request_clock_start in ('receipt','identity_confirmed')),
      add column request_at_risk_days int not null default 5 check (request_at_risk_days between 1 and 20),
      add column request_reminder_days jsonb not null default '[10,3]',
      add column package_link_days int not null default 14 check (package_link_days between 1 and 90);

    -- One dataset per described system; the connection secret is encrypted and never returned.
    create table datasets (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      key text not null,
      system_key text not null,
      connector text not null check (connector in ('postgres','mysql','http','manual')),
      name text not null,
      source text not null,
      document jsonb not null,
      version int not null default 1,
      connection_options jsonb not null default '{}',
      secret_encrypted text,
      last_check_at timestamptz,
      last_check_ok boolean,
      last_check_message text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, key)
    );

    -- One execution of the engine (or its dry run) for a request or an ad-hoc search.
    create table connector_runs (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      request_id uuid references requests(id) on delete cascade,
      action text not null check (action in ('access','portability','rectification','erasure','restriction')),
      dry_run boolean not null default false,
      status text not null default 'queued' check (status in ('queued','running','completed','failed')),
      identities_encrypted text not null,
      input_encrypted text,
      summary jsonb not null default '{}',
      error text,
      lease_until timestamptz,
      created_by text not null,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    );
    create index connector_runs_request on connector_runs (organization_id, request_id, created_at);

    -- Per dataset: the rows read (encrypted, until packaged) and the changes planned; done steps are never redone.
    create table connector_run_steps (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      run_id uuid not null references connector_runs(id) on delete cascade,
      dataset_key text not null,
      system_key text not null,
      status text not null default 'pending' check (status in ('pending','planned','done','failed','manual')),
      data_encrypted text,
      plan_encrypted text,
      result jsonb not null default '{}',
      error text,
      attempts int not null default 0,
      started_at timestamptz,
      finished_at timestamptz,
      unique (run_id, dataset_key)
    );

    -- Answer packages (zip), encrypted; downloadable once through a link that expires, then deleted.
    create table answer_packages (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      request_id uuid references requests(id) on delete cascade,
      run_id uuid references connector_runs(id) on delete set null,
      language text not null check (language in ('nl','fr','en')),
      file_name text not null,
      size_bytes int not null,
      sha256 text not null,
      content_encrypted text,
      token_hash text not null unique,
      expires_at timestamptz not null,
      downloaded_at timestamptz,
      deleted_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index answer_packages_request on answer_packages (organization_id, request_id);
    create index answer_packages_expiry on answer_packages (expires_at) where deleted_at is null;

    -- A discovery started from the UI and run in the background: its progress, then its proposal (encrypted) or
    -- its error. The connection secret is never stored here. Rows older than a day are deleted.
    create table dataset_discoveries (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      created_by text not null,
      status text not null default 'running' check (status in ('running','done','failed')),
      progress jsonb not null default '{}',
      result_encrypted text,
      error text,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index dataset_discoveries_org on dataset_discoveries (organization_id, created_at);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dataset_discoveries, answer_packages, connector_run_steps, connector_runs, datasets;
    alter table organizations drop column request_clock_start, drop column request_at_risk_days,
      drop column request_reminder_days, drop column package_link_days`.execute(db)
}
