import { readFileSync } from 'node:fs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { datasetToYaml } from '../src/connectors/discovery/dataset-yaml'
import { discoverDataset, type ReferenceProposal } from '../src/connectors/discovery/discover'
import { type DatasetDocument, datasetDocumentSchema } from '../src/domain/datasets/schema'
import { loadRentalMariadb, loadRentalPostgres, type RentalDatabase } from './support/rental'

/**
 * Discovery scored against the known truth of the rental shop fixture (discovery-rental.truth.yaml): categories,
 * identities, references, flagged references, shared lookups and the tables described, each as an exact set, on the
 * real PostgreSQL (declarative partitions with foreign keys on the partitions) and MariaDB (a partitioned table
 * without foreign keys). It does not use the Custos database, so it runs once: in the db-pglite project.
 */
const once = process.env.CUSTOS_TEST_DATABASE === 'postgres'

interface Truth {
  collections: string[]
  shared: string[]
  categories: Record<string, string>
  identities: Record<string, string>
  references: Record<string, string>
  flagged: string[]
}
const truth = parse(readFileSync(new URL('./discovery-rental.truth.yaml', import.meta.url), 'utf8')) as Truth
const entries = (record: Record<string, string>) =>
  Object.entries(record)
    .map(([k, v]) => `${k}: ${v}`)
    .sort()

/** Precision and recall of what discovery proposed against what the truth holds. */
function score(found: readonly string[], expected: readonly string[]) {
  const hits = found.filter((f) => expected.includes(f)).length
  return {
    precision: found.length === 0 ? 1 : hits / found.length,
    recall: expected.length === 0 ? 1 : hits / expected.length,
  }
}

function proposed(document: DatasetDocument) {
  const fields = document.collections.flatMap((c) =>
    c.fields.map((f) => ({ c, f, at: `${c.name}.${f.name}` })),
  )
  return {
    collections: document.collections.map((c) => c.name).sort(),
    shared: document.collections
      .filter((c) => c.shared)
      .map((c) => c.name)
      .sort(),
    categories: fields
      .filter((x) => x.f.category)
      .map((x) => `${x.at}: ${x.f.category}`)
      .sort(),
    identities: fields
      .filter((x) => x.f.identity)
      .map((x) => `${x.at}: ${x.f.identity}`)
      .sort(),
    references: fields
      .filter((x) => x.f.references && x.f.references.direction !== 'none')
      .map(
        (x) =>
          `${x.at}: ${x.f.references?.collection}.${x.f.references?.field} (${x.f.references?.direction})`,
      )
      .sort(),
  }
}

