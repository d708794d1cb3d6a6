import { type Kysely, sql } from 'kysely'

/**
 * Cookie scans started from the web page or the API (issue 18): a scan is recorded as `queued` when it is asked
 * for, `running` while a worker drives Chromium, then `completed` or `failed`; until it ends it has no
 * `finished_at`. `requested_by` is the member who started it (null for the monthly job and the CLI).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table cookie_scans drop constraint cookie_scans_status_check;
    alter table cookie_scans add constraint cookie_scans_status_check
      check (status in ('queued', 'running', 'completed', 'failed'));
    alter table cookie_scans alter column finished_at drop not null;
    alter table cookie_scans alter column finished_at drop default;
    alter table cookie_scans add column requested_by uuid references users (id) on delete set null;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from cookie_scans where status in ('queued', 'running');
    alter table cookie_scans drop column requested_by;
    alter table cookie_scans alter column finished_at set default now();
    alter table cookie_scans alter column finished_at set not null;
    alter table cookie_scans drop constraint cookie_scans_status_check;
    alter table cookie_scans add constraint cookie_scans_status_check check (status in ('completed', 'failed'));
  `.execute(db)
}
