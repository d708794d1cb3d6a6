/**
 * Phone numbers normalised to E.164 (ITU-T) with libphonenumber metadata (awesome-phonenumber).
 * National input ("0470 12 34 56") is read in the default region, Belgium unless told otherwise.
 */
import { type PhoneNumberTypes, parsePhoneNumber } from 'awesome-phonenumber'

export type PhoneNumberType = PhoneNumberTypes

export type PhoneError =
  | 'empty'
  | 'not-a-number'
  | 'invalid-country-code'
  | 'too-short'
  | 'too-long'
  | 'invalid'

export type PhoneResult =
  | {
      readonly ok: true
      readonly e164: string
      readonly international: string
      readonly type: PhoneNumberType
    }
  | { readonly ok: false; readonly reason: PhoneError }

/**
 * Valid only when the number lies in an allocated range for its country (not merely the right
 * length). Extensions are kept in `international` but dropped from `e164`.
 */
export function normalisePhone(input: string, defaultRegion = 'BE'): PhoneResult {
  if (input.trim() === '') return { ok: false, reason: 'empty' }
  if (!/\d/.test(input)) return { ok: false, reason: 'not-a-number' }
  const parsed = parsePhoneNumber(input, { regionCode: defaultRegion.toUpperCase() })
  if (parsed.valid) {
    return {
      ok: true,
      e164: parsed.number.e164,
      international: parsed.number.international,
      type: parsed.type,
    }
  }
  switch (parsed.possibility) {
    case 'invalid-country-code':
    case 'too-short':
    case 'too-long':
      return { ok: false, reason: parsed.possibility }
    default:
      return { ok: false, reason: 'invalid' }
  }
}