describe.skipIf(once).each([
  { dialect: 'postgres' as const, load: loadRentalPostgres },
  { dialect: 'mysql' as const, load: loadRentalMariadb },
])('discovery of the rental shop on $dialect', ({ dialect, load }) => {
  let db: RentalDatabase
  let document: DatasetDocument
  let references: ReferenceProposal[]

  beforeAll(async () => {
    db = await load()
    ;({ document, references } = await discoverDataset(db.settings, { key: 'rental', system: 'shop' }))
  }, 60_000)
  afterAll(async () => {
    await db?.drop()
  })

  it('scores precision and recall 1 on categories, identities and references, as exact sets', () => {
    const found = proposed(document)
    const expected = {
      categories: entries(truth.categories),
      identities: entries(truth.identities),
      references: entries(truth.references),
    }
    expect(found.categories).toEqual(expected.categories)
    expect(found.identities).toEqual(expected.identities)
    expect(found.references).toEqual(expected.references)
    for (const key of ['categories', 'identities', 'references'] as const)
      expect(score(found[key], expected[key]), key).toEqual({ precision: 1, recall: 1 })
  })

  it('describes the parent of the partitions once, no view, and lookups as shared collections never erased', () => {
    const found = proposed(document)
    expect(found.collections).toEqual([...truth.collections].sort())
    const context = new Set(references.filter((r) => r.reason.code === 'context').map((r) => r.target))
    expect([...context].sort()).toEqual([...truth.shared].sort())
    expect(found.shared).toEqual([...truth.shared].sort())
    for (const name of truth.shared) {
      const fields = document.collections.find((c) => c.name === name)?.fields ?? []
      expect(
        fields.every((f) => !f.erasure || f.erasure.strategy === 'keep'),
        name,
      ).toBe(true)
    }
    expect(document.collections.find((c) => c.name === 'payment')?.primaryKey).toEqual([
      'payment_id',
      'payment_date',
    ])
  })

  it('flags the references that fan out to other people, with the dry run in the reason', () => {
    const flagged = references.filter((r) => r.flagged)
    expect(flagged.map((r) => `${r.collection}.${r.field}`).sort()).toEqual([...truth.flagged].sort())
    for (const r of flagged) {
      expect(r).toMatchObject({
        direction: 'none',
        reason: { code: 'fan_out', person: 'staff', other: 'customer' },
      })
      expect(r.reason.code === 'fan_out' && r.reason.others).toBeGreaterThan(1)
      expect(r.text).toMatch(
        /^for one sample staff this would reach \d+ rows of \d+ different customer records/,
      )
    }
    // Every reference of a described table is listed with its decision; those to other people are not followed.
    expect(references.find((r) => r.collection === 'customer' && r.field === 'store_id')).toMatchObject({
      direction: 'none',
      reason: { code: 'leads_to_people', person: 'staff' },
    })
    expect(references.find((r) => r.collection === 'store' && r.field === 'address_id')).toMatchObject({
      direction: 'none',
      reason: { code: 'uses_same', target: 'address' },
    })
    expect(references.find((r) => r.collection === 'rental' && r.field === 'inventory_id')).toMatchObject({
      direction: 'none',
      reason: { code: 'not_personal' },
    })
    const payment = references.filter((r) => r.collection === 'payment')
    if (dialect === 'postgres') {
      // payment -> customer is declared on the parent; the others on each partition only, merged once.
      expect(payment.map((r) => [r.field, r.fromPartitions, r.inferred]).sort()).toEqual([
        ['customer_id', false, false],
        ['rental_id', true, false],
        ['staff_id', true, false],
      ])
    } else {
      // A partitioned MariaDB table cannot have foreign keys: inferred from the column names.
      expect(payment.map((r) => [r.field, r.inferred]).sort()).toEqual([
        ['customer_id', true],
        ['rental_id', true],
        ['staff_id', true],
      ])
    }
  })

  it('writes YAML with the reason of each reference that reads back as the same dataset', () => {
    const yaml = datasetToYaml(document, [], references)
    expect(yaml).toContain("# -> address.address_id: describes the customer: read from the customer's row")
    expect(yaml).toContain('# REVIEW -> staff.staff_id: for one sample staff this would reach')
    expect(datasetDocumentSchema.parse(parse(yaml))).toEqual(document)
  })
})

describe.skipIf(once)('discovery of PostgreSQL table inheritance', () => {
  let db: RentalDatabase
  beforeAll(async () => {
    db = await loadRentalPostgres()
  }, 60_000)
  afterAll(async () => {
    await db?.drop()
  })

  it('reads children through their parent, with the foreign keys declared on the children', async () => {
    const url = new URL(db.url)
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    try {
      await client.query(`
        create schema legacy;
        create table legacy.member (id integer primary key, email text not null, first_name text);
        create table legacy.visit (id integer primary key, member_id integer, visited_on date, remark text);
        create table legacy.visit_2024 () inherits (legacy.visit);
        create table legacy.visit_2025 () inherits (legacy.visit);
        alter table legacy.visit_2024 add foreign key (member_id) references legacy.member (id);
        alter table legacy.visit_2025 add foreign key (member_id) references legacy.member (id);
        create view legacy.member_emails as select email from legacy.member;
        insert into legacy.member values (1, 'an@example.be', 'An'), (2, 'bo@example.be', 'Bo'), (3, 'cis@example.be', 'Cis');
        insert into legacy.visit_2024 values (1, 1, '2024-03-01', null), (2, 2, '2024-05-01', null);
        insert into legacy.visit_2025 values (3, 1, '2025-02-01', null);`)
    } finally {
      await client.end()
    }
    const { document, references } = await discoverDataset(db.settings, {
      key: 'legacy',
      system: 'shop',
      schema: 'legacy',
    })
    expect(document.collections.map((c) => c.name)).toEqual(['member', 'visit'])
    expect(document.collections[1]?.fields.find((f) => f.name === 'member_id')?.references).toEqual({
      collection: 'member',
      field: 'id',
      direction: 'from',
    })
    expect(references).toEqual([expect.objectContaining({ collection: 'visit', fromPartitions: true })])
  })
})
