import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The installation marker: every Custos database holds this table (one row, the installation's id). A connector
    -- refuses any database that has it, so no dataset connection can reach Custos's own data, whatever address
    -- or name leads there.
    create table custos_installation (
      id uuid primary key default gen_random_uuid(),
      created_at timestamptz not null default now(),
      one_row boolean not null default true unique check (one_row)
    );
    insert into custos_installation default values;

    -- A failed connection check keeps its neutral problem (code and server-log reference) for the UI to word.
    alter table datasets add column last_check_problem jsonb;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table datasets drop column last_check_problem;
    drop table custos_installation;
  `.execute(db)
}
