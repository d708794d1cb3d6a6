import { type Kysely, sql } from 'kysely'

/**
 * A legal hold's history outlives the person and the request it was on (review m3 of session 13): erasing a person
 * from the subject index (DELETE .../subjects/{id}, the subject_index sweep) or removing a closed request (the
 * request_records sweep) deleted the lifted or ended holds on them with them (on delete cascade). Both are refused
 * while a hold is in force, so only the history went - who placed a hold, why, from when to when and who lifted it.
 * The holds now stay with subject_id / request_id emptied (on delete set null): the page then says "a person no longer
 * in the index". The checks tying a scope to its column allow the emptied column for that scope only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table legal_holds drop constraint if exists legal_holds_subject_id_fkey;
    alter table legal_holds drop constraint if exists legal_holds_request_id_fkey;
    alter table legal_holds add constraint legal_holds_subject_id_fkey
      foreign key (subject_id) references subjects(id) on delete set null;
    alter table legal_holds add constraint legal_holds_request_id_fkey
      foreign key (request_id) references requests(id) on delete set null;
    alter table legal_holds drop constraint if exists legal_holds_check;
    alter table legal_holds drop constraint if exists legal_holds_check1;
    alter table legal_holds add constraint legal_holds_subject_scope check (subject_id is null or scope = 'subject');
    alter table legal_holds add constraint legal_holds_request_scope check (request_id is null or scope = 'request');
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from legal_holds where (scope = 'subject' and subject_id is null) or (scope = 'request' and request_id is null);
    alter table legal_holds drop constraint if exists legal_holds_subject_scope;
    alter table legal_holds drop constraint if exists legal_holds_request_scope;
    alter table legal_holds add constraint legal_holds_check check ((scope = 'subject') = (subject_id is not null));
    alter table legal_holds add constraint legal_holds_check1 check ((scope = 'request') = (request_id is not null));
    alter table legal_holds drop constraint if exists legal_holds_subject_id_fkey;
    alter table legal_holds drop constraint if exists legal_holds_request_id_fkey;
    alter table legal_holds add constraint legal_holds_subject_id_fkey
      foreign key (subject_id) references subjects(id) on delete cascade;
    alter table legal_holds add constraint legal_holds_request_id_fkey
      foreign key (request_id) references requests(id) on delete cascade;
  `.execute(db)
}
