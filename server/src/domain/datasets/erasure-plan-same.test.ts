import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planErasureBefore } from '../../../test/fixtures/erasure-plan-before'
import { shopDataset } from '../../../test/fixtures/shop-dataset'
import { type LegalHoldOf, planErasure } from './erasure-plan'
import { parseDatasetText } from './parse'
import type { DatasetDocument } from './schema'
import type { SharedRow, SharedRows } from './shared-rows'
import type { HoldRule, Row } from './write-plan'

function rentalDataset(): DatasetDocument {
  const parsed = parseDatasetText(
    readFileSync(new URL('../../../test/fixtures/rental/rental.dataset.yaml', import.meta.url), 'utf8'),
  )
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.document
}

const documents = [shopDataset(), rentalDataset()]
const hash = (value: string) => `h(${value})`.padEnd(40, '.')
const date = fc.oneof(
  fc.date({ min: new Date('2012-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
  fc.constantFrom(null, '2019-02-28', '2024-02-29T10:00:00Z', 'not a date'),
)
const value = fc.oneof(
  fc.constant(null),
  fc.constantFrom('erased', 'An', 'x@example.be'),
  fc.integer({ min: 1, max: 4 }),
)

/** Rows of every collection of a document: keys 1..n, references and other fields drawn from small ranges. */
const foundOf = (doc: DatasetDocument) =>
  fc.tuple(
    ...doc.collections.map((collection) =>
      fc.array(
        fc.tuple(
          ...collection.fields.map((field) =>
            /date|created/.test(field.name)
              ? date
              : field.references
                ? fc.option(fc.integer({ min: 1, max: 4 }))
                : value,
          ),
        ),
        { maxLength: 4 },
      ),
    ),
  )

const rule = fc.oneof(
  fc.constant(undefined),
  fc.record({
    key: fc.constant('accounting_records'),
    duration: fc.option(fc.record({ years: fc.nat(8), months: fc.nat(13), days: fc.nat(40) }), {
      nil: undefined,
    }),
    openEnd: fc.constantFrom(undefined, 'statutory_period', 'until_event'),
    trigger: fc.constantFrom(undefined, 'contract_end'),
  }),
)

const scenario = fc.constantFrom(...documents).chain((doc) =>
  fc.record({
    doc: fc.constant(doc),
    found: foundOf(doc),
    rule,
    today: fc.constantFrom('2026-12-07', '2020-01-31', '2031-06-30'),
    // Per row (by collection and index): shared (outward or not, by whom), under a legal hold.
    marks: fc.array(
      fc.record({
        collection: fc.nat(doc.collections.length - 1),
        index: fc.nat(3),
        shared: fc.option(
          fc.record({
            by: fc.subarray(['staff', 'store', 'customer'], { minLength: 1 }),
            outward: fc.boolean(),
          }),
          { nil: undefined },
        ),
        legal: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    withShared: fc.boolean(),
  }),
)

describe('planErasure after its split into smaller functions', () => {
  it('gives the plan the former planner gave, to the byte, for any rows, rules, shared rows and legal holds', () => {
    fc.assert(
      fc.property(scenario, ({ doc, found: drawn, rule, today, marks, withShared }) => {
        const found = new Map<string, Row[]>(
          doc.collections.map((collection, c) => [
            collection.name,
            (drawn[c] ?? []).map((values, i) => {
              const row: Row = Object.fromEntries(collection.fields.map((f, k) => [f.name, values[k]]))
              // Keys are unique per collection, as in a table.
              for (const key of collection.primaryKey ?? []) if (!/date/.test(key)) row[key] = i + 1
              return row
            }),
          ]),
        )
        const holds = new Map<string, HoldRule>(rule ? [['accounting_records', rule]] : [])
        const shared = new Map<string, Map<number, SharedRow>>()
        const held = new Set<Row>()
        for (const mark of marks) {
          const name = doc.collections[mark.collection]?.name ?? ''
          const row = found.get(name)?.[mark.index]
          if (!row) continue
          if (mark.shared) shared.set(name, (shared.get(name) ?? new Map()).set(mark.index, mark.shared))
          if (mark.legal) held.add(row)
        }
        const legalHold: LegalHoldOf = (_, row) =>
          held.has(row) ? { kind: 'legal_hold', hold: 'h1', scope: 'subject', reason: 'Geschil' } : undefined
        const options = {
          holds,
          today,
          hash,
          legalHold,
          ...(withShared ? { shared: shared as SharedRows } : {}),
        }
        const after = planErasure(doc, found, options)
        const before = planErasureBefore(doc, found, options)
        expect(after).toEqual(before)
        expect(JSON.stringify(after)).toBe(JSON.stringify(before))
      }),
      { numRuns: 2000 },
    )
  })
})
