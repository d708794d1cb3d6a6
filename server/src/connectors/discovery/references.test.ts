import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ColumnClassification } from '../../domain/datasets/classify'
import { withInferredReferences } from './infer-references'
import type { IntrospectedTable } from './model'
import { planReferences, reachKey, reachQuestions } from './references'

const int = (name: string) => ({ name, type: 'integer' as const, nullable: false, maxLength: null })
const text = (name: string) => ({ name, type: 'text' as const, nullable: true, maxLength: 50 })
const fk = (column: string, refTable: string, refColumn = `${refTable}_id`) => ({
  columns: [column],
  refSchema: 'public',
  refTable,
  refColumns: [refColumn],
})
const table = (
  name: string,
  columns: string[],
  foreignKeys: ReturnType<typeof fk>[] = [],
): IntrospectedTable => ({
  schema: 'public',
  name,
  columns: [int(`${name}_id`), ...columns.map((c) => (c.endsWith('_id') ? int(c) : text(c)))],
  primaryKey: [`${name}_id`],
  foreignKeys,
})
const hit = (detected: ColumnClassification['detected'], identity?: 'email'): ColumnClassification => ({
  detected,
  category: 'contact_details',
  ...(identity ? { identity } : {}),
  confidence: 0.9,
  reasons: ['x'],
})

/** A shop: people (customer, staff), what describes them, lookups, rows that belong to them, and a store. */
const SHOP = [
  table('country', ['country']),
  table('city', ['city', 'country_id'], [fk('country_id', 'country')]),
  table('address', ['address', 'city_id'], [fk('city_id', 'city')]),
  table('staff', ['email', 'address_id', 'store_id'], [fk('address_id', 'address'), fk('store_id', 'store')]),
  table(
    'store',
    ['manager_staff_id', 'address_id'],
    [fk('manager_staff_id', 'staff', 'staff_id'), fk('address_id', 'address')],
  ),
  table(
    'customer',
    ['email', 'address_id', 'store_id'],
    [fk('address_id', 'address'), fk('store_id', 'store')],
  ),
  table('inventory', ['store_id'], [fk('store_id', 'store')]),
  table(
    'rental',
    ['customer_id', 'staff_id', 'inventory_id'],
    [fk('customer_id', 'customer'), fk('staff_id', 'staff'), fk('inventory_id', 'inventory')],
  ),
  table('rental_line', ['rental_id'], [fk('rental_id', 'rental')]),
]
const CLASSIFIED = new Map([
  ['customer', new Map([['email', hit('email', 'email')]])],
  ['staff', new Map([['email', hit('email', 'email')]])],
  ['address', new Map([['address', hit('address')]])],
  ['city', new Map([['city', hit('city')]])],
])
const decision = (roles: ReturnType<typeof planReferences>, at: string) => {
  const r = roles.references.find((x) => `${x.collection}.${x.field}` === at)
  return r && `${r.direction} ${r.reason.code}${r.flagged ? ' flagged' : ''}`
}

