import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { dayOfValue } from './value-day'

const zone = process.env.TZ

/** Review m1: the calendar counts a held row on the day its date field holds, whatever the process's time zone. */
describe('dayOfValue', () => {
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
  })

  it('reads a DATE as the driver built it (local midnight) on its own day, in Brussels too', () => {
    process.env.TZ = 'Europe/Brussels'
    // What mysql2 and node-postgres give for DATE '2025-03-01' in a process running in Brussels.
    expect(dayOfValue(new Date(2025, 2, 1))).toBe('2025-03-01')
    expect(dayOfValue(new Date(2025, 6, 1))).toBe('2025-07-01')
    expect(dayOfValue('2025-03-01')).toBe('2025-03-01')
    expect(dayOfValue(null)).toBeNull()
    expect(dayOfValue(new Date(Number.NaN))).toBeNull()
  })

  it('gives back the day of any wall-clock time in any zone (property)', () => {
    for (const tz of ['Europe/Brussels', 'UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = tz
      fc.assert(
        fc.property(
          fc.date({
            min: new Date('1990-01-01T00:00:00Z'),
            max: new Date('2060-12-31T00:00:00Z'),
            noInvalidDate: true,
          }),
          fc.integer({ min: 0, max: 23 }),
          (instant, hour) => {
            const day = instant.toISOString().slice(0, 10)
            const [y, m, d] = day.split('-').map(Number) as [number, number, number]
            expect(dayOfValue(new Date(y, m - 1, d, hour, 30))).toBe(day)
          },
        ),
      )
    }
  })
})
