import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { belgianPublicHolidays, isBelgianPublicHoliday } from './belgian-holidays'
import { addDays, toIsoDate } from './calendar-date'

/** Gregorian Easter Sunday (anonymous algorithm, Meeus/Jones/Butcher): an independent oracle. */
function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return toIsoDate({ year, month, day })
}

describe('Belgian legal public holidays (Law of 4 January 1974, Royal Decree of 18 April 1974)', () => {
  it('lists exactly the ten legal holidays of 2026', () => {
    expect(belgianPublicHolidays(2026, 'en')).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-04-06', name: 'Easter Monday' },
      { date: '2026-05-01', name: 'Labour Day' },
      { date: '2026-05-14', name: 'Ascension Day' },
      { date: '2026-05-25', name: 'Whit Monday' },
      { date: '2026-07-21', name: 'National Holiday' },
      { date: '2026-08-15', name: 'Assumption' },
      { date: '2026-11-01', name: "All Saints' Day" },
      { date: '2026-11-11', name: 'Armistice Day' },
      { date: '2026-12-25', name: 'Christmas Day' },
    ])
  })

  it('names holidays in Dutch by default, and in French or German on request', () => {
    expect(belgianPublicHolidays(2026).find((h) => h.date === '2026-11-11')?.name).toBe('Wapenstilstand')
    expect(belgianPublicHolidays(2026, 'fr').find((h) => h.date === '2026-11-11')?.name).toBe('Armistice')
    expect(belgianPublicHolidays(2026, 'de')).toHaveLength(10)
  })

  it.each(['2026-11-11', '2028-04-17', '2028-05-25', '2028-06-05', '2027-07-21'])(
    '%s is a public holiday',
    (date) => {
      expect(isBelgianPublicHoliday(date)).toBe(true)
    },
  )

  it.each([
    ['2026-12-26', 'Boxing Day is not a legal holiday in Belgium'],
    ['2026-11-02', "All Souls' Day is an observance only"],
    ['2026-11-15', "King's Feast is a federal civil-service day off, not a public holiday"],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-05', 'Easter Sunday is a Sunday, not a listed holiday'],
    ['2026-01-06', 'Epiphany'],
    ['2026-11-12', 'an ordinary Thursday'],
  ])('%s is not a public holiday (%s)', (date) => {
    expect(isBelgianPublicHoliday(date)).toBe(false)
  })

  it('keeps both holidays when Ascension falls on 1 May (2008)', () => {
    const mayDay = belgianPublicHolidays(2008, 'en').filter((h) => h.date === '2008-05-01')
    expect(mayDay.map((h) => h.name)).toEqual(['Labour Day', 'Ascension Day'])
  })

  it('rejects malformed dates and unsupported years', () => {
    expect(() => isBelgianPublicHoliday('2026-02-30')).toThrow(RangeError)
    expect(() => belgianPublicHolidays(99)).toThrow(RangeError)
    expect(() => belgianPublicHolidays(2026.5)).toThrow(RangeError)
  })
})

describe('properties', () => {
  const year = fc.integer({ min: 1950, max: 2200 })

  it('every year has exactly ten public holidays, all within that year', () => {
    fc.assert(
      fc.property(year, (y) => {
        const holidays = belgianPublicHolidays(y)
        expect(holidays).toHaveLength(10)
        for (const { date } of holidays) expect(date.startsWith(`${y}-`)).toBe(true)
      }),
      { numRuns: 50 },
    )
  })

  it('moveable feasts follow Easter: Monday +1, Ascension +39, Whit Monday +50 days', () => {
    fc.assert(
      fc.property(year, (y) => {
        const easter = easterSunday(y)
        const dates = belgianPublicHolidays(y).map((h) => h.date)
        const fixed = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'].map(
          (md) => `${y}-${md}`,
        )
        const moveable = [1, 39, 50].map((n) => addDays(easter, n))
        expect(new Set(dates)).toEqual(new Set([...fixed, ...moveable]))
        for (const date of [...fixed, ...moveable]) expect(isBelgianPublicHoliday(date)).toBe(true)
        expect(isBelgianPublicHoliday(easter)).toBe(false)
        expect(isBelgianPublicHoliday(`${y}-12-26`)).toBe(false)
      }),
      { numRuns: 50 },
    )
  })
})
