import { type Kysely, sql } from 'kysely'

/**
 * The signed copies of a decided DPIA version (issue 21 item 2, decision 0091): the PDF the DPO or the controller
 * signed - by hand and scanned, or with an eID or a qualified signature - uploaded after the validation or the
 * refusal. Sealed like the decided PDF (AES-256-GCM bound to the row's id) with its SHA-256, size, the name it was
 * uploaded under, who uploaded it and when, and what the uploader said of it (who signed, how - not checked).
 * Rows are only added: a new upload for the same version replaces the previous one on the page (replaced_by points
 * to it) and the previous one stays, downloadable, in the history. At most one current copy per version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dpia_signed_copies (
      id uuid primary key,
      organization_id uuid not null references organizations (id) on delete cascade,
      assessment_id uuid not null references dpia_assessments (id) on delete cascade,
      filename text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      content_encrypted text not null,
      note text not null default '',
      uploaded_by text not null,
      uploaded_at timestamptz not null default now(),
      replaced_by uuid references dpia_signed_copies (id) deferrable initially deferred
    );
    create index dpia_signed_copies_assessment on dpia_signed_copies (organization_id, assessment_id, uploaded_at);
    create unique index dpia_signed_copies_current on dpia_signed_copies (assessment_id) where replaced_by is null;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dpia_signed_copies;`.execute(db)
}
