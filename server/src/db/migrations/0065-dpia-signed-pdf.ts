import { type Kysely, sql } from 'kysely'

/**
 * The signed PDF of a decided DPIA (issue 21, decision 0081): when a version is validated or refused, its PDF
 * report is drawn up once in the organisation's language and kept as it was - sealed like an answer package
 * (AES-256-GCM bound to the row's id) - with its SHA-256 and size. Who decided and when are decided_by_label and
 * decided_at; the hash is also in the audit chain's event. Versions decided before this migration have none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dpia_assessments add column signed_pdf_encrypted text;
    alter table dpia_assessments add column signed_pdf_sha256 text;
    alter table dpia_assessments add column signed_pdf_bytes integer;
    alter table dpia_assessments add column signed_pdf_language text check (signed_pdf_language in ('nl', 'fr', 'en'));
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table dpia_assessments drop column signed_pdf_language;
    alter table dpia_assessments drop column signed_pdf_bytes;
    alter table dpia_assessments drop column signed_pdf_sha256;
    alter table dpia_assessments drop column signed_pdf_encrypted;
  `.execute(db)
}
