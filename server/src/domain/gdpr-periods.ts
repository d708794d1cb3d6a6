/**
 * GDPR time limits computed per Regulation (EEC, Euratom) No 1182/71 determining the rules
 * applicable to periods, dates and time limits, which governs periods set in EU regulations.
 *
 * - Art. 3(1): the day (or hour) during which the triggering event occurs does not count.
 * - Art. 3(2)(c): a period in months ends with the expiry of the day in the last month bearing the
 *   same date as the day of the event; when that month has no such date, its last day.
 * - Art. 3(3): Saturdays, Sundays and public holidays count within the period.
 * - Art. 3(4): if the last day of a period not expressed in hours is a Saturday, Sunday or public
 *   holiday, the period ends with the expiry of the last hour of the following working day.
 *   (Art. 3(5)'s "at least two working days" always holds for periods of a month or more.)
 */

import { toBrusselsDate } from './brussels-time'
import { addMonthsClamped, type IsoDate, isIsoDate } from './calendar-date'
import { onOrNextWorkingDay, type WorkingDayOptions } from './working-days'

const HOUR = 3_600_000

/**
 * Last day (inclusive; it ends at 23:59:59 Brussels time) of a period of `months` months running
 * from the event that occurred on `startDate`.
 */
export function addMonthsPeriod(
  startDate: IsoDate,
  months: number,
  options: WorkingDayOptions = {},
): IsoDate {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`A period in months needs a whole number of at least 1: ${months}`)
  }
  return onOrNextWorkingDay(addMonthsClamped(startDate, months), options)
}

export interface DsrDeadline {
  /** Brussels calendar date of receipt: the day of the event, which does not count. */
  readonly receivedOn: IsoDate
  /** Art. 12(3) GDPR: one month of receipt. */
  readonly dueDate: IsoDate
  /** Art. 12(3) GDPR: extended by two further months where necessary (data subject informed in time). */
  readonly extendedDueDate: IsoDate
}

const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** An instant, an ISO date-time with offset, or the Brussels calendar date of receipt. */
function receiptDate(receivedAt: Date | string): IsoDate {
  if (receivedAt instanceof Date) return toBrusselsDate(receivedAt)
  if (isIsoDate(receivedAt)) return receivedAt
  const instant = ZONED_DATE_TIME.test(receivedAt) ? new Date(receivedAt) : new Date(Number.NaN)
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(
      `Expected a date (YYYY-MM-DD) or a date-time with offset: ${JSON.stringify(receivedAt)}`,
    )
  }
  return toBrusselsDate(instant)
}

/**
 * Deadlines to answer a data subject request (Art. 12(3) GDPR).
 *
 * The extension is computed as one period of three months from receipt, not as two months added
 * to the (possibly rolled) one-month due date. Art. 12(3) extends "that period", the one running
 * from receipt; Art. 3(4) of Reg. 1182/71 only moves where a period ends, it does not move the day
 * from which it runs. Chaining would double-count the roll and the end-of-month clamp: received on
 * Saturday 31 January 2026, the one-month limit (28 February, a Saturday) rolls to 2 March, and
 * 2 March + 2 months would give 4 May, whereas three months from receipt end on 30 April.
 */
export function dsrDeadline(receivedAt: Date | string): DsrDeadline {
  const receivedOn = receiptDate(receivedAt)
  return {
    receivedOn,
    dueDate: addMonthsPeriod(receivedOn, 1),
    extendedDueDate: addMonthsPeriod(receivedOn, 3),
  }
}

/**
 * Instant at which the 72 hours of Art. 33(1) GDPR expire: notify the supervisory authority before it.
 * Per Reg. 1182/71 Art. 3(1) the hour during which the controller became aware does not count, so
 * the period starts at the beginning of the next full hour (Art. 3(2)(a)) and runs 72 elapsed
 * hours. Art. 3(4) (roll to a working day) does not apply to periods expressed in hours.
 * Belgian offsets are whole hours, so UTC and Brussels hours share boundaries.
 */
export function breachNotificationDeadline(awareAt: Date): Date {
  const time = awareAt.getTime()
  if (Number.isNaN(time)) throw new RangeError('Invalid Date')
  const startOfNextHour = Math.floor(time / HOUR) * HOUR + HOUR
  return new Date(startOfNextHour + 72 * HOUR)
}
