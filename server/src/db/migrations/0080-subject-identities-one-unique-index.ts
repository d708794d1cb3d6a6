import { type Kysely, sql } from 'kysely'

/**
 * One index fewer on every identity of the subject index (issue 14, decision 0097). An identity was written into
 * four B-trees: its id, the uniqueness of (organisation, kind, system, blind index), the lookup by (organisation,
 * blind index) and its subject. The lookup index was the uniqueness index's columns in another order; the unique
 * constraint now holds the same four columns with the blind index second, so every lookup by blind index reads it,
 * and the separate lookup index is dropped. The walk over the systems of customer, file and other numbers (which
 * read the old order) has its own partial index, over those kinds only - e-mail addresses, phone numbers and
 * national numbers, most identities, are not in it. Same rows allowed as before; idempotent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table subject_identities
      drop constraint if exists subject_identities_organization_id_kind_system_key_lookup_k_key;
    alter table subject_identities drop constraint if exists subject_identities_unique_key;
    alter table subject_identities
      add constraint subject_identities_unique_key unique (organization_id, lookup_key, kind, system_key);
    drop index if exists subject_identities_lookup;
    create index if not exists subject_identities_systems on subject_identities (organization_id, kind, system_key)
      where kind in ('customer_number', 'file_number', 'other');
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index if exists subject_identities_systems;
    alter table subject_identities drop constraint if exists subject_identities_unique_key;
    alter table subject_identities
      drop constraint if exists subject_identities_organization_id_kind_system_key_lookup_k_key;
    alter table subject_identities add constraint subject_identities_organization_id_kind_system_key_lookup_k_key
      unique (organization_id, kind, system_key, lookup_key);
    create index if not exists subject_identities_lookup on subject_identities (organization_id, lookup_key);
  `.execute(db)
}
