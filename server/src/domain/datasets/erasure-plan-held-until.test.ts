import { add, format } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayAfter } from './erasure-plan'

describe('dayAfter (the last day a held row is kept)', () => {
  it('is the local day date-fns add gives for the rule duration, month ends and leap days included', () => {
    const date = fc.oneof(
      fc.date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2090-12-31T23:59:59Z'),
        noInvalidDate: true,
      }),
      // Ends of months, leap days and the hours around midnight, where clamping and local time matter.
      fc
        .record({
          year: fc.integer({ min: 1995, max: 2060 }),
          month: fc.integer({ min: 0, max: 11 }),
          day: fc.constantFrom(1, 28, 29, 30, 31),
          hour: fc.constantFrom(0, 1, 2, 3, 12, 22, 23),
        })
        .map(({ year, month, day, hour }) => new Date(year, month, day, hour, 30)),
    )
    const duration = fc.record({
      years: fc.integer({ min: 0, max: 30 }),
      months: fc.integer({ min: 0, max: 40 }),
      days: fc.integer({ min: 0, max: 800 }),
    })
    fc.assert(
      fc.property(date, duration, (d, dur) => {
        expect(dayAfter(d, dur)).toBe(format(add(d, dur), 'yyyy-MM-dd'))
      }),
      { numRuns: 1000 },
    )
  })

  it('clamps to the end of a shorter month', () => {
    expect(dayAfter(new Date(2024, 0, 31, 12), { years: 0, months: 1, days: 0 })).toBe('2024-02-29')
    expect(dayAfter(new Date(2024, 1, 29, 12), { years: 7, months: 0, days: 0 })).toBe('2031-02-28')
    expect(dayAfter(new Date(2025, 2, 15, 12), { years: 0, months: 0, days: 20 })).toBe('2025-04-04')
  })
})
