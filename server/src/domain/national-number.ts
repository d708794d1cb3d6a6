/**
 * Belgian national register number (rijksregisternummer / numéro de registre national, Law of
 * 8 August 1983) and BIS number (Crossroads Bank for Social Security register).
 *
 * Layout YYMMDD CCC KK: the birth date as far as it was known, a serial counter (odd for men, even
 * for women, 001–998) and a modulo-97 check number computed on the first nine digits, or on "2"
 * followed by them for people born from 2000 on. BIS numbers add 20 to the month when the sex is
 * unknown at registration and 40 when it is known.
 *
 * The date digits are not always a calendar date (National Register, IT000 instructions):
 * - month 00: only the year is known - the month and day were unknown, or the counters of the day
 *   ran out (then the day digits may count on: 00, 01, 02...);
 * - day 00, or a day past the end of the month: year and month are known, the day is not;
 * - YY0001 with the 1900 or 2000 check (the fictitious dates 1900-00-01 and 2000-00-01): nothing of
 *   the birth date is known, not even the year.
 * Such numbers are valid; the unknown parts of the birth date are null, never guessed. A month
 * above 12 once the BIS offset is removed is invalid.
 */
import { birthDatePrecision, formatPartialBirthDate, type PartialBirthDate } from './birth-date'
import { isRealDate } from './calendar-date'
import type { ParseResult } from './result'

export type NationalNumberKind = 'national' | 'bis'
export type RegisteredSex = 'male' | 'female'

export interface NationalNumber {
  /** The 11 digits without punctuation. */
  readonly digits: string
  /** ISO birth date when the number gives year, month and day; null otherwise (see `birth`). */
  readonly birthDate: string | null
  /** What the number tells of the birth date (year, month, day; unknown parts null); null when nothing. */
  readonly birth: PartialBirthDate | null
  readonly century: 1900 | 2000
  readonly sex: RegisteredSex | null
  readonly kind: NationalNumberKind
}

export type NationalNumberError = 'format' | 'checksum' | 'date'
export type NationalNumberResult = ParseResult<NationalNumber, NationalNumberError>

const SEPARATORS = /[\s.\-/]/g
const ELEVEN_DIGITS = /^\d{11}$/
const MASK = '•'

/** Offset added to the month of a BIS number: 20 = sex unknown, 40 = sex known. */
const BIS_SEX_UNKNOWN = 20
const BIS_SEX_KNOWN = 40

/**
 * 97 − (n mod 97), in 1…97. For 2000+ births n is prefixed with "2", i.e. 2 000 000 000 + n.
 * Both variants can never agree: 2 000 000 000 mod 97 = 68 ≠ 0, so the century is unambiguous.
 */
export function nationalNumberCheck(firstNine: number, century: 1900 | 2000): number {
  const base = century === 2000 ? 2_000_000_000 + firstNine : firstNine
  return 97 - (base % 97)
}

function stripSeparators(input: string): string {
  return input.replace(SEPARATORS, '')
}

export function parseNationalNumber(input: string): NationalNumberResult {
  const digits = stripSeparators(input)
  if (!ELEVEN_DIGITS.test(digits)) return { ok: false, reason: 'format' }
  const counter = Number(digits.slice(6, 9))
  if (counter < 1 || counter > 998) return { ok: false, reason: 'format' }

  const firstNine = Number(digits.slice(0, 9))
  const check = Number(digits.slice(9))
  const century =
    nationalNumberCheck(firstNine, 1900) === check
      ? 1900
      : nationalNumberCheck(firstNine, 2000) === check
        ? 2000
        : null
  if (century === null) return { ok: false, reason: 'checksum' }

  const rawMonth = Number(digits.slice(2, 4))
  const offset = rawMonth >= BIS_SEX_KNOWN ? BIS_SEX_KNOWN : rawMonth >= BIS_SEX_UNKNOWN ? BIS_SEX_UNKNOWN : 0
  const month = rawMonth - offset
  if (month > 12) return { ok: false, reason: 'date' }
  const yy = Number(digits.slice(0, 2))
  const birth = birthFrom(century + yy, month, Number(digits.slice(4, 6)))

  const birthDate = birthDatePrecision(birth) === 'day' ? formatPartialBirthDate(birth) : null
  const sex = offset === BIS_SEX_UNKNOWN ? null : counter % 2 === 1 ? 'male' : 'female'
  return {
    ok: true,
    value: { digits, birthDate, birth, century, sex, kind: offset === 0 ? 'national' : 'bis' },
  }
}

