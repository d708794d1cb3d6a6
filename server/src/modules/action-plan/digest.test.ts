import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dayOfWeek, fromEpochDay } from '../../domain/calendar-date'
import { digestState, isoWeekOf } from './digest'

const dates = fc.integer({ min: 0, max: 60_000 }).map(fromEpochDay) // 1970 .. 2134

describe('the digest week (ISO 8601)', () => {
  it('knows the weeks around New Year', () => {
    expect(isoWeekOf('2026-12-07')).toBe('2026-W50')
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01')
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53')
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01')
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01')
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53')
  })

  it('gives the seven days from a Monday one week, and the next Monday the next one', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const monday = addDays(date, -((dayOfWeek(date) + 6) % 7))
        const week = isoWeekOf(monday)
        for (let i = 1; i < 7; i++) expect(isoWeekOf(addDays(monday, i))).toBe(week)
        const next = isoWeekOf(addDays(monday, 7))
        expect(next).not.toBe(week)
        expect(next > week).toBe(true)
        expect(week).toMatch(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/)
        // Week 1 holds the year's first Thursday: the Thursday of a week lies in the week's year.
        expect(addDays(monday, 3).slice(0, 4)).toBe(week.slice(0, 4))
      }),
    )
  })

  it('sorts a due date into overdue, due within 7 days or open', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -30, max: 30 }), (today, offset) => {
        const state = digestState(addDays(today, offset), today)
        expect(state).toBe(offset < 0 ? 'overdue' : offset <= 7 ? 'due_soon' : 'open')
      }),
    )
    expect(digestState(null, '2026-12-07')).toBe('open')
  })
})
