import { type Kysely, sql } from 'kysely'

/**
 * The weekly digest of the action plan per person (issue 21 item 3, decision 0087): users.action_digest is the
 * person's own opt-out (on by default), and action_digests keeps one row per person and ISO week (Brussels) once
 * that week's digest was queued - its primary key is what makes a second run of the job in the same week send
 * nothing, also when two workers run it at once. outbox_id is the mail (null once the mail row is gone).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column action_digest boolean not null default true;
    create table action_digests (
      user_id uuid not null references users (id) on delete cascade,
      week text not null check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
      outbox_id uuid references outbox_messages (id) on delete set null,
      organizations integer not null,
      actions integer not null,
      sent_at timestamptz not null default now(),
      primary key (user_id, week)
    );
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table action_digests;
    alter table users drop column action_digest;
  `.execute(db)
}
