import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toBrusselsDate } from '../../domain/brussels-time'
import { scheduledSnapshotDay } from './snapshots'

describe('the Brussels day a daily snapshot is filed under', () => {
  it('is the day of the 21:30 UTC slot, also for a retry after Brussels midnight', () => {
    // Winter: the slot is 22:30 in Brussels; a retry at 00:20 on the next Brussels day.
    expect(scheduledSnapshotDay(new Date('2026-12-07T21:30:00Z'))).toBe('2026-12-07')
    expect(scheduledSnapshotDay(new Date('2026-12-07T23:20:00Z'))).toBe('2026-12-07')
    // Summer: the slot is 23:30 in Brussels; a retry at 00:10.
    expect(scheduledSnapshotDay(new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-01')
    expect(scheduledSnapshotDay(new Date('2026-07-01T22:10:00Z'))).toBe('2026-07-01')
    // Started late, the next morning: still the slot of the evening before.
    expect(scheduledSnapshotDay(new Date('2026-07-02T08:00:00Z'))).toBe('2026-07-01')
    // New Year's Eve, retried in the new year.
    expect(scheduledSnapshotDay(new Date('2026-12-31T23:59:00Z'))).toBe('2026-12-31')
  })

  it('is the Brussels day of the latest slot at or before the run, never a later day', () => {
    const range = {
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    }
    fc.assert(
      fc.property(fc.date(range), (now) => {
        const day = scheduledSnapshotDay(now)
        expect(day <= toBrusselsDate(now)).toBe(true)
        // A run in the 24 hours after a slot files under that slot's day.
        const slot = new Date(`${day}T21:30:00Z`)
        expect(slot.getTime()).toBeLessThanOrEqual(now.getTime())
        expect(now.getTime() - slot.getTime()).toBeLessThan(86_400_000)
      }),
    )
  })
})
