import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planErasure } from './erasure-plan'
import { datasetDocumentSchema } from './schema'
import { anyShared, rowsToCheck, sharedChecks, sharedRows } from './shared-rows'
import type { HoldRule } from './write-plan'

/** customer -> address (outward), rental -> customer (inward), staff -> address (not followed), city shared. */
const doc = datasetDocumentSchema.parse({
  key: 'rental',
  system: 'rental_db',
  name: 'Rental',
  connector: 'postgres',
  collections: [
    {
      name: 'customer',
      primaryKey: ['id'],
      erasure: 'delete',
      fields: [
        { name: 'id' },
        { name: 'email', identity: 'email', category: 'contact_details' },
        { name: 'address_id', references: { collection: 'address', field: 'id', direction: 'to' } },
      ],
    },
    {
      name: 'address',
      primaryKey: ['id'],
      fields: [
        { name: 'id' },
        { name: 'line', category: 'contact_details' },
        { name: 'city_id', references: { collection: 'city', field: 'id', direction: 'to' } },
      ],
    },
    { name: 'city', shared: true, primaryKey: ['id'], fields: [{ name: 'id' }, { name: 'name' }] },
    {
      name: 'staff',
      primaryKey: ['id'],
      fields: [
        { name: 'id' },
        { name: 'address_id', references: { collection: 'address', field: 'id', direction: 'none' } },
      ],
    },
    {
      name: 'rental',
      primaryKey: ['id'],
      fields: [{ name: 'id' }, { name: 'customer_id', references: { collection: 'customer', field: 'id' } }],
    },
  ],
})
const options = { holds: new Map<string, HoldRule>(), today: '2026-12-06', hash: (v: string) => `h${v}` }

