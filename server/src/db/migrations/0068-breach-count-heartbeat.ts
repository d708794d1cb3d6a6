import { type Kysely, sql } from 'kysely'

/**
 * A breach count's worker proves it is alive (review M1 of session 12): heartbeat_at is set when a worker takes the
 * count and refreshed while it reads. A running count without a heartbeat for 10 minutes, or a count no worker took
 * within 2 hours, is then recorded as failed - on the row, so that a worker that comes back cannot change the breach
 * afterwards. At most one count per breach is queued or running (a partial unique index); older duplicates, which
 * the check before this index could let through, are recorded as stopped first. Idempotent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table breach_affected_counts add column if not exists heartbeat_at timestamptz;
    update breach_affected_counts set status = 'failed', error = 'affected_count_stopped', finished_at = now()
     where status in ('queued', 'running')
       and id not in (
         select distinct on (breach_id) id from breach_affected_counts
          where status in ('queued', 'running')
          order by breach_id, created_at desc, id
       );
    create unique index if not exists breach_affected_counts_one_underway
      on breach_affected_counts (breach_id) where status in ('queued', 'running');
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index if exists breach_affected_counts_one_underway;
    alter table breach_affected_counts drop column if exists heartbeat_at;
  `.execute(db)
}
