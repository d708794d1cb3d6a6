import { add, format } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shopDataset } from '../../../test/fixtures/shop-dataset'
import { planErasure } from './erasure-plan'
import { childFirstOrder, type HoldRule, planRectification, planRestriction } from './write-plan'

const holds = new Map<string, HoldRule>([
  ['accounting_records', { key: 'accounting_records', duration: { years: 7, months: 0, days: 0 } }],
])
const hash = (value: string) => `h(${value})`.padEnd(30, '.')

const found = () =>
  new Map<string, Record<string, unknown>[]>([
    [
      'customer',
      [
        { id: 1, email: 'an@example.be', name: 'An', rep_id: 9, manager_id: null },
        { id: 2, email: 'an@example.be', name: 'Bo', rep_id: 9, manager_id: null },
      ],
    ],
    [
      'invoice',
      [
        { id: 10, customer_id: 1, date: new Date('2024-03-01'), billing_address: 'Rue 1' },
        { id: 11, customer_id: 2, date: new Date('2015-03-01'), billing_address: 'Rue 2' },
      ],
    ],
    [
      'invoice_line',
      [
        { id: 100, invoice_id: 10, amount: 5 },
        { id: 101, invoice_id: 11, amount: 7 },
      ],
    ],
  ])

describe('planErasure with a retention rule without duration (held, end unknown)', () => {
  const open = (openEnd: 'statutory_period' | 'until_event') =>
    new Map<string, HoldRule>([
      ['accounting_records', { key: 'accounting_records', openEnd, trigger: 'end_of_warranty' }],
    ])
  const withoutDate = () => {
    const rows = found()
    rows.set('invoice', [
      ...(rows.get('invoice') ?? []),
      { id: 12, customer_id: 2, date: null, billing_address: 'Rue 3' },
    ])
    return rows
  }

  it('keeps every row the rule covers, old, recent or undated, with no end date - never deleted for want of a number', () => {
    for (const today of ['2026-11-21', '2099-01-01']) {
      const plan = planErasure(shopDataset(), withoutDate(), { holds: open('statutory_period'), today, hash })
      const invoice = plan.collections.find((c) => c.collection === 'invoice')
      expect(invoice?.deletes).toEqual([])
      expect(invoice?.updates).toEqual([])
      expect(invoice?.withheld).toEqual([
        {
          rows: 3,
          reason: {
            kind: 'retention',
            rule: 'accounting_records',
            until: null,
            openEnd: 'statutory_period',
            trigger: 'end_of_warranty',
          },
        },
      ])
      expect(invoice?.held?.map((h) => [h.key, h.until, h.openEnd])).toEqual([
        [[10], null, 'statutory_period'],
        [[11], null, 'statutory_period'],
        [[12], null, 'statutory_period'],
      ])
      // The lines of the kept invoices stay with them.
      expect(plan.collections.find((c) => c.collection === 'invoice_line')?.deletes).toEqual([])
    }
  })

  it('says why the end is unknown: until the event', () => {
    const plan = planErasure(shopDataset(), found(), {
      holds: open('until_event'),
      today: '2026-11-21',
      hash,
    })
    const reason = plan.collections.find((c) => c.collection === 'invoice')?.withheld[0]?.reason
    expect(reason).toMatchObject({ kind: 'retention', until: null, openEnd: 'until_event' })
  })
})

