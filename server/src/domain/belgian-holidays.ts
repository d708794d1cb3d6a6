/**
 * Belgian legal public holidays (Law of 4 January 1974 on public holidays and Royal Decree of
 * 18 April 1974): New Year's Day, Easter Monday, 1 May, Ascension Day, Whit Monday, 21 July,
 * 15 August, 1 November, 11 November and 25 December. Days that date-holidays lists as mere
 * observances (26 December, 2 November, 15 November, Good Friday…) are working days here, and so
 * are the replacement days employers grant when a holiday falls on a Sunday (they vary by employer).
 */
import { createRequire } from 'node:module'
import type Holidays from 'date-holidays'
import { type IsoDate, parseIsoDate } from './calendar-date'

export type BelgianLanguage = 'nl' | 'fr' | 'de' | 'en'

export interface PublicHoliday {
  readonly date: IsoDate
  readonly name: string
}

let calendar: Holidays | undefined
const datesByYear = new Map<number, ReadonlySet<IsoDate>>()

/**
 * date-holidays (every country's rules, moment-timezone and its zone data, astronomical tables) is loaded with the
 * first date asked for, not when the server or a command starts; it takes a few hundred ms of CPU to load.
 */
function belgianCalendar(): Holidays {
  calendar ??= new (createRequire(import.meta.url)('date-holidays') as typeof Holidays)('BE')
  return calendar
}

/** The ten legal public holidays of `year`, in date order, named in the given national language. */
export function belgianPublicHolidays(
  year: number,
  language: BelgianLanguage = 'nl',
): readonly PublicHoliday[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Year out of range 1000–9999: ${year}`)
  }
  return belgianCalendar()
    .getHolidays(year, language)
    .filter((holiday) => holiday.type === 'public' && holiday.date.startsWith(`${year}-`))
    .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }))
}

export function isBelgianPublicHoliday(date: IsoDate): boolean {
  const civil = parseIsoDate(date)
  if (!civil) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`)
  let dates = datesByYear.get(civil.year)
  if (!dates) {
    dates = new Set(belgianPublicHolidays(civil.year).map((holiday) => holiday.date))
    datesByYear.set(civil.year, dates)
  }
  return dates.has(date)
}