describe('shared rows', () => {
  it('asks each referring collection once, and not the ones the traversal read from the person', () => {
    const found = new Map([
      ['customer', [{ id: 1, email: 'a@x.be', address_id: 3 }]],
      ['address', [{ id: 3, line: 'Kerkstraat 1', city_id: 7 }]],
      ['city', [{ id: 7, name: 'Gent' }]],
    ])
    const checks = sharedChecks(doc, found, ['email'])
    expect(
      checks.map((c) => [c.collection, c.matches.map((m) => `${m.field}->${m.target}:${m.outward}`)]),
    ).toEqual([
      ['customer', ['address_id->address:true']],
      ['staff', ['address_id->address:true']],
    ])
  })

  it('checks only the rows a plan without the check would change', () => {
    const found = (line: string | null) =>
      new Map([
        ['customer', [{ id: 1, email: 'a@x.be', address_id: 3 }]],
        ['address', [{ id: 3, line, city_id: 7 }]],
        ['city', [{ id: 7, name: 'Gent' }]],
      ])
    const checked = (line: string | null) => {
      const rows = found(line)
      return sharedChecks(doc, rowsToCheck(doc, rows, planErasure(doc, rows, options)), ['email']).map(
        (c) => c.collection,
      )
    }
    expect(checked('Kerkstraat 1')).toEqual(['customer', 'staff'])
    // An address with nothing left to mask is not changed, so nobody is asked about it.
    expect(checked(null)).toEqual([])
  })

  it('a row outside the person pointing at a reached row withholds it; the rows found alone are changed', () => {
    const others = fc.uniqueArray(
      fc.record({ id: fc.integer({ min: 2, max: 30 }), address_id: fc.constantFrom(3, 4) }),
      { selector: (r) => r.id, maxLength: 6 },
    )
    fc.assert(
      fc.property(others, others, (customers, staff) => {
        const found = new Map([
          ['customer', [{ id: 1, email: 'a@x.be', address_id: 3 }]],
          ['address', [{ id: 3, line: 'Kerkstraat 1', city_id: 7 }]],
          ['city', [{ id: 7, name: 'Gent' }]],
        ])
        const checks = sharedChecks(doc, found, ['email'])
        // What the database answers: the rows pointing at address 3 (the person's own row among them).
        const database = new Map([
          ['customer', [{ id: 1, address_id: 3 }, ...customers].filter((r) => r.address_id === 3)],
          ['staff', staff.filter((r) => r.address_id === 3)],
        ])
        const shared = sharedRows(found, checks, database)
        const plan = planErasure(doc, found, { ...options, shared })
        const address = plan.collections.find((c) => c.collection === 'address')
        const by = [
          ...(customers.some((c) => c.address_id === 3) ? ['customer'] : []),
          ...(staff.some((c) => c.address_id === 3) ? ['staff'] : []),
        ]
        // Nothing shared: the engine keeps the plan made without the check (it is the same plan).
        expect(anyShared(shared)).toBe(by.length > 0)
        if (!anyShared(shared)) expect(plan).toEqual(planErasure(doc, found, options))
        if (by.length > 0) {
          expect(address?.updates).toEqual([])
          expect(address?.withheld).toEqual([{ rows: 1, reason: { kind: 'shared', by } }])
        } else {
          expect(address?.updates).toEqual([{ key: [3], set: { line: null } }])
          expect(address?.withheld).toEqual([])
        }
        // The person's own row is always erased; shared reference data never.
        expect(plan.collections.find((c) => c.collection === 'customer')?.deletes).toEqual([[1]])
        const city = plan.collections.find((c) => c.collection === 'city')
        expect(city?.withheld).toEqual([{ rows: 1, reason: { kind: 'reference_data' } }])
        expect(city?.updates).toEqual([])
      }),
    )
  })

  it("the person's own row another record refers to is masked instead of deleted", () => {
    const selfRef = datasetDocumentSchema.parse({
      ...doc,
      collections: doc.collections.map((c) =>
        c.name === 'customer'
          ? {
              ...c,
              fields: [
                ...c.fields,
                {
                  name: 'referred_by',
                  references: { collection: 'customer', field: 'id', direction: 'none' },
                },
              ],
            }
          : c,
      ),
    })
    const found = new Map([['customer', [{ id: 1, email: 'a@x.be', address_id: null, referred_by: null }]]])
    const checks = sharedChecks(selfRef, found, ['email'])
    const shared = sharedRows(found, checks, new Map([['customer', [{ id: 5, referred_by: 1 }]]]))
    const customer = planErasure(selfRef, found, { ...options, shared }).collections.find(
      (c) => c.collection === 'customer',
    )
    expect(customer?.deletes).toEqual([])
    expect(customer?.updates).toEqual([{ key: [1], set: { email: null } }])
    expect(customer?.withheld).toEqual([{ rows: 1, reason: { kind: 'referenced', by: 'customer' } }])
  })

  it("adds the system's declared foreign keys the dataset does not describe, merged per referring table", () => {
    const found = new Map([
      ['customer', [{ id: 1, email: 'a@x.be', address_id: 3 }]],
      ['address', [{ id: 3, line: 'Kerkstraat 1', city_id: 7 }]],
      ['city', [{ id: 7, name: 'Gent' }]],
    ])
    const ref = (table: string, column: string, collection: string, field = 'id') => ({
      table,
      column,
      primaryKey: ['id'],
      collection,
      field,
    })
    const checks = sharedChecks(
      doc,
      found,
      ['email'],
      [
        ref('store', 'address_id', 'address'), // a table the dataset leaves out
        ref('staff', 'address_id', 'address'), // described already
        ref('staff', 'home_address_id', 'address'), // an undescribed column of a described table
        ref('rental', 'customer_id', 'customer'), // followed inward by the traversal
        ref('address', 'city_id', 'city'), // reference data is never changed
        ref('store', 'manager_id', 'staff'), // no staff row found
      ],
    )
    expect(
      checks.map((c) => [c.collection, c.matches.map((m) => `${m.field}->${m.target}:${m.outward}`)]),
    ).toEqual([
      ['customer', ['address_id->address:true']],
      ['staff', ['address_id->address:true', 'home_address_id->address:true']],
      ['store', ['address_id->address:true']],
    ])
    // A store row pointing at the address withholds it like any described reference.
    const plan = planErasure(doc, found, {
      ...options,
      shared: sharedRows(found, checks, new Map([['store', [{ id: 9, address_id: 3 }]]])),
    })
    expect(plan.collections.find((c) => c.collection === 'address')?.withheld).toEqual([
      { rows: 1, reason: { kind: 'shared', by: ['store'] } },
    ])
  })
})
