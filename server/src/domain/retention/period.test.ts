import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  calendarWindow,
  consentRenewalEnd,
  cutoffDay,
  daysAfter,
  isDue,
  lastDayKept,
  machineRule,
} from './period'

const dayArb = fc
  .date({ min: new Date('1990-01-01T12:00:00Z'), max: new Date('2060-12-31T12:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const durationArb = fc.record({
  years: fc.integer({ min: 0, max: 30 }),
  months: fc.integer({ min: 0, max: 24 }),
  days: fc.integer({ min: 0, max: 400 }),
})

describe('retention periods', () => {
  it('counts calendar periods the way the statutes say', () => {
    expect(lastDayKept('2018-03-15', { years: 7, months: 0, days: 0 })).toBe('2025-03-15')
    // Month clamping: 31 January plus a month is the last day of February.
    expect(lastDayKept('2023-01-31', { years: 0, months: 1, days: 0 })).toBe('2023-02-28')
    expect(isDue('2018-03-15', '2025-03-15', { years: 7, months: 0, days: 0 })).toBe(false)
    expect(isDue('2018-03-15', '2025-03-16', { years: 7, months: 0, days: 0 })).toBe(true)
    expect(isDue('2018-03-15', '2025-03-16', { years: 7, months: 0, days: 0 }, '2025-12-31')).toBe(false)
  })

  it('due rows are exactly those that start before the cutoff (one set-based condition)', () => {
    fc.assert(
      fc.property(dayArb, dayArb, durationArb, (start, today, duration) => {
        expect(isDue(start, today, duration)).toBe(start < cutoffDay(today, duration))
      }),
      { numRuns: 500 },
    )
  })

  it('a row is never due before its period ends, and always due the day after', () => {
    fc.assert(
      fc.property(dayArb, durationArb, (start, duration) => {
        const last = lastDayKept(start, duration)
        expect(last >= start).toBe(true)
        expect(isDue(start, last, duration)).toBe(false)
        expect(isDue(start, daysAfter(last, 1), duration)).toBe(true)
      }),
    )
  })

  it('the calendar window holds exactly the rows that fall due within the horizon', () => {
    fc.assert(
      fc.property(
        dayArb,
        dayArb,
        durationArb,
        fc.integer({ min: 1, max: 400 }),
        (start, today, duration, horizon) => {
          const rule = machineRule({ key: 'r', duration, action: 'delete' })
          const window = calendarWindow(rule, today, horizon)
          const inWindow = window !== null && start >= window.from && start < window.to
          const dueLater = !isDue(start, today, duration) && isDue(start, daysAfter(today, horizon), duration)
          expect(inWindow).toBe(dueLater)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('the calendar window is exact at its edges: due tomorrow is in, due the day after the horizon is out', () => {
    fc.assert(
      fc.property(
        dayArb,
        durationArb,
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        fc.integer({ min: -3, max: 3 }),
        (today, duration, horizon, atEnd, offset) => {
          // A start whose last day kept is a few days around today or around the horizon's last day.
          const edge = atEnd ? daysAfter(today, horizon) : today
          const start = daysAfter(cutoffDay(edge, duration), offset)
          const rule = machineRule({ key: 'r', duration, action: 'delete' })
          const window = calendarWindow(rule, today, horizon)
          const inWindow = window !== null && start >= window.from && start < window.to
          const dueLater = !isDue(start, today, duration) && isDue(start, daysAfter(today, horizon), duration)
          expect(inWindow).toBe(dueLater)
        },
      ),
      { numRuns: 300 },
    )
    // 3 years from the last contact, seen on 2029-10-03: a start of 2026-10-03 is kept until 2029-10-03 and due on
    // 2029-10-04, the first of the next 30 days; 2026-11-01 is due on 2029-11-02, the 30th; 2026-11-02 the day after.
    const rule = machineRule({ key: 'r', duration: { years: 3, months: 0, days: 0 }, action: 'delete' })
    expect(calendarWindow(rule, '2029-10-03', 30)).toEqual({ from: '2026-10-03', to: '2026-11-02' })
  })

  it('takes the register period and the organisation settings', () => {
    expect(
      machineRule({ key: 'acc', duration: { years: 7, months: 0, days: 0 }, action: 'anonymise_or_delete' }),
    ).toEqual({
      key: 'acc',
      duration: { years: 7, months: 0, days: 0 },
      start: { kind: 'date_field' },
      action: 'mask',
      renewedUntil: null,
      consentPurpose: null,
    })
    expect(machineRule({ key: 'x', action: 'archive' }).action).toBeNull()
    expect(
      machineRule(
        { key: 'x', duration: { years: 1, months: 0, days: 0 }, action: 'delete' },
        {
          startKind: 'fixed_date',
          fixedDate: '2024-01-01',
          subjectEvent: null,
          endAction: 'anonymise',
          renewedUntil: '2030-01-01',
        },
      ),
    ).toMatchObject({ start: { kind: 'fixed_date', date: '2024-01-01' }, action: 'anonymise' })
  })

  it('a consent renews the period from the day it was given, never past its own expiry', () => {
    const threeYears = { years: 3, months: 0, days: 0 }
    expect(
      consentRenewalEnd({ occurredAt: new Date('2026-05-10T09:00:00Z'), expiresAt: null }, threeYears),
    ).toBe('2029-05-10')
    expect(
      consentRenewalEnd(
        { occurredAt: new Date('2026-05-10T09:00:00Z'), expiresAt: new Date('2027-01-01T00:00:00Z') },
        threeYears,
      ),
    ).toBe('2026-12-31')
    fc.assert(
      fc.property(
        dayArb,
        durationArb,
        fc.option(fc.integer({ min: 1, max: 20_000 * 86_400 }), { nil: null }),
        (given, duration, expiresAfter) => {
          const occurredAt = new Date(`${given}T10:00:00Z`)
          const expiresAt =
            expiresAfter === null ? null : new Date(occurredAt.getTime() + expiresAfter * 1000)
          const end = consentRenewalEnd({ occurredAt, expiresAt }, duration)
          // The period counted from the consent bounds it; on its last day the consent is still valid.
          expect(end <= lastDayKept(given, duration)).toBe(true)
          if (expiresAt) expect(new Date(`${end}T00:00:00Z`).getTime() < expiresAt.getTime()).toBe(true)
          else expect(end).toBe(lastDayKept(given, duration))
        },
      ),
      { numRuns: 300 },
    )
  })
})
