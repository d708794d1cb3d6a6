import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endOfBrusselsDay, toBrusselsDate } from './brussels-time'
import { addDays } from './calendar-date'

describe('Brussels civil dates (CET/CEST)', () => {
  it('maps instants to the Brussels calendar date, not the UTC one', () => {
    expect(toBrusselsDate(new Date('2026-01-31T22:59:59Z'))).toBe('2026-01-31')
    expect(toBrusselsDate(new Date('2026-01-31T23:00:00Z'))).toBe('2026-02-01')
    expect(toBrusselsDate(new Date('2026-07-31T21:59:59Z'))).toBe('2026-07-31')
    expect(toBrusselsDate(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01')
  })

  it('rejects an invalid Date', () => {
    expect(() => toBrusselsDate(new Date('nope'))).toThrow(RangeError)
  })

  it('a deadline day ends at 23:59:59.999 Brussels time, in winter and in summer', () => {
    expect(endOfBrusselsDay('2026-02-28').toISOString()).toBe('2026-02-28T22:59:59.999Z')
    expect(endOfBrusselsDay('2026-08-17').toISOString()).toBe('2026-08-17T21:59:59.999Z')
  })

  it('handles the days on which clocks change (29 March and 25 October 2026)', () => {
    expect(endOfBrusselsDay('2026-03-28').toISOString()).toBe('2026-03-28T22:59:59.999Z')
    expect(endOfBrusselsDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z')
    expect(endOfBrusselsDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z')
  })

  it('rejects malformed dates', () => {
    expect(() => endOfBrusselsDay('2026-02-29')).toThrow(RangeError)
  })
})

describe('properties', () => {
  const date = fc
    .date({
      min: new Date('1980-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10))

  it('endOfBrusselsDay is the last instant of that Brussels date', () => {
    fc.assert(
      fc.property(date, (day) => {
        const end = endOfBrusselsDay(day)
        expect(toBrusselsDate(end)).toBe(day)
        expect(toBrusselsDate(new Date(end.getTime() + 1))).toBe(addDays(day, 1))
      }),
    )
  })

  it('the Brussels date is the UTC date of the instant shifted by +1 h (CET) or +2 h (CEST)', () => {
    const instant = fc.date({ min: new Date('1980-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    const utcDateAfter = (i: Date, hours: number) =>
      new Date(i.getTime() + hours * 3_600_000).toISOString().slice(0, 10)
    fc.assert(
      fc.property(instant, (i) => {
        expect([utcDateAfter(i, 1), utcDateAfter(i, 2)]).toContain(toBrusselsDate(i))
      }),
    )
  })
})
