import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isBelgianPublicHoliday } from './belgian-holidays'
import { addDays, isWeekend, toEpochDay } from './calendar-date'
import { isWorkingDay, nextWorkingDay, onOrNextWorkingDay, workingDaysBetween } from './working-days'

describe('working days — Reg. 1182/71 Art. 2(2): not a Saturday, Sunday or public holiday', () => {
  it.each([
    ['2026-11-13', true, 'Friday'],
    ['2026-11-14', false, 'Saturday'],
    ['2026-11-15', false, 'Sunday'],
    ['2026-11-11', false, 'Armistice (Wednesday)'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2028-12-26', true, 'Tuesday 26 December: not a Belgian public holiday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  it("with holidays: 'none' only weekends are non-working days", () => {
    expect(isWorkingDay('2026-11-11', { holidays: 'none' })).toBe(true)
    expect(isWorkingDay('2026-11-14', { holidays: 'none' })).toBe(false)
  })

  it('next working day skips weekends and holidays', () => {
    expect(nextWorkingDay('2026-11-10')).toBe('2026-11-12')
    expect(nextWorkingDay('2026-11-13')).toBe('2026-11-16')
    expect(nextWorkingDay('2026-04-03')).toBe('2026-04-07')
    expect(nextWorkingDay('2026-11-12')).toBe('2026-11-13')
    expect(onOrNextWorkingDay('2026-11-12')).toBe('2026-11-12')
    expect(onOrNextWorkingDay('2026-12-31')).toBe('2026-12-31')
    expect(onOrNextWorkingDay('2027-01-01')).toBe('2027-01-04')
  })

  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween('2026-11-09', '2026-11-16')).toBe(4)
    expect(workingDaysBetween('2026-11-09', '2026-11-16', { holidays: 'none' })).toBe(5)
    expect(workingDaysBetween('2026-11-16', '2026-11-09')).toBe(0)
    expect(workingDaysBetween('2026-11-16', '2026-11-16')).toBe(0)
  })
})

describe('properties', () => {
  const date = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10))

  it('a working day is exactly a weekday that is not a Belgian public holiday', () => {
    fc.assert(
      fc.property(date, (day) => {
        expect(isWorkingDay(day)).toBe(!isWeekend(day) && !isBelgianPublicHoliday(day))
      }),
    )
  })

  it('nextWorkingDay is the first working day after the date, at most 4 days later', () => {
    fc.assert(
      fc.property(date, (day) => {
        const next = nextWorkingDay(day)
        const gap = toEpochDay(next) - toEpochDay(day)
        expect(isWorkingDay(next)).toBe(true)
        expect(gap).toBeGreaterThanOrEqual(1)
        expect(gap).toBeLessThanOrEqual(4)
        for (let n = 1; n < gap; n++) expect(isWorkingDay(addDays(day, n))).toBe(false)
        expect(workingDaysBetween(day, next)).toBe(1)
      }),
    )
  })

  it('workingDaysBetween is additive over consecutive spans', () => {
    fc.assert(
      fc.property(date, fc.nat(40), fc.nat(40), (from, a, b) => {
        const middle = addDays(from, a)
        const to = addDays(middle, b)
        expect(workingDaysBetween(from, to)).toBe(
          workingDaysBetween(from, middle) + workingDaysBetween(middle, to),
        )
      }),
    )
  })
})
