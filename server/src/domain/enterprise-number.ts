/**
 * Belgian enterprise number (ondernemingsnummer / numéro d'entreprise) of the Crossroads Bank for
 * Enterprises (KBO/BCE), Code of Economic Law, Book III. Ten digits, the first 0 or 1; the last two
 * are 97 − (first eight mod 97), so never 00. Written 0403.019.261; the VAT number is "BE" + the
 * ten digits. Pre-2005 nine-digit numbers are the same number without the leading 0.
 *
 * Accepted as Belgians write it: 0403.019.261, 0403 019 261, 403.019.261, BE0403019261, BE 403 019 261,
 * BE-0403.019.261, (0)403019261 and BE (0)403.019.261 - separators are spaces, dots, dashes and slashes.
 */
import type { ParseResult } from './result'

export interface EnterpriseNumber {
  /** The ten digits without punctuation. */
  readonly digits: string
}

export type EnterpriseNumberError = 'format' | 'checksum'
export type EnterpriseNumberResult = ParseResult<EnterpriseNumber, EnterpriseNumberError>

const SEPARATORS = /[\s.\-/]/g
const VAT_PREFIX = /^BE/i
/** "(0)403019261": the leading zero in brackets, as on many invoices. */
const BRACKETED_ZERO = /^\(0\)/
const ENTERPRISE_DIGITS = /^[01]\d{9}$/

export function enterpriseNumberCheck(firstEight: number): number {
  return 97 - (firstEight % 97)
}

export function parseEnterpriseNumber(input: string): EnterpriseNumberResult {
  const compact = input.replace(SEPARATORS, '').replace(VAT_PREFIX, '').replace(BRACKETED_ZERO, '0')
  const digits = /^\d{9}$/.test(compact) ? `0${compact}` : compact
  if (!ENTERPRISE_DIGITS.test(digits)) return { ok: false, reason: 'format' }
  if (enterpriseNumberCheck(Number(digits.slice(0, 8))) !== Number(digits.slice(8))) {
    return { ok: false, reason: 'checksum' }
  }
  return { ok: true, value: { digits } }
}

export function isValidEnterpriseNumber(input: string): boolean {
  return parseEnterpriseNumber(input).ok
}

function digitsOf(value: EnterpriseNumber | string): string | null {
  if (typeof value !== 'string') return value.digits
  const parsed = parseEnterpriseNumber(value)
  return parsed.ok ? parsed.value.digits : null
}

/** Official layout "0403.019.261"; null when a string input is not a valid number. */
export function formatEnterpriseNumber(value: EnterpriseNumber): string
export function formatEnterpriseNumber(value: EnterpriseNumber | string): string | null
export function formatEnterpriseNumber(value: EnterpriseNumber | string): string | null {
  const digits = digitsOf(value)
  return digits === null ? null : `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`
}

/** Belgian VAT identification number "BE0403019261"; null when a string input is not valid. */
export function toVatNumber(value: EnterpriseNumber): string
export function toVatNumber(value: EnterpriseNumber | string): string | null
export function toVatNumber(value: EnterpriseNumber | string): string | null {
  const digits = digitsOf(value)
  return digits === null ? null : `BE${digits}`
}
