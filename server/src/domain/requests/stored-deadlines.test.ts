import { describe, expect, it } from 'vitest'
import { brussels, receivedRequest } from '../../../test/fixtures/accountant-register'
import { addDays, type IsoDate } from '../calendar-date'
import { requestTimeline, storedDeadlines, type TimelineState } from './deadlines'

/** The state as the list computes it in SQL from the stored columns. */
function stateFrom(stored: ReturnType<typeof storedDeadlines>, today: IsoDate): TimelineState {
  if (stored.settledState !== null) return stored.settledState
  if (stored.currentDueDate === null || stored.atRiskFrom === null)
    throw new Error('running without a due date')
  if (today > stored.currentDueDate) return 'overdue'
  return today >= stored.atRiskFrom ? 'at_risk' : 'on_time'
}

describe('storedDeadlines: the day-independent part of the timeline', () => {
  it('gives the timeline state on every day of a year of receipts, for several at-risk windows', () => {
    for (const atRiskWorkingDays of [1, 5, 20]) {
      for (let offset = 0; offset < 366; offset += 19) {
        const receivedOn = addDays('2026-01-01', offset)
        const request = receivedRequest({ receivedAt: brussels(`${receivedOn}T10:00`) })
        const options = { atRiskWorkingDays }
        const stored = storedDeadlines(request, requestTimeline(request, new Date(), options), options)
        for (let day = 0; day < 45; day++) {
          const now = brussels(`${addDays(receivedOn, day)}T12:00`)
          const timeline = requestTimeline(request, now, options)
          expect(stateFrom(stored, timeline.today)).toBe(timeline.state)
          expect(stored.currentDueDate).toBe(timeline.currentDueDate)
        }
      }
    }
  })
})
