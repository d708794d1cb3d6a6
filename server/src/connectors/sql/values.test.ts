import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupChanges, lastChangePerRow } from './change-groups'
import { chunk, comparableValues, rowsPerStatement, valueKey } from './values'

describe('comparableValues', () => {
  it('keeps only values an integer column can hold', () => {
    expect(
      comparableValues('integer', ['12', 12, ' 7 ', 'abc', '1; drop', 1.5, null, undefined, 10n]),
    ).toEqual(['12', 12, '7', '10'])
  })

  it('compares text as text and drops what cannot match other kinds', () => {
    expect(comparableValues('text', ['a@b.be', 5, true, { x: 1 }, 'a@b.be'])).toEqual(['a@b.be', '5', 'true'])
    expect(comparableValues('uuid', ['not-a-uuid', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'])).toEqual([
      'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
    ])
    expect(comparableValues('boolean', ['true', 'f', 'maybe', false])).toEqual([true, false])
    expect(comparableValues('date', ['2024-02-30x', '2024-02-03'])).toEqual(['2024-02-03'])
  })

  it('never returns duplicates, undefined or null, and only integers for integer columns', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null))), (values) => {
        const out = comparableValues('integer', values)
        expect(new Set(out.map(valueKey)).size).toBe(out.length)
        for (const v of out) expect(String(v)).toMatch(/^[+-]?\d+$/)
      }),
    )
  })
})

describe('chunks and change groups', () => {
  it('chunks without losing or reordering items, within the parameter budget', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const chunks = chunk(items, size)
        expect(chunks.flat()).toEqual(items)
        expect(chunks.every((c) => c.length > 0 && c.length <= size)).toBe(true)
      }),
    )
    expect(rowsPerStatement(1)).toBe(1000)
    expect(rowsPerStatement(100) * 100).toBeLessThanOrEqual(30_000)
  })

  it('groups changes by the columns they set and sees when all rows get the same values', () => {
    const groups = groupChanges([
      { key: [1], set: { email: null, phone: null } },
      { key: [2], set: { phone: null, email: null } },
      { key: [3], set: { email: 'h1' } },
      { key: [4], set: { email: 'h2' } },
      { key: [5], set: {} },
    ])
    expect(groups.map((g) => [g.columns, g.uniform, g.rows.length])).toEqual([
      [['email', 'phone'], true, 2],
      [['email'], false, 2],
    ])
    expect(
      groupChanges([
        { key: [1], set: { d: new Date(0) } },
        { key: [2], set: { d: new Date(0) } },
      ])[0]?.uniform,
    ).toBe(true)
  })

  it('merges two changes of the same row, the later one winning', () => {
    expect(
      lastChangePerRow([
        { key: [1, 'a'], set: { x: 1, y: 1 } },
        { key: [2, 'a'], set: { x: 2 } },
        { key: [1, 'a'], set: { y: 3 } },
      ]),
    ).toEqual([
      { key: [1, 'a'], set: { x: 1, y: 3 } },
      { key: [2, 'a'], set: { x: 2 } },
    ])
  })
})