/** The birth date the digits tell (month already without the BIS offset, 0-12). */
function birthFrom(year: number, month: number, day: number): PartialBirthDate | null {
  // The fictitious dates 1900-00-01 and 2000-00-01: nothing of the birth date was known.
  if (year % 100 === 0 && month === 0 && day === 1) return null
  // Month 00: the month was unknown, or the counters of the day ran out (the day digits then count on).
  if (month === 0) return { year, month: null, day: null }
  // Day 00 or past the end of the month: the day was unknown or its counters ran out.
  if (!isRealDate(year, month, day)) return { year, month, day: null }
  return { year, month, day }
}

export function isValidNationalNumber(input: string): boolean {
  return parseNationalNumber(input).ok
}

function digitsOf(value: NationalNumber | string): string | null {
  if (typeof value !== 'string') return value.digits
  const parsed = parseNationalNumber(value)
  return parsed.ok ? parsed.value.digits : null
}

function layout(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`
}

/** Official print layout "YY.MM.DD-CCC.KK"; null when a string input is not a valid number. */
export function formatNationalNumber(value: NationalNumber): string
export function formatNationalNumber(value: NationalNumber | string): string | null
export function formatNationalNumber(value: NationalNumber | string): string | null {
  const digits = digitsOf(value)
  return digits === null ? null : layout(digits)
}

/**
 * Masks everything but the two check digits ("••.••.••-•••.28"), which carry no personal data.
 * Input that is not a valid number is masked entirely, so nothing leaks from typos either.
 */
export function maskNationalNumber(value: NationalNumber | string): string {
  const digits = digitsOf(value)
  const visible = digits === null ? MASK.repeat(2) : digits.slice(9)
  return layout(MASK.repeat(9) + visible)
}

export interface NationalNumberOptions {
  readonly kind?: NationalNumberKind
  /** For BIS numbers only: whether the sex was known at registration (month + 40) or not (+ 20). */
  readonly sexKnown?: boolean
}

/**
 * Builds the valid number for the date digits as the register writes them ("YYYY-MM-DD", year 1900–2099,
 * month 00–12, day 00–99: "1985-07-30", "1985-07-00" or "1985-07-35" when the day is not known, "1985-00-00"
 * when only the year is, "1900-00-01" when nothing is) and a counter (1–998), computing the check digits.
 * Throws RangeError otherwise.
 */
export function nationalNumberFor(
  birthDate: string,
  counter: number,
  { kind = 'national', sexKnown = true }: NationalNumberOptions = {},
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate)
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0]
  if (!match || year < 1900 || year > 2099 || month > 12) {
    throw new RangeError(`Unsupported birth date: ${JSON.stringify(birthDate)}`)
  }
  if (!Number.isInteger(counter) || counter < 1 || counter > 998) {
    throw new RangeError(`Counter must be an integer in 1…998: ${counter}`)
  }
  const offset = kind === 'national' ? 0 : sexKnown ? BIS_SEX_KNOWN : BIS_SEX_UNKNOWN
  const pad = (value: number, width: number) => String(value).padStart(width, '0')
  const firstNine = `${pad(year % 100, 2)}${pad(month + offset, 2)}${pad(day, 2)}${pad(counter, 3)}`
  const century = year >= 2000 ? 2000 : 1900
  return firstNine + pad(nationalNumberCheck(Number(firstNine), century), 2)
}
