import { type Kysely, sql } from 'kysely'

/**
 * The installation's mail server, set by an installation admin on the settings page (issue 15): one row, the SMTP
 * URL encrypted (AES-256-GCM, bound to the row) because it carries the password, and the sender address. When the
 * row exists it overrides CUSTOS_SMTP_URL and CUSTOS_MAIL_FROM; deleting it goes back to the environment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table mail_settings (
      one_row boolean primary key default true check (one_row),
      smtp_url_encrypted text not null,
      mail_from text not null,
      updated_by uuid references users (id) on delete set null,
      updated_at timestamptz not null default now()
    );
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table mail_settings`.execute(db)
}
