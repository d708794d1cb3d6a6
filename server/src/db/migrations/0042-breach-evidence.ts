import { type Kysely, sql } from 'kysely'

/**
 * Evidence of a breach and letters to people found through a connector (issue 19, decision 0055).
 *
 * - breach_evidence: files kept with a breach (screenshots, logs, the attacker's message, a forensic report), sealed
 *   like request attachments (AES-256-GCM bound to the row's id); filename, type and size readable for the list.
 * - breach_letters: a letter may now go to a person found through a connector query rather than the subject index;
 *   such a letter has no subject_id but a recipient_key (a keyed hash of the address), unique per breach, so a person
 *   is informed once however often the set is sent to.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table breach_evidence (
      id uuid primary key,
      organization_id uuid not null references organizations (id) on delete cascade,
      breach_id uuid not null references breaches (id) on delete cascade,
      filename text not null,
      content_type text not null,
      size_bytes integer not null,
      description text not null default '',
      content_encrypted text not null,
      uploaded_by text not null,
      created_at timestamptz not null default now()
    );
    create index breach_evidence_breach on breach_evidence (organization_id, breach_id, created_at);

    alter table breach_letters alter column subject_id drop not null;
    alter table breach_letters add column recipient_key text;
    create unique index breach_letters_recipient on breach_letters (breach_id, recipient_key)
      where recipient_key is not null;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index breach_letters_recipient;
    alter table breach_letters drop column recipient_key;
    delete from breach_letters where subject_id is null;
    alter table breach_letters alter column subject_id set not null;
    drop table breach_evidence;
  `.execute(db)
}
