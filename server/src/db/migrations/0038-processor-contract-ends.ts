import { type Kysely, sql } from 'kysely'

/**
 * End of a processing contract (issue 20 item 4, decision 0050): the client's choice - return or destroy - and what
 * was done about it.
 * - processor_clients.system_reference: the value that marks the client's rows in the organisation's systems (the
 *   field a dataset names as a collection's `clientField`, e.g. a client code).
 * - processor_contract_ends: one row per choice carried out: the client (name kept, so the record outlives a
 *   deleted client), the choice, the date the client made it, the connector run that exported or erased the rows,
 *   the answer package of a return, and the outcome per system and collection (counts, rows kept under a
 *   retention rule with the rule and its end) that the certificate of destruction is drawn from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table processor_clients add column system_reference text;

    create table processor_contract_ends (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      client_id uuid references processor_clients (id) on delete set null,
      client_name text not null,
      choice text not null check (choice in ('return', 'destroy')),
      decided_on date not null,
      note text not null default '',
      reference text not null,
      run_id uuid,
      package_id uuid,
      status text not null default 'running',
      outcome jsonb,
      error text,
      requested_by text not null,
      created_at timestamptz not null default now(),
      completed_at timestamptz
    );
    create index processor_contract_ends_client on processor_contract_ends (organization_id, client_id);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table processor_contract_ends;
    alter table processor_clients drop column system_reference;
  `.execute(db)
}
