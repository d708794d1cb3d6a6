import { type Kysely, sql } from 'kysely'

/**
 * Why a parent's confirmation request was closed as superseded (review V9 of session 15): the parent's page said
 * "a new request, or a refusal or withdrawal by the child" whatever happened, and said it too for a child erased
 * since. `closed_because` keeps the cause: `replaced` (a new request for the same child and purpose, named in
 * superseded_by), `later_choice` (another choice for the purpose recorded after the child's), `person_erased` (the
 * child erased from the subject index or the identity removed: the page then says only that the link no longer
 * applies) or `purpose_ended` (the link ended while the purpose was no longer consent-based). Requests closed before
 * this migration keep null, except those a new request replaced (superseded_by is set): their page says only that
 * the link no longer applies and that nothing was recorded with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table consent_parental_requests add column if not exists closed_because text
      check (closed_because in ('replaced', 'later_choice', 'person_erased', 'purpose_ended'));
    update consent_parental_requests set closed_because = 'replaced'
      where status = 'superseded' and superseded_by is not null and closed_because is null;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table consent_parental_requests drop column if exists closed_because`.execute(db)
}
