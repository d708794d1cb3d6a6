import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shopDataset } from '../../../test/fixtures/shop-dataset'
import { type LegalHoldOf, planErasure } from './erasure-plan'
import type { SharedRows } from './shared-rows'
import type { HoldRule, Row } from './write-plan'

const holds = new Map<string, HoldRule>()
const hash = (value: string) => `h(${value})`.padEnd(30, '.')
const hold = { kind: 'legal_hold', hold: 'h1', scope: 'subject', reason: 'Geschil' } as const

const found = () =>
  new Map<string, Row[]>([
    [
      'customer',
      [
        { id: 1, email: 'an@example.be', name: 'An', rep_id: 9, manager_id: null },
        { id: 2, email: 'bo@example.be', name: 'Bo', rep_id: 9, manager_id: null },
      ],
    ],
    [
      'invoice',
      [
        { id: 10, customer_id: 1, date: new Date('2010-03-01'), billing_address: 'Rue 1' },
        { id: 11, customer_id: 2, date: new Date('2010-03-01'), billing_address: 'Rue 2' },
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

/** Issue 16 item 2: a legal hold keeps exactly its rows out of an erasure, never more changes than without it. */
describe('planErasure with a legal hold', () => {
  it('withholds the held rows untouched with the hold as reason and erases the others', () => {
    const legalHold: LegalHoldOf = (collection, row) =>
      collection === 'customer' && row.id === 1 ? hold : undefined
    const plan = planErasure(shopDataset(), found(), { holds, today: '2026-12-06', hash, legalHold })
    const customer = plan.collections.find((c) => c.collection === 'customer')
    expect(customer?.withheld).toEqual([{ rows: 1, reason: hold }])
    const changed = [...(customer?.updates.map((u) => u.key) ?? []), ...(customer?.deletes ?? [])]
    expect(changed).toEqual([[2]])
  })

  it('never changes a held row, whichever rows are held (property)', () => {
    const rows = found()
    const all = [...rows].flatMap(([collection, list]) => list.map((row) => ({ collection, row })))
    fc.assert(
      fc.property(fc.subarray(all), (held) => {
        const legalHold: LegalHoldOf = (collection, row) =>
          held.some((h) => h.collection === collection && h.row === row) ? hold : undefined
        const plan = planErasure(shopDataset(), rows, { holds, today: '2026-12-06', hash, legalHold })
        for (const h of held) {
          const write = plan.collections.find((c) => c.collection === h.collection)
          const key = JSON.stringify([h.row.id])
          expect(write?.updates.some((u) => JSON.stringify(u.key) === key)).toBe(false)
          expect(write?.deletes.some((d) => JSON.stringify(d) === key)).toBe(false)
        }
      }),
    )
  })

  it('records by key exactly the held rows the erasure would otherwise change or keep under a rule (property)', () => {
    const rows = found()
    const all = [...rows].flatMap(([collection, list]) => list.map((row) => ({ collection, row })))
    const rules = new Map<string, HoldRule>([
      ['accounting_records', { key: 'accounting_records', duration: { years: 7, months: 0, days: 0 } }],
    ])
    fc.assert(
      fc.property(
        fc.subarray(all),
        fc.constantFrom('2012-01-01', '2026-12-06'),
        fc.subarray(['customer:2', 'invoice:11']),
        (held, today, sharedOutward) => {
          const legalHold: LegalHoldOf = (collection, row) =>
            held.some((h) => h.collection === collection && h.row === row) ? hold : undefined
          // Rows other people's records share (outward): never recorded, they stay whatever the hold.
          const shared: SharedRows = new Map(
            ['customer', 'invoice'].map((c) => [
              c,
              new Map(
                (rows.get(c) ?? []).flatMap((row, i) =>
                  sharedOutward.includes(`${c}:${row.id}`)
                    ? [[i, { outward: true, by: ['other'] }] as const]
                    : [],
                ),
              ),
            ]),
          )
          const options = { holds: rules, today, hash, shared } as const
          const plan = planErasure(shopDataset(), rows, { ...options, legalHold })
          const without = planErasure(shopDataset(), rows, options)
          for (const write of plan.collections) {
            const other = without.collections.find((c) => c.collection === write.collection)
            // Changed without the hold: masked, or deleted as the collection deletes its rows (a row deleted only
            // with a parent it hangs off is not: the hold keeps that parent, so it is masked - here unchanged).
            const deletesAll = write.collection === 'invoice' || write.collection === 'customer'
            const changedWithout = new Set(
              [
                ...(other?.updates.map((u) => u.key) ?? []),
                ...(deletesAll ? (other?.deletes ?? []) : []),
              ].map((k) => JSON.stringify(k)),
            )
            const keptByRule = new Map((other?.held ?? []).map((h) => [JSON.stringify(h.key), h]))
            const expected = held
              .filter((h) => h.collection === write.collection && write.collection !== 'tag')
              .map((h) => JSON.stringify([h.row.id]))
              .filter((k) => changedWithout.has(k) || keptByRule.has(k))
              .sort()
            expect((write.legalHeld ?? []).map((r) => JSON.stringify(r.key)).sort()).toEqual(expected)
            for (const r of write.legalHeld ?? []) {
              expect(r.hold).toBe('h1')
              // Kept on by the rule that would have kept it without the hold, with the same end.
              const rule = keptByRule.get(JSON.stringify(r.key))
              expect(r.retention?.until ?? 'none').toBe(rule ? rule.until : 'none')
            }
          }
        },
      ),
    )
  })
})