describe('planReferences', () => {
  const reaches = new Map([
    [reachKey('rental', 'customer_id', 'staff_id'), { rows: 4, others: 2 }],
    [reachKey('rental', 'staff_id', 'customer_id'), { rows: 60, others: 18 }],
  ])
  const roles = planReferences(SHOP, CLASSIFIED, reaches)

  it('follows people outward to what describes them and on to lookups, which are shared', () => {
    expect(decision(roles, 'customer.address_id')).toBe('to describes')
    expect(decision(roles, 'staff.address_id')).toBe('to describes')
    expect(decision(roles, 'address.city_id')).toBe('to context')
    expect(decision(roles, 'city.country_id')).toBe('to context')
    expect([...roles.shared].sort()).toEqual(['city', 'country'])
    expect([...roles.describing]).toEqual(['address'])
  })

  it('finds rows that belong to a person, and rows that are part of those, from the person', () => {
    expect(decision(roles, 'rental.customer_id')).toBe('from belongs')
    expect(decision(roles, 'rental_line.rental_id')).toBe('from part_of')
    expect(roles.owners.get('rental_line')).toEqual(new Set(['customer']))
  })

  it('never follows towards other people: fan-out, roles, tables that refer to people', () => {
    expect(decision(roles, 'rental.staff_id')).toBe('none fan_out flagged')
    expect(roles.references.find((r) => r.field === 'staff_id' && r.collection === 'rental')?.text).toBe(
      'for one sample staff this would reach 60 rows of 18 different customer records: not followed',
    )
    expect(decision(roles, 'store.manager_staff_id')).toBe('none role')
    expect(decision(roles, 'customer.store_id')).toBe('none leads_to_people')
    expect(decision(roles, 'rental.inventory_id')).toBe('none not_personal')
    expect(roles.owners.has('store')).toBe(false)
    // A store is nobody's data, but erasure must see that it uses an address too.
    expect(decision(roles, 'store.address_id')).toBe('none uses_same')
    expect([...roles.referrers]).toEqual(['store'])
    expect(roles.owners.has('inventory')).toBe(false)
  })

  it('asks a dry run for each pair of references to people, and without one flags the staff side', () => {
    expect(reachQuestions(SHOP, CLASSIFIED).map((q) => `${q.table.name}.${q.via}/${q.other}`)).toEqual([
      'rental.customer_id/staff_id',
      'rental.staff_id/customer_id',
    ])
    const blind = planReferences(SHOP, CLASSIFIED)
    expect(decision(blind, 'rental.staff_id')).toBe('none handled_by flagged')
    expect(decision(blind, 'rental.customer_id')).toBe('from belongs')
  })

  const names = ['a', 'b', 'c', 'd', 'e', 'f']
  const schema = fc
    .tuple(
      fc.subarray(names, { minLength: 1 }),
      fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names), fc.boolean()), {
        maxLength: 12,
      }),
      fc.subarray(names),
    )
    .map(([present, links, people]) => {
      const tables = present.map((name) => {
        const columns = new Map<string, string>()
        for (const [from, to, role] of links)
          if (from === name && present.includes(to)) columns.set(role ? `boss_${to}_id` : `${to}_id`, to)
        return table(
          name,
          [...columns.keys()],
          [...columns].map(([column, to]) => fk(column, to)),
        )
      })
      const classified = new Map(people.map((p) => [p, new Map([['email', hit('email', 'email')]])]))
      return { tables, classified }
    })

  it('whatever the schema, never finds a person from another table nor reads a person from one', () => {
    fc.assert(
      fc.property(schema, fc.nat({ max: 50 }), ({ tables, classified }, others) => {
        const measured = new Map(
          reachQuestions(tables, classified).map((q) => [
            reachKey(q.table.name, q.via, q.other),
            { rows: others, others },
          ]),
        )
        const planned = planReferences(tables, classified, measured)
        for (const r of planned.references) {
          if (r.flagged) expect(r.direction).toBe('none')
          // A person table's rows are only ever found by their own identities.
          if (planned.persons.has(r.collection)) expect(r.direction === 'from').toBe(false)
          if (planned.persons.has(r.target)) expect(r.direction === 'to').toBe(false)
          // Shared lookups are never the person's own rows.
          if (planned.shared.has(r.collection)) expect(r.direction).not.toBe('from')
        }
        const keys = planned.references.map((r) => `${r.collection}.${r.field}->${r.target}`)
        expect(new Set(keys).size).toBe(keys.length)
      }),
    )
  })
})

describe('withInferredReferences', () => {
  it('infers references by key name for tables that declare none, and only those', () => {
    const payment = { ...table('payment', ['customer_id', 'store_ref', 'amount']), foreignKeys: [] }
    const order = table('order', ['customer_id'], [fk('customer_id', 'customer')])
    const customer = table('customer', ['email'])
    const member = { ...table('member', ['email']), primaryKey: ['id'], columns: [int('id'), text('email')] }
    const visit = { ...table('visit', ['member_id']), foreignKeys: [] }
    const [p, o, , , v] = withInferredReferences([payment, order, customer, member, visit])
    expect(p?.foreignKeys).toEqual([{ ...fk('customer_id', 'customer'), origin: 'inferred' }])
    expect(o).toBe(order)
    expect(v?.foreignKeys).toEqual([{ ...fk('member_id', 'member', 'id'), origin: 'inferred' }])
  })
})
