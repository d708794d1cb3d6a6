import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { ColumnClassification } from '../../domain/datasets/classify'
import { datasetDocumentSchema } from '../../domain/datasets/schema'
import { datasetToYaml } from './dataset-yaml'
import type { IntrospectedColumn, IntrospectedTable } from './model'
import { defaultErasure, proposeDataset } from './propose-dataset'

const col = (
  name: string,
  type: IntrospectedColumn['type'] = 'text',
  nullable = true,
  maxLength: number | null = 100,
) => ({
  name,
  type,
  nullable,
  maxLength,
})
const table = (
  name: string,
  columns: IntrospectedColumn[],
  extra: Partial<IntrospectedTable> = {},
): IntrospectedTable => ({
  schema: 'public',
  name,
  columns,
  primaryKey: [columns[0]?.name ?? 'id'],
  foreignKeys: [],
  ...extra,
})
const fk = (column: string, refTable: string, refColumn = 'id', refSchema = 'public') => ({
  columns: [column],
  refSchema,
  refTable,
  refColumns: [refColumn],
})
const email: ColumnClassification = {
  detected: 'email',
  category: 'contact_details',
  identity: 'email',
  confidence: 0.97,
  reasons: ["name matches 'email'"],
}
const city: ColumnClassification = {
  detected: 'city',
  category: 'contact_details',
  confidence: 0.6,
  reasons: ['x'],
}

const TABLES = [
  table('member', [
    col('id', 'integer', false),
    col('email', 'text', false, 60),
    col('age', 'integer', false),
    col('created_at', 'timestamp'),
  ]),
  table(
    'visit',
    [col('id', 'integer', false), col('member_id', 'integer', false), col('city'), col('visited_on', 'date')],
    {
      foreignKeys: [fk('member_id', 'member')],
    },
  ),
  table('visit_note', [col('id', 'integer', false), col('visit_id', 'integer'), col('text')], {
    foreignKeys: [fk('visit_id', 'visit')],
  }),
  table('guest', [col('email'), col('member_id', 'integer')], {
    primaryKey: [],
    foreignKeys: [fk('member_id', 'member')],
  }),
  table('pair', [col('a', 'integer', false), col('b', 'integer', false)], {
    primaryKey: ['a', 'b'],
    foreignKeys: [
      { columns: ['a', 'b'], refSchema: 'public', refTable: 'visit', refColumns: ['id', 'member_id'] },
    ],
  }),
  table('product', [col('id', 'integer', false), col('name')]),
  table('archive_visit', [col('id', 'integer', false), col('member_id', 'integer')], {
    schema: 'archive',
    foreignKeys: [fk('member_id', 'member')],
  }),
]
const CLASSIFIED = new Map([
  [
    'member',
    new Map([
      ['email', email],
      ['age', { ...city, detected: 'birth_date' as const, category: 'identification' as const }],
    ]),
  ],
  ['visit', new Map([['city', city]])],
  ['guest', new Map([['email', email]])],
])

describe('proposeDataset', () => {
  const { document, suggestions } = proposeDataset({
    key: 'club',
    system: 'crm',
    name: 'Club',
    connector: 'postgres',
    defaultSchema: 'public',
    tables: TABLES,
    classifications: CLASSIFIED,
  })
  const collection = (name: string) => document.collections.find((c) => c.name === name)

  it('describes personal tables and the tables hanging off them, nothing else', () => {
    expect(collection('member')?.schema).toBeUndefined()
    expect(document.collections.map((c) => c.name)).toEqual(['member', 'visit', 'visit_note', 'guest'])
    expect(suggestions.map((s) => `${s.collection}.${s.field}`)).toEqual([
      'member.email',
      'member.age',
      'visit.city',
      'guest.email',
    ])
  })

  it('follows references from parents, but not into a table with identities of its own', () => {
    expect(collection('visit')?.fields[1]?.references).toEqual({
      collection: 'member',
      field: 'id',
      direction: 'from',
    })
    expect(collection('visit_note')?.fields[1]?.references?.direction).toBe('from')
    expect(collection('guest')?.fields[1]?.references?.direction).toBe('none')
    // Composite and cross-schema foreign keys are not followed, so those tables are not described.
    expect(collection('pair')).toBeUndefined()
    expect(collection('archive_visit')).toBeUndefined()
  })

  it('proposes erasure per column and keeps rows of tables without a key', () => {
    expect(collection('member')?.fields.find((f) => f.name === 'email')?.erasure).toEqual({
      strategy: 'hash',
      maxLength: 60,
    })
    expect(collection('member')?.fields.find((f) => f.name === 'age')?.erasure).toEqual({
      strategy: 'fixed',
      value: 0,
    })
    expect(collection('visit')?.fields.find((f) => f.name === 'city')?.erasure).toEqual({ strategy: 'null' })
    expect(collection('guest')?.primaryKey).toBeUndefined()
    expect(collection('guest')?.description).toMatch(/No primary key/)
    expect(collection('guest')?.fields[0]?.erasure).toEqual({ strategy: 'keep' })
    expect(collection('member')?.dateField).toBe('created_at')
    expect(collection('visit')?.dateField).toBe('visited_on')
  })

  it('names the schema of collections outside the default one', () => {
    const sales = TABLES.slice(0, 2).map((t) => ({
      ...t,
      schema: 'sales',
      foreignKeys: t.foreignKeys.map((f) => ({ ...f, refSchema: 'sales' })),
    }))
    const proposal = proposeDataset({
      key: 'club',
      system: 'crm',
      name: 'Club',
      connector: 'postgres',
      defaultSchema: 'public',
      tables: sales,
      classifications: CLASSIFIED,
    })
    expect(proposal.document.collections.map((c) => [c.name, c.schema])).toEqual([
      ['member', 'sales'],
      ['visit', 'sales'],
    ])
    expect(proposal.document.collections[1]?.fields[1]?.references?.direction).toBe('from')
  })

  it('refuses a schema without personal data', () => {
    expect(() =>
      proposeDataset({
        key: 'x',
        system: 'y',
        name: 'X',
        connector: 'mysql',
        tables: TABLES,
        classifications: new Map(),
      }),
    ).toThrow(/No personal data/)
  })

  it('writes YAML that reads back as the same dataset, with the reasons as comments', () => {
    const yaml = datasetToYaml(document, suggestions)
    expect(yaml).toContain("# confidence 0.97: name matches 'email'")
    expect(datasetDocumentSchema.parse(parse(yaml))).toEqual(document)
  })
})

describe('defaultErasure', () => {
  it('always gives a strategy the dataset schema accepts for the column', () => {
    const column = fc.record({
      name: fc.constant('c'),
      type: fc.constantFrom('text', 'integer', 'decimal', 'date', 'timestamp', 'boolean', 'other' as const),
      nullable: fc.boolean(),
      maxLength: fc.option(fc.integer({ min: 1, max: 10_000 })),
    })
    fc.assert(
      fc.property(column, (c) => {
        const erasure = defaultErasure(c)
        const doc = {
          key: 'k',
          system: 's',
          name: 'N',
          connector: 'postgres',
          collections: [{ name: 't', primaryKey: ['id'], fields: [{ name: 'id' }, { name: 'c', erasure }] }],
        }
        expect(datasetDocumentSchema.safeParse(doc).success).toBe(true)
        if (c.nullable) expect(erasure).toEqual({ strategy: 'null' })
        if (erasure.strategy === 'hash' && c.maxLength !== null)
          expect(erasure.maxLength ?? 64).toBeLessThanOrEqual(c.maxLength)
      }),
    )
  })
})
