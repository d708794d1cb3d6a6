/**
 * Working days under Regulation (EEC, Euratom) No 1182/71, Art. 2(2): every day other than a
 * Saturday, a Sunday or a public holiday — here the Belgian legal public holidays, those of the
 * Member State where the controller must act (Art. 2(1)).
 */
import { isBelgianPublicHoliday } from './belgian-holidays'
import { addDays, type IsoDate, isWeekend, toEpochDay } from './calendar-date'

/** 'BE' = Belgian public holidays; 'none' = only Saturdays and Sundays are non-working days. */
export type HolidayCalendar = 'BE' | 'none'

export interface WorkingDayOptions {
  readonly holidays?: HolidayCalendar
}

export function isWorkingDay(date: IsoDate, { holidays = 'BE' }: WorkingDayOptions = {}): boolean {
  if (isWeekend(date)) return false
  return holidays === 'none' || !isBelgianPublicHoliday(date)
}

/** `date` itself when it is a working day, otherwise the first working day after it. */
export function onOrNextWorkingDay(date: IsoDate, options: WorkingDayOptions = {}): IsoDate {
  let day = date
  while (!isWorkingDay(day, options)) day = addDays(day, 1)
  return day
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, options: WorkingDayOptions = {}): IsoDate {
  return onOrNextWorkingDay(addDays(date, 1), options)
}

/** Number of working days d with from < d ≤ to (0 when to ≤ from). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, options: WorkingDayOptions = {}): number {
  const span = toEpochDay(to) - toEpochDay(from)
  let count = 0
  for (let offset = 1; offset <= span; offset++) {
    if (isWorkingDay(addDays(from, offset), options)) count++
  }
  return count
}
