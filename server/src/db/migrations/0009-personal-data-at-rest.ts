import { type Kysely, sql } from 'kysely'

/**
 * Personal data outside the encrypted subject index is sealed at rest (issue 11, items 6 and 9).
 *
 * The columns below hold AES-256-GCM ciphertext (`crypto/encryption.ts`) and keyed hashes (blind indexes). The
 * encryption key is not available to migrations, so the clear-text columns are only made nullable here: the
 * rows that still have them are sealed at start-up by `sealPersonalData` (`db/personal-data-sealing.ts`), which
 * then empties them. It is idempotent and runs on every start, so a row written by an older process during an
 * upgrade is sealed at the next start. A later migration drops the emptied columns.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Outbox: recipient and subject line, and the bodies (purged a configurable time after delivery).
    alter table outbox_messages
      add column envelope_encrypted text,
      add column body_encrypted text,
      add column body_purged_at timestamptz,
      -- Set just before the SMTP server is told the mail is complete: a message left pending with it set was
      -- being delivered when the process died, and is not sent a second time.
      add column handed_over_at timestamptz,
      alter column to_address drop not null,
      alter column subject drop not null,
      alter column text_body drop not null,
      alter column html_body drop not null,
      drop constraint outbox_messages_status_check,
      add constraint outbox_messages_status_check
        check (status in ('pending','sent','failed','held','unconfirmed'));
    create index outbox_body_purge on outbox_messages (sent_at) where body_encrypted is not null;

    -- Requests: the requester's name, e-mail and postal address (taken out of state), the verified address.
    alter table requests
      add column subject_encrypted text,
      add column requester_email_encrypted text,
      add column requester_email_key text;
    create index requests_requester_email on requests (organization_id, requester_email_key);

    -- Request history: the personal fields of an event (a letter's address and text, a contact).
    alter table request_events add column personal_encrypted text;

    -- Subject index: the display name, searchable through keyed hashes of the prefixes of its words.
    alter table subjects
      add column display_name_encrypted text,
      alter column display_name drop not null;
    drop index subjects_org;
    create index subjects_org on subjects (organization_id, created_at desc, id desc);
    create table subject_name_keys (
      organization_id uuid not null references organizations(id) on delete cascade,
      subject_id uuid not null references subjects(id) on delete cascade,
      key text not null,
      primary key (subject_id, key)
    );
    create index subject_name_keys_lookup on subject_name_keys (organization_id, key);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table subject_name_keys;
    drop index subjects_org;
    create index subjects_org on subjects (organization_id, display_name);
    alter table subjects drop column display_name_encrypted;
    alter table request_events drop column personal_encrypted;
    drop index requests_requester_email;
    alter table requests drop column subject_encrypted, drop column requester_email_encrypted,
      drop column requester_email_key;
    drop index outbox_body_purge;
    alter table outbox_messages drop column envelope_encrypted, drop column body_encrypted,
      drop column body_purged_at, drop column handed_over_at,
      drop constraint outbox_messages_status_check,
      add constraint outbox_messages_status_check check (status in ('pending','sent','failed','held'));
  `.execute(db)
}