describe('planErasure', () => {
  const plan = planErasure(shopDataset(), found(), { holds, today: '2026-11-21', hash })
  const of = (name: string) => plan.collections.find((c) => c.collection === name)

  it('withholds rows a retention rule of the register still covers, with the rule and the date', () => {
    expect(of('invoice')?.withheld).toEqual([
      { rows: 1, reason: { kind: 'retention', rule: 'accounting_records', until: '2031-03-01' } },
    ])
    expect(of('invoice')?.deletes).toEqual([[11]])
  })

  it('masks instead of deleting a row that a kept row still refers to', () => {
    expect(of('customer')?.deletes).toEqual([[2]])
    expect(of('customer')?.updates).toEqual([
      { key: [1], set: { email: null, name: 'h(An)'.padEnd(20, '.') } },
    ])
    expect(of('customer')?.withheld).toEqual([{ rows: 1, reason: { kind: 'referenced', by: 'invoice' } }])
  })

  it('deletes the rows that hang off a deleted row, and leaves those of a kept row untouched', () => {
    expect(of('invoice_line')).toMatchObject({ found: 2, updates: [], deletes: [[101]] })
  })

  it('orders collections so that referencing rows are written before the rows they refer to', () => {
    const order = childFirstOrder(shopDataset())
    expect(order.indexOf('invoice_line')).toBeLessThan(order.indexOf('invoice'))
    expect(order.indexOf('invoice')).toBeLessThan(order.indexOf('customer'))
    expect(plan.collections.map((c) => c.collection)).toEqual(order)
  })

  it('plans nothing for rows already nulled or replaced by a fixed value', () => {
    const doc = shopDataset((d) => {
      const customer = (
        d.collections as { name: string; fields: { name: string; erasure?: unknown }[] }[]
      ).find((c) => c.name === 'customer')
      const name = customer?.fields.find((f) => f.name === 'name')
      if (name) name.erasure = { strategy: 'fixed', value: 'erased' }
    })
    const masked = new Map(found())
    masked.set('customer', [{ id: 1, email: null, name: 'erased', rep_id: 9, manager_id: null }])
    masked.set('invoice', [found().get('invoice')?.[0] as Record<string, unknown>])
    const rerun = planErasure(doc, masked, { holds, today: '2026-11-21', hash })
    expect(rerun.collections.find((c) => c.collection === 'customer')?.updates).toEqual([])
  })

  it('after the retention period the invoice goes too', () => {
    const later = planErasure(shopDataset(), found(), { holds, today: '2031-03-02', hash })
    expect(later.collections.find((c) => c.collection === 'invoice')?.deletes).toEqual([[10], [11]])
    expect(later.collections.find((c) => c.collection === 'customer')?.deletes).toEqual([[1], [2]])
    expect(later.collections.find((c) => c.collection === 'invoice_line')?.deletes).toEqual([[100], [101]])
  })

  it('holds a row until its date plus the rule, the day date-fns gives (month ends, leap days, local time)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.record({ years: fc.nat(30), months: fc.nat(24), days: fc.nat(400) }),
        (date, duration) => {
          const rule = { key: 'rule', duration }
          const invoices = [{ id: 10, customer_id: 1, date, billing_address: 'Rue 1' }]
          const plan = planErasure(shopDataset(), new Map([['invoice', invoices]]), {
            holds: new Map([['accounting_records', rule]]),
            today: '1900-01-01',
            hash,
          })
          const withheld = plan.collections.find((c) => c.collection === 'invoice')?.withheld[0]?.reason
          expect(withheld).toEqual({
            kind: 'retention',
            rule: 'rule',
            until: format(add(date, duration), 'yyyy-MM-dd'),
          })
        },
      ),
    )
  })
})

describe('planRectification', () => {
  it('updates the named fields of the rows found and refuses fields that are not rectifiable', () => {
    const doc = shopDataset((d) => {
      const customer = (
        d.collections as { name: string; fields: { name: string; rectifiable?: boolean }[] }[]
      ).find((c) => c.name === 'customer')
      const id = customer?.fields.find((f) => f.name === 'id')
      if (id) id.rectifiable = false
    })
    const plan = planRectification(doc, found(), [
      { collection: 'customer', field: 'name', value: 'Anna' },
      { collection: 'customer', field: 'id', value: 3 },
    ])
    const customer = plan.collections.find((c) => c.collection === 'customer')
    expect(customer?.updates).toEqual([
      { key: [1], set: { name: 'Anna' } },
      { key: [2], set: { name: 'Anna' } },
    ])
    expect(customer?.withheld[0]?.reason).toEqual({ kind: 'not_rectifiable', fields: ['id'] })
  })
})

describe('planRestriction', () => {
  it('sets the flag where the dataset has one and lists the others as manual steps', () => {
    const doc = shopDataset((d) => {
      const customer = (
        d.collections as { name: string; fields: { name: string }[]; restriction?: unknown }[]
      ).find((c) => c.name === 'customer')
      if (customer) {
        customer.fields.push({ name: 'restricted' })
        customer.restriction = { field: 'restricted', value: true }
      }
    })
    const plan = planRestriction(doc, found())
    expect(plan.collections.find((c) => c.collection === 'customer')?.updates).toHaveLength(2)
    expect(plan.manual).toEqual(['invoice_line', 'invoice'])
  })
})
