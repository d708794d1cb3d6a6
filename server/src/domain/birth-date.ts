/**
 * A birth date as far as it is known. Belgian national register and BIS numbers do not always carry a full date:
 * the day or the month may be unknown (or no longer encoded because the day's counter ran out), and the fictitious
 * dates 1900-00-01 and 2000-00-01 say that nothing of the birth date is known. The unknown parts are null, never
 * guessed, and an age check on such a date answers "unknown" unless every date it allows gives the same answer.
 */
import { daysInMonth, type IsoDate, parseIsoDate, toIsoDate } from './calendar-date'

export interface PartialBirthDate {
  readonly year: number
  /** 1-12, or null when only the year is known. */
  readonly month: number | null
  /** Day of the month, or null when it is not known. Never set without the month. */
  readonly day: number | null
}

/** How much of a birth date is known: 'none' when nothing is. */
export type BirthDatePrecision = 'day' | 'month' | 'year' | 'none'

/** Belgian age of majority (Civil Code, art. 388). */
export const MAJORITY_AGE = 18

export function birthDatePrecision(birth: PartialBirthDate | null): BirthDatePrecision {
  if (birth === null) return 'none'
  if (birth.month === null) return 'year'
  return birth.day === null ? 'month' : 'day'
}

/** ISO 8601 with reduced precision: "1985-07-30", "1985-07" or "1985"; null when nothing is known. */
export function formatPartialBirthDate(birth: PartialBirthDate | null): string | null {
  if (birth === null) return null
  const year = String(birth.year).padStart(4, '0')
  if (birth.month === null) return year
  const month = String(birth.month).padStart(2, '0')
  if (birth.day === null) return `${year}-${month}`
  return `${year}-${month}-${String(birth.day).padStart(2, '0')}`
}

/** The earliest and the latest day the person can have been born on. */
function birthRange(birth: PartialBirthDate): [IsoDate, IsoDate] {
  const { year, month, day } = birth
  if (month === null) return [toIsoDate({ year, month: 1, day: 1 }), toIsoDate({ year, month: 12, day: 31 })]
  if (day === null) {
    return [toIsoDate({ year, month, day: 1 }), toIsoDate({ year, month, day: daysInMonth(year, month) })]
  }
  const exact = toIsoDate({ year, month, day })
  return [exact, exact]
}

/**
 * The day someone born on `born` has completed `years` years. Born on 29 February: 1 March in a common year
 * (the 28th would count a day short).
 */
export function anniversary(born: IsoDate, years: number): IsoDate {
  const date = parseIsoDate(born)
  if (!date) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(born)}`)
  const year = date.year + years
  if (date.day <= daysInMonth(year, date.month)) return toIsoDate({ year, month: date.month, day: date.day })
  return toIsoDate({ year, month: date.month + 1, day: 1 })
}

export type AgeCheck = 'below' | 'reached' | 'unknown'

/**
 * Whether a person had reached `years` years of age on `on`: 'unknown' when the known part of the birth date allows
 * both answers (born "in 2008" is 18 on some days of 2026 and not on others), when nothing of it is known, or when
 * the birth date lies after `on`.
 */
export function ageCheckOn(birth: PartialBirthDate | null, on: IsoDate, years: number): AgeCheck {
  if (birth === null) return 'unknown'
  const [earliest, latest] = birthRange(birth)
  // A birth date after the day asked about (a number "born in 2031" read in 2026) cannot be right: no answer.
  if (earliest > on) return 'unknown'
  if (anniversary(latest, years) <= on) return 'reached'
  if (anniversary(earliest, years) > on) return 'below'
  return 'unknown'
}

export type MinorStatus = 'minor' | 'adult' | 'unknown'

/** Minor (under 18) or adult on the given day; 'unknown' when the known part of the birth date cannot tell. */
export function minorStatusOn(birth: PartialBirthDate | null, on: IsoDate): MinorStatus {
  const check = ageCheckOn(birth, on, MAJORITY_AGE)
  return check === 'reached' ? 'adult' : check === 'below' ? 'minor' : 'unknown'
}
