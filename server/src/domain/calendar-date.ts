/**
 * Civil (calendar) dates as ISO 8601 'YYYY-MM-DD' strings, with pure integer arithmetic.
 * No time zone is involved: a civil date is a day on a wall calendar, not an instant.
 */
export type IsoDate = string

export interface CivilDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** 0 = Sunday … 6 = Saturday, as in Date#getUTCDay. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

export function parseIsoDate(input: string): CivilDate | null {
  const match = ISO_DATE.exec(input)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return isRealDate(year, month, day) ? { year, month, day } : null
}

export function isIsoDate(input: string): boolean {
  return parseIsoDate(input) !== null
}

export function toIsoDate({ year, month, day }: CivilDate): IsoDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0')
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

function requireIsoDate(input: IsoDate): CivilDate {
  const civil = parseIsoDate(input)
  if (!civil) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(input)}`)
  return civil
}

/** Days since 1970-01-01 (proleptic Gregorian calendar; algorithm by Howard Hinnant). */
export function toEpochDay(input: IsoDate): number {
  const { year, month, day } = requireIsoDate(input)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

export function fromEpochDay(epochDay: number): IsoDate {
  const z = epochDay + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return toIsoDate({ year, month, day })
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days)
}

/**
 * Same-numbered day `months` later; when that month is too short, its last day
 * (so 31 January + 1 month = 28 or 29 February).
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireIsoDate(date)
  const monthIndex = year * 12 + (month - 1) + months
  const targetYear = Math.floor(monthIndex / 12)
  const targetMonth = monthIndex - targetYear * 12 + 1
  return toIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  })
}

export function dayOfWeek(date: IsoDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as DayOfWeek
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date)
  return weekday === 0 || weekday === 6
}
