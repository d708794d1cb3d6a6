import { addMonths } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonthsClamped,
  dayOfWeek,
  daysInMonth,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isWeekend,
  parseIsoDate,
  toEpochDay,
  toIsoDate,
} from './calendar-date'

const dateBetween = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10))
const civilDate = dateBetween('1000-01-01', '9999-12-31')

describe('Gregorian calendar rules', () => {
  it('leap years: divisible by 4, except centuries not divisible by 400', () => {
    expect([1900, 2000, 2024, 2026, 2028, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ])
  })

  it('month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ])
    expect(daysInMonth(2028, 2)).toBe(29)
  })

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-4-1',
    '26-04-01',
    '2026-04-01T00:00',
  ])('rejects %j as an ISO calendar date', (input) => {
    expect(parseIsoDate(input)).toBeNull()
    expect(isIsoDate(input)).toBe(false)
    expect(() => addDays(input, 1)).toThrow(RangeError)
  })

  it('parses and prints ISO dates with zero padding', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 })
    expect(toIsoDate({ year: 987, month: 3, day: 4 })).toBe('0987-03-04')
  })

  it('epoch day 0 is 1970-01-01, a Thursday', () => {
    expect(toEpochDay('1970-01-01')).toBe(0)
    expect(fromEpochDay(-1)).toBe('1969-12-31')
    expect(dayOfWeek('1970-01-01')).toBe(4)
    expect(dayOfWeek('2026-11-11')).toBe(3)
    expect(isWeekend('2026-11-14')).toBe(true)
    expect(isWeekend('2026-11-16')).toBe(false)
  })

  it('month addition clamps to the last day of a shorter month (31 Jan + 1 month = 28/29 Feb)', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonthsClamped('2026-03-31', 1)).toBe('2026-04-30')
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28')
  })
})

describe('properties (JavaScript Date and date-fns as oracles)', () => {
  it('epoch-day conversion round-trips and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(civilDate, (date) => {
        const epochDay = toEpochDay(date)
        expect(fromEpochDay(epochDay)).toBe(date)
        expect(epochDay * 86_400_000).toBe(Date.parse(`${date}T00:00:00Z`))
        expect(dayOfWeek(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay())
      }),
    )
  })

  it('addDays is consistent with epoch days', () => {
    fc.assert(
      fc.property(
        dateBetween('1003-01-01', '9996-12-31'),
        fc.integer({ min: -1000, max: 1000 }),
        (date, n) => {
          expect(toEpochDay(addDays(date, n)) - toEpochDay(date)).toBe(n)
        },
      ),
    )
  })

  it('addMonthsClamped agrees with date-fns addMonths', () => {
    fc.assert(
      fc.property(
        dateBetween('1971-01-01', '2089-12-31'),
        fc.integer({ min: -12, max: 12 }),
        (date, months) => {
          const { year, month, day } = parseIsoDate(date) ?? { year: 0, month: 0, day: 0 }
          const expected = addMonths(new Date(year, month - 1, day, 12), months)
          const [y, m, d] = [expected.getFullYear(), expected.getMonth() + 1, expected.getDate()]
          expect(addMonthsClamped(date, months)).toBe(toIsoDate({ year: y, month: m, day: d }))
        },
      ),
    )
  })
})
