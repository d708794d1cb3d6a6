/**
 * IBAN (ISO 13616) helpers over ibantools: validation covers the ISO 7064 MOD 97-10 check digits,
 * the country-specific length and BBAN structure (for Belgium also the national mod-97 check).
 */
import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools'

const MASK = '•'

function compact(input: string): string {
  return input.replace(/[\s.\-/]/g, '').toUpperCase()
}

/** Electronic format ("BE68539007547034"), or null when the input is not a valid IBAN. */
export function normaliseIban(input: string): string | null {
  const electronic = electronicFormatIBAN(compact(input))
  return electronic !== null && isValidIBAN(electronic) ? electronic : null
}

export function isValidIban(input: string): boolean {
  return normaliseIban(input) !== null
}

/** Print format in groups of four ("BE68 5390 0754 7034"), or null when the input is not valid. */
export function formatIban(input: string): string | null {
  const electronic = normaliseIban(input)
  return electronic === null ? null : friendlyFormatIBAN(electronic)
}

/**
 * Print format with only the country code, check digits and last four characters visible
 * ("BE68 •••• •••• 7034"). Input that is not a valid IBAN is masked entirely.
 */
export function maskIban(input: string): string {
  const electronic = normaliseIban(input)
  if (electronic === null) return MASK.repeat(4)
  const masked = electronic.slice(0, 4) + MASK.repeat(electronic.length - 8) + electronic.slice(-4)
  return masked.replace(/(.{4})(?=.)/g, '$1 ')
}
