import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shopDataset } from '../../../test/fixtures/shop-dataset'
import { datasetDocumentSchema } from './schema'
import { planTraversal } from './traversal'

describe('planTraversal', () => {
  it('searches identity collections first and follows references to dependent collections, level by level', () => {
    const plan = planTraversal(shopDataset(), ['email'])
    expect(plan.levels.map((level) => level.map((l) => l.collection).sort())).toEqual([
      ['customer', 'employee'],
      ['invoice'],
      ['invoice_line'],
    ])
    const invoice = plan.levels[1]?.[0]
    expect(invoice?.edges).toEqual([{ field: 'customer_id', source: 'customer', sourceField: 'id' }])
    expect(invoice?.identityFields).toEqual([])
  })

  it('never follows a reference marked none, and reports the collections nothing reaches', () => {
    const plan = planTraversal(shopDataset(), ['email'])
    const customer = plan.levels[0]?.find((l) => l.collection === 'customer')
    expect(customer?.edges).toEqual([])
    expect(plan.unreachable).toEqual(['tag'])
  })

  it('cuts self-references instead of looping', () => {
    const plan = planTraversal(shopDataset(), ['email'])
    expect(plan.cutEdges).toEqual([{ collection: 'customer', field: 'manager_id' }])
  })

  it('without a matching identity kind, nothing is searched', () => {
    const plan = planTraversal(shopDataset(), ['national_number'])
    expect(plan.levels).toEqual([])
    expect(plan.unreachable).toHaveLength(5)
  })

  it("a client's rows (end of a contract) start from the collections naming a clientField, only for kind client", () => {
    const doc = shopDataset((d) => {
      const collections = d.collections as {
        name: string
        clientField?: string
        fields: { name: string }[]
      }[]
      const customer = collections.find((c) => c.name === 'customer')
      if (customer) {
        customer.clientField = 'client_code'
        customer.fields.push({ name: 'client_code' })
      }
    })
    const plan = planTraversal(doc, ['client'])
    expect(plan.levels.map((level) => level.map((l) => l.collection))).toEqual([
      ['customer'],
      ['invoice'],
      ['invoice_line'],
    ])
    expect(plan.levels[0]?.[0]?.identityFields).toEqual([{ field: 'client_code', kind: 'client' }])
    // A person's request never searches by the client field.
    const byEmail = planTraversal(doc, ['email'])
    expect(byEmail.levels.flat().flatMap((l) => l.identityFields.map((f) => f.field))).not.toContain(
      'client_code',
    )
  })

  it('honours `after` as an ordering constraint', () => {
    const doc = shopDataset((d) => {
      const collections = d.collections as { name: string; after?: string[] }[]
      const employee = collections.find((c) => c.name === 'employee')
      if (employee) employee.after = ['invoice_line']
    })
    const plan = planTraversal(doc, ['email'])
    expect(plan.levels.findIndex((l) => l.some((c) => c.collection === 'employee'))).toBe(3)
  })

  it('visits every reached collection exactly once and after all its sources, for any reference graph', () => {
    const names = ['a', 'b', 'c', 'd', 'e']
    const arbitraryDoc = fc
      .record({
        identity: fc.subarray(names, { minLength: 1 }),
        refs: fc.array(
          fc.record({
            from: fc.constantFrom(...names),
            to: fc.constantFrom(...names),
            direction: fc.constantFrom('from', 'to', 'both', 'none'),
          }),
          { maxLength: 10 },
        ),
      })
      .map(({ identity, refs }) =>
        datasetDocumentSchema.parse({
          key: 'g',
          system: 's',
          name: 'G',
          connector: 'manual',
          collections: names.map((name) => ({
            name,
            fields: [
              { name: 'id' },
              ...(identity.includes(name) ? [{ name: 'email', identity: 'email' }] : []),
              ...refs
                .map((r, i) => ({ r, i }))
                .filter(({ r }) => r.from === name)
                .map(({ r, i }) => ({
                  name: `ref${i}`,
                  references: { collection: r.to, field: 'id', direction: r.direction },
                })),
            ],
          })),
        }),
      )
    fc.assert(
      fc.property(arbitraryDoc, (doc) => {
        const plan = planTraversal(doc, ['email'])
        const seen = plan.levels.flat().map((l) => l.collection)
        expect(new Set(seen).size).toBe(seen.length)
        const levelOf = new Map(
          plan.levels.flatMap((level, i) => level.map((l) => [l.collection, i] as const)),
        )
        for (const lookup of plan.levels.flat()) {
          expect(lookup.identityFields.length + lookup.edges.length).toBeGreaterThan(0)
          for (const edge of lookup.edges) expect(levelOf.get(edge.source)).toBeLessThan(lookup.level)
        }
        expect(seen.length + plan.unreachable.length).toBe(names.length)
      }),
    )
  })
})
