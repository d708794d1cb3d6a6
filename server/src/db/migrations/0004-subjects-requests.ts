import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table subjects (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      display_name text not null,
      preferred_language text check (preferred_language in ('nl','fr','en')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index subjects_org on subjects (organization_id, display_name);
    -- Every identity is stored encrypted; lookup_key is a keyed hash (blind index) of the normalised value.
    create table subject_identities (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      subject_id uuid not null references subjects(id) on delete cascade,
      kind text not null check (kind in ('email','phone','national_number','customer_number','file_number','other')),
      system_key text not null default '',
      value_encrypted text not null,
      value_masked text not null,
      lookup_key text not null,
      created_at timestamptz not null default now(),
      unique (organization_id, kind, system_key, lookup_key)
    );
    create index subject_identities_lookup on subject_identities (organization_id, lookup_key);
    create index subject_identities_subject on subject_identities (subject_id);
    create table subject_relationships (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      subject_id uuid not null references subjects(id) on delete cascade,
      relationship text not null,
      started_on date,
      ended_on date,
      note text,
      created_at timestamptz not null default now()
    );
    create index subject_relationships_subject on subject_relationships (subject_id);
    create table subject_events (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      subject_id uuid not null references subjects(id) on delete cascade,
      kind text not null check (kind in ('contract_start','contract_end','last_contact','dispute_opened',
        'dispute_closed','relationship_end','other')),
      occurred_on date not null,
      note text,
      created_at timestamptz not null default now()
    );
    create index subject_events_subject on subject_events (subject_id, occurred_on);

    create table request_sequences (
      organization_id uuid not null references organizations(id) on delete cascade,
      year int not null,
      last int not null,
      primary key (organization_id, year)
    );
    create table requests (
      id uuid primary key,
      organization_id uuid not null references organizations(id) on delete cascade,
      reference text not null,
      subject_id uuid references subjects(id) on delete set null,
      status text not null,
      types jsonb not null,
      channel text not null,
      language text not null check (language in ('nl','fr','en')),
      received_at timestamptz not null,
      due_date date not null,
      extended_due_date date,
      assignee_id uuid references users(id) on delete set null,
      state jsonb not null,
      requester_email text,
      email_verified_at timestamptz,
      verify_token_hash text,
      status_token_hash text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      closed_at timestamptz,
      unique (organization_id, reference)
    );
    create index requests_open on requests (organization_id, status, due_date);
    create index requests_status_token on requests (status_token_hash);
    create table request_events (
      id bigserial primary key,
      organization_id uuid not null references organizations(id) on delete cascade,
      request_id uuid not null references requests(id) on delete cascade,
      at timestamptz not null,
      kind text not null,
      actor_label text not null,
      data jsonb not null default '{}'
    );
    create index request_events_request on request_events (request_id, id);
    create table request_notes (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      request_id uuid not null references requests(id) on delete cascade,
      author_id uuid references users(id) on delete set null,
      author_label text not null,
      body text not null,
      created_at timestamptz not null default now()
    );
    create table request_tasks (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      request_id uuid not null references requests(id) on delete cascade,
      system_key text,
      title text not null,
      status text not null default 'open' check (status in ('open','done','not_applicable')),
      done_by text,
      done_at timestamptz,
      proof text,
      created_at timestamptz not null default now()
    );
    create index request_tasks_request on request_tasks (request_id);
    -- Originals (letters, e-mails) and identity documents, encrypted; ID documents are erased after the decision.
    create table request_attachments (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations(id) on delete cascade,
      request_id uuid not null references requests(id) on delete cascade,
      kind text not null check (kind in ('original','id_document','answer','other')),
      filename text not null,
      content_type text not null,
      size_bytes int not null,
      content_encrypted text,
      delete_after_decision boolean not null default false,
      created_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create index request_attachments_request on request_attachments (request_id);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table request_attachments, request_tasks, request_notes, request_events, requests,
    request_sequences, subject_events, subject_relationships, subject_identities, subjects`.execute(db)
}
