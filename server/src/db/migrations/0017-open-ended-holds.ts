import { type Kysely, sql } from 'kysely'

/**
 * Rows kept under a retention rule with no fixed end (issue 12: "for the statutory period", "as long as the warranty
 * runs", "until the dispute is settled"): held, end unknown. kept_until is null for them, so the retention sweep
 * (kept_until before today) never erases them; open_end says why (statutory_period or until_event).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table retention_holds alter column kept_until drop not null;
    alter table retention_holds add column open_end text
      check (open_end in ('statutory_period', 'until_event'));
    alter table retention_holds add constraint retention_holds_end_known_or_open
      check ((kept_until is null) = (open_end is not null));
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from retention_holds where kept_until is null;
    alter table retention_holds drop constraint retention_holds_end_known_or_open;
    alter table retention_holds drop column open_end;
    alter table retention_holds alter column kept_until set not null;
  `.execute(db)
}
