import { type Kysely, sql } from 'kysely'

/**
 * Name search at a million subjects (issue 14 target 2, decision 0059). A name search looks up one keyed hash of a
 * prefix (`subject_name_keys.key`); a short prefix such as "j" is shared by a large part of the index, and the
 * list shows the newest subjects first. The subject's creation time is copied next to each key, so the newest
 * matches are read straight from the index in order, whatever the number of matches, instead of joining and
 * sorting every match. A subject's creation time never changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table subject_name_keys add column subject_created_at timestamptz;
    update subject_name_keys k set subject_created_at = s.created_at from subjects s where s.id = k.subject_id;
    alter table subject_name_keys alter column subject_created_at set not null;
    drop index subject_name_keys_lookup;
    create index subject_name_keys_lookup
      on subject_name_keys (organization_id, key, subject_created_at desc, subject_id desc);
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index subject_name_keys_lookup;
    alter table subject_name_keys drop column subject_created_at;
    create index subject_name_keys_lookup on subject_name_keys (organization_id, key);
  `.execute(db)
}
