import { type Kysely, sql } from 'kysely'

/**
 * Indicator history of the compliance overview (issue 21 item 4): one snapshot of an organisation's indicators per
 * Brussels day, taken by the daily job compliance.snapshot, so the overview can show a trend against the snapshot
 * of 30 days ago. indicators is stored JSON (decision 0025, modules/compliance/snapshots.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table compliance_snapshots (
      organization_id uuid not null references organizations (id) on delete cascade,
      taken_on date not null,
      indicators jsonb not null,
      taken_at timestamptz not null default now(),
      primary key (organization_id, taken_on)
    );
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table compliance_snapshots`.execute(db)
}
