import { type Kysely, sql } from 'kysely'

/**
 * At most one cookie scan per organisation is queued or running (issue 13: one "queue one job per key" helper for
 * breach counts and cookie scans). The request takes the organisation's scan lock before it looks for a scan under
 * way; this partial unique index backs it. Older duplicates, which the check alone could let through, are recorded
 * as failed first (their end stays unknown, as for a scan whose worker vanished). Idempotent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update cookie_scans
       set status = 'failed', error = 'The scan stopped without a result (its worker was stopped or timed out).'
     where status in ('queued', 'running')
       and id not in (
         select distinct on (organization_id) id from cookie_scans
          where status in ('queued', 'running')
          order by organization_id, started_at desc, id
       );
    create unique index if not exists cookie_scans_one_underway
      on cookie_scans (organization_id) where status in ('queued', 'running');
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists cookie_scans_one_underway`.execute(db)
}
