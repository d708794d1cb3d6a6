import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ageCheckOn,
  anniversary,
  birthDatePrecision,
  formatPartialBirthDate,
  minorStatusOn,
  type PartialBirthDate,
} from './birth-date'
import { addDays, daysInMonth, toEpochDay } from './calendar-date'
import { nationalNumberFor, parseNationalNumber } from './national-number'

const full = (year: number, month: number, day: number): PartialBirthDate => ({ year, month, day })

describe('minorStatusOn — age of majority 18 on a full or partial birth date', () => {
  it.each([
    [full(2008, 3, 15), '2026-03-14', 'minor'],
    [full(2008, 3, 15), '2026-03-15', 'adult'],
    // Born on 29 February: 18 years are complete on 1 March of a common year, not on 28 February.
    [full(2008, 2, 29), '2026-02-28', 'minor'],
    [full(2008, 2, 29), '2026-03-01', 'adult'],
    [full(2004, 2, 29), '2022-02-28', 'minor'],
    // Only the year: unknown during the year the person turns 18, certain before and after it.
    [{ year: 2008, month: null, day: null }, '2025-12-31', 'minor'],
    [{ year: 2008, month: null, day: null }, '2026-01-01', 'unknown'],
    [{ year: 2008, month: null, day: null }, '2026-12-30', 'unknown'],
    [{ year: 2008, month: null, day: null }, '2026-12-31', 'adult'],
    // Year and month: unknown only during that month.
    [{ year: 2008, month: 3, day: null }, '2026-02-28', 'minor'],
    [{ year: 2008, month: 3, day: null }, '2026-03-01', 'unknown'],
    [{ year: 2008, month: 3, day: null }, '2026-03-31', 'adult'],
    [{ year: 2008, month: 2, day: null }, '2026-02-28', 'unknown'],
    [{ year: 2008, month: 2, day: null }, '2026-03-01', 'adult'],
    // Nothing known (the fictitious dates 1900-00-01 and 2000-00-01): never adult or minor by accident.
    [null, '2026-06-01', 'unknown'],
    [null, '2099-01-01', 'unknown'],
    // A birth after the day asked about cannot be right (a number of the 2000 century for 2031, read in 2026).
    [full(2031, 1, 1), '2026-06-01', 'unknown'],
    [{ year: 2026, month: 7, day: null }, '2026-06-30', 'unknown'],
    [{ year: 2026, month: 6, day: null }, '2026-06-30', 'minor'],
  ] as const)('%j on %s: %s', (birth, on, expected) => {
    expect(minorStatusOn(birth, on)).toBe(expected)
  })

  it('reads a national number with an unknown birth date as unknown, whatever the day', () => {
    const numbers = ['1900-00-01', '2000-00-01'].map((d) => parseNationalNumber(nationalNumberFor(d, 5)))
    for (const parsed of numbers) {
      if (!parsed.ok) throw new Error('rejected')
      expect(minorStatusOn(parsed.value.birth, '2010-01-01')).toBe('unknown')
      expect(minorStatusOn(parsed.value.birth, '2090-01-01')).toBe('unknown')
    }
  })

  it('describes how much is known', () => {
    expect(birthDatePrecision(null)).toBe('none')
    expect(birthDatePrecision({ year: 1985, month: null, day: null })).toBe('year')
    expect(birthDatePrecision({ year: 1985, month: 7, day: null })).toBe('month')
    expect(birthDatePrecision(full(1985, 7, 30))).toBe('day')
    expect(formatPartialBirthDate({ year: 1985, month: 7, day: null })).toBe('1985-07')
    expect(formatPartialBirthDate({ year: 2000, month: null, day: null })).toBe('2000')
    expect(formatPartialBirthDate(null)).toBeNull()
  })
})

describe('properties', () => {
  const FIRST = toEpochDay('1900-01-01')
  const day = (min: number, max: number) => fc.integer({ min, max }).map((n) => addDays('1900-01-01', n))
  const partial: fc.Arbitrary<PartialBirthDate | null> = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 1900, max: 2099 }).map((year) => ({ year, month: null, day: null })),
    fc.tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => ({
      year,
      month,
      day: null,
    })),
    day(0, toEpochDay('2099-12-31') - FIRST).map((d) =>
      full(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8))),
    ),
  )
  /** A full date the partial one allows (the person could have been born on it). */
  const consistent = (birth: PartialBirthDate, pick: number): string => {
    const month = birth.month ?? (pick % 12) + 1
    const dayOfMonth = birth.day ?? (pick % daysInMonth(birth.year, month)) + 1
    return `${birth.year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`
  }

  it('a certain answer holds for every birth date the known part allows; "unknown" only when two of them disagree or the birth lies after the day', () => {
    fc.assert(
      fc.property(
        partial,
        day(0, toEpochDay('2130-12-31') - FIRST),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(13, 16, 18),
        (birth, on, pick, years) => {
          const check = ageCheckOn(birth, on, years)
          if (birth === null) {
            expect(check).toBe('unknown')
            return
          }
          const exact = (born: string) => (anniversary(born, years) <= on ? 'reached' : 'below')
          const earliest = consistent({ ...birth, month: birth.month ?? 1, day: birth.day ?? 1 }, 0)
          if (check !== 'unknown') {
            expect(earliest <= on).toBe(true)
            expect(exact(consistent(birth, pick))).toBe(check)
          } else if (earliest <= on) {
            const latestMonth = birth.month ?? 12
            const last = consistent(
              { ...birth, month: latestMonth, day: birth.day ?? daysInMonth(birth.year, latestMonth) },
              0,
            )
            expect(exact(earliest)).not.toBe(exact(last))
          }
        },
      ),
    )
  })
})
