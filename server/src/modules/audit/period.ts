import { endOfBrusselsDay } from '../../domain/brussels-time'
import { addDays, type IsoDate } from '../../domain/calendar-date'

/**
 * The instants of a period of days as the user sees them: from Brussels midnight of `from` (inclusive) to the end of
 * the Brussels day `to` (exclusive bound just after it). A day is not a UTC day: 00:30 in Brussels is the evening
 * before in UTC.
 */
export function brusselsDays(from?: IsoDate, to?: IsoDate): { from?: Date; to?: Date } {
  return {
    ...(from ? { from: new Date(endOfBrusselsDay(addDays(from, -1)).getTime() + 1) } : {}),
    ...(to ? { to: new Date(endOfBrusselsDay(to).getTime() + 1) } : {}),
  }
}
