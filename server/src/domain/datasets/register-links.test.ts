import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type RegisterInput, registerDocumentSchema } from '../register/schema'
import { datasetRegisterProblems, isPersonalField } from './register-links'
import { type DatasetDocument, datasetDocumentSchema, fieldSchema } from './schema'

const register = registerDocumentSchema.parse({
  organization: {
    name: 'Platenwinkel Chinook',
    address: { street: 'Kerkstraat 1', postalCode: '9000', city: 'Gent', country: 'BE' },
    email: 'privacy@chinook.be',
    languages: ['nl', 'fr', 'en'],
  },
  taxonomy: {
    dataCategories: [
      { key: 'loyalty_points', label: { nl: 'Spaarpunten', fr: 'Points de fidélité', en: 'Loyalty points' } },
    ],
  },
  systems: [{ key: 'chinook_db', name: 'Chinook database', type: 'own_database' }],
  retentionRules: [
    {
      key: 'accounting_records',
      name: { nl: 'Boekhouding', fr: 'Comptabilité', en: 'Accounting' },
      duration: { years: 7 },
      trigger: 'invoice_date',
    },
  ],
} satisfies RegisterInput)

function dataset(overrides: Record<string, unknown> = {}, fields?: unknown[]): DatasetDocument {
  return datasetDocumentSchema.parse({
    key: 'chinook',
    system: 'chinook_db',
    name: 'Chinook',
    connector: 'postgres',
    collections: [
      {
        name: 'customer',
        primaryKey: ['id'],
        hold: { rule: 'accounting_records', dateField: 'since' },
        fields: fields ?? [
          { name: 'id' },
          { name: 'since' },
          { name: 'email', category: 'contact_details', identity: 'email' },
          { name: 'points', category: 'loyalty_points' },
        ],
      },
    ],
    ...overrides,
  })
}

describe('datasetRegisterProblems', () => {
  it('finds nothing in a dataset that fits the register (built-in and own categories)', () => {
    expect(datasetRegisterProblems(dataset(), register)).toEqual([])
  })

  it('is an error when the system is not in the register', () => {
    expect(datasetRegisterProblems(dataset({ system: 'crm' }), register)).toEqual([
      {
        path: 'system',
        severity: 'error',
        code: 'no_system',
        params: { system: 'crm', keys: 'chinook_db' },
        message: expect.stringMatching(/no system "crm".*chinook_db/),
      },
    ])
  })

  it('is an error when a hold names a retention rule the register lacks (catalogue rules do not count)', () => {
    const empty = registerDocumentSchema.parse({ ...register, retentionRules: [] })
    expect(datasetRegisterProblems(dataset(), empty)).toEqual([
      {
        path: 'collections.0.hold.rule',
        severity: 'error',
        code: 'no_retention_rule',
        params: { rule: 'accounting_records', keys: '' },
        message: expect.stringMatching(/no retention rule "accounting_records".*\(none yet\)/),
      },
    ])
  })

  it('warns about unknown categories and personal fields without one', () => {
    const problems = datasetRegisterProblems(
      dataset({}, [
        { name: 'id' },
        { name: 'since' },
        { name: 'shoe_size', category: 'shoe_sizes' },
        { name: 'phone', identity: 'phone' },
        { name: 'notes', erasure: { strategy: 'null' } },
        { name: 'bio', provided: true },
        { name: 'total', erasure: { strategy: 'keep' } },
      ]),
      register,
    )
    expect(problems).toEqual([
      {
        path: 'collections.0.fields.2.category',
        severity: 'warning',
        code: 'unknown_category',
        params: { category: 'shoe_sizes', field: 'customer.shoe_size' },
        message: expect.stringContaining('shoe_sizes'),
      },
      {
        path: 'collections.0.fields.3',
        severity: 'warning',
        code: 'no_category',
        params: { field: 'customer.phone' },
        message: expect.stringContaining('customer.phone'),
      },
      {
        path: 'collections.0.fields.4',
        severity: 'warning',
        code: 'no_category',
        params: { field: 'customer.notes' },
        message: expect.stringContaining('customer.notes'),
      },
      {
        path: 'collections.0.fields.5',
        severity: 'warning',
        code: 'no_category',
        params: { field: 'customer.bio' },
        message: expect.stringContaining('customer.bio'),
      },
    ])
  })

  it('reports an error for exactly the unknown systems, whatever the key', () => {
    const keys = register.systems.map((s) => s.key)
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/), (system) => {
        const errors = datasetRegisterProblems(dataset({ system }), register).filter(
          (p) => p.severity === 'error',
        )
        expect(errors.length).toBe(keys.includes(system) ? 0 : 1)
      }),
    )
  })
})

describe('isPersonalField', () => {
  it('is personal with a category, an identity, a changing erasure or data the subject provided', () => {
    const field = (f: Record<string, unknown>) => fieldSchema.parse({ name: 'x', ...f })
    expect(isPersonalField(field({}))).toBe(false)
    expect(isPersonalField(field({ erasure: { strategy: 'keep' } }))).toBe(false)
    expect(isPersonalField(field({ category: 'contact_details' }))).toBe(true)
    expect(isPersonalField(field({ identity: 'email' }))).toBe(true)
    expect(isPersonalField(field({ erasure: { strategy: 'hash' } }))).toBe(true)
    expect(isPersonalField(field({ provided: true }))).toBe(true)
  })
})
