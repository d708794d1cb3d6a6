import { type Kysely, sql } from 'kysely'

/**
 * Subject name keys in the subject's own row (issue 14 target 2, decision 0084). The keyed hashes a name search
 * looks up move from `subject_name_keys` (one row, two foreign keys and two B-tree entries per prefix: ~25-35 rows
 * a person, most of an import's database time) to `subjects.name_keys`, an array of 64-bit keys under a GIN index.
 * A key is the first 8 bytes of SHA-256(organisation id, ':', the prefix's HMAC): still keyed by the master key
 * (never in the database), and different per organisation, so the index separates tenants. Existing keys are
 * converted here from the HMAC they stored (no clear name is needed); they cover every prefix length, a superset of
 * the lengths written from now on (`NAME_KEY_LENGTHS`), so every stored name stays searchable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table subjects add column name_keys bigint[] not null default '{}';
    update subjects s set name_keys = k.keys
    from (
      select subject_id, array_agg(distinct (
        'x' || encode(substring(sha256(
          convert_to(organization_id::text || ':', 'UTF8') || decode(translate(key, '-_', '+/') || '=', 'base64')
        ) from 1 for 8), 'hex'))::bit(64)::bigint) as keys
      from subject_name_keys group by subject_id
    ) k
    where k.subject_id = s.id;
    create index subjects_name_keys on subjects using gin (name_keys);
    drop table subject_name_keys;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The HMACs cannot be recovered from the 64-bit keys: names are searchable again after they are sealed anew.
  await sql`
    create table subject_name_keys (
      organization_id uuid not null references organizations(id) on delete cascade,
      subject_id uuid not null references subjects(id) on delete cascade,
      key text not null,
      subject_created_at timestamptz not null,
      primary key (subject_id, key)
    );
    create index subject_name_keys_lookup
      on subject_name_keys (organization_id, key, subject_created_at desc, subject_id desc);
    drop index subjects_name_keys;
    alter table subjects drop column name_keys;
  `.execute(db)
}
