/**
 * Normalised forms of the identifiers a suppression list keeps (issue 17, decision 0033). Two spellings of one
 * address or number must give one form, because only a keyed hash of that form is stored and compared.
 *
 * - e-mail: trimmed and lower-cased (the local part is treated as case-insensitive, as every large provider does);
 * - phone: E.164 through libphonenumber (awesome-phonenumber, `domain/phone.ts`), national input read as Belgian;
 *   a Belgian number in one of its common spellings takes a fast path that gives the same answer (a property
 *   test compares the two) so a DNCM file of a million lines is not bound by the full parser;
 * - postal address: lower-cased, accents removed, punctuation to spaces, spaces collapsed.
 */
import { parsePhoneNumber } from 'awesome-phonenumber'
import { type IsoDate, isRealDate } from '../calendar-date'
import { normalisePhone } from '../phone'

export type Normalised = { readonly ok: true; readonly value: string } | { readonly ok: false }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function normaliseEmail(input: string): Normalised {
  const value = input.trim().toLowerCase()
  return EMAIL.test(value) && value.length <= 320 ? { ok: true, value } : { ok: false }
}

/** Validity of Belgian national significant numbers, by length and first five digits (see below). */
const belgianValidity = new Map<string, boolean>()
const PREFIX_DIGITS = 5

/**
 * The E.164 form of a phone number, or not ok. Belgian numbers written +32..., 0032..., 32... or 0... with
 * spaces, dots, slashes, dashes or parentheses are read without the full parser: Belgian numbering plan
 * patterns in libphonenumber's metadata only constrain the leading digits, so whether a national significant
 * number is valid is decided once per length and first five digits by the full parser and remembered.
 */
export function normalisePhoneE164(input: string): Normalised {
  const compact = input.replace(/[\s./()-]/g, '')
  let nsn: string | null = null
  if (/^\+32\d+$/.test(compact)) nsn = compact.slice(3)
  else if (/^0032\d+$/.test(compact)) nsn = compact.slice(4)
  else if (/^0[1-9]\d+$/.test(compact)) nsn = compact.slice(1)
  else if (/^32\d{8,9}$/.test(compact)) nsn = compact.slice(2)
  if (nsn !== null && (nsn.length === 8 || nsn.length === 9) && nsn[0] !== '0') {
    const key = `${nsn.length}:${nsn.slice(0, PREFIX_DIGITS)}`
    let valid = belgianValidity.get(key)
    if (valid === undefined) {
      valid = parsePhoneNumber(`+32${nsn}`).valid
      belgianValidity.set(key, valid)
    }
    return valid ? { ok: true, value: `+32${nsn}` } : { ok: false }
  }
  const result = normalisePhone(input)
  return result.ok ? { ok: true, value: result.e164 } : { ok: false }
}

export function normalisePostalAddress(input: string): Normalised {
  const value = input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return value.length >= 5 && /\p{L}/u.test(value) && /\p{N}/u.test(value)
    ? { ok: true, value }
    : { ok: false }
}

/** What a person sees of a suppressed identifier: enough to recognise it, not enough to reuse it. */
export function maskIdentifier(kind: 'email' | 'phone' | 'postal', value: string): string {
  if (kind === 'email') {
    const [local = '', domain = ''] = value.split('@')
    return `${local.slice(0, 1)}***@${domain}`
  }
  if (kind === 'phone')
    return `${value.slice(0, 5)}${'*'.repeat(Math.max(0, value.length - 7))}${value.slice(-2)}`
  const words = value.split(' ')
  return words.map((w, i) => (i === words.length - 1 ? w : `${w.slice(0, 1)}*`)).join(' ')
}

/** A date written YYYY-MM-DD, YYYYMMDD, DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY, optionally with a time after it. */
export function parseListDate(input: string): IsoDate | null {
  const text = input.trim().replace(/[T ].*$/, '')
  let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text)
  let year: number
  let month: number
  let day: number
  if (m) {
    year = Number(m[1])
    month = Number(m[2])
    day = Number(m[3])
  } else {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
    if (!m) return null
    day = Number(m[1])
    month = Number(m[2])
    year = Number(m[3])
  }
  if (year < 1990 || year > 2999 || !isRealDate(year, month, day)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export type DncmLine =
  | { readonly kind: 'number'; readonly e164: string; readonly registeredOn: IsoDate | null }
  | { readonly kind: 'header' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'problem'; readonly problem: 'invalid_number' | 'invalid_date' }

/**
 * One line of the DNCM file: a phone number and its registration date. The facts we have (dncm.be FAQ) say only
 * "a txt file which contains only the phone number and the date of registration"; the field separator may be
 * `;`, `,`, tab, `|` or spaces, and the date any of the forms `parseListDate` reads. A first line with letters is
 * a header. A line with a number but no date keeps the number (the registration date is then unknown).
 */
export function parseDncmLine(line: string, first: boolean): DncmLine {
  const text = line.trim()
  if (text === '') return { kind: 'blank' }
  let fields = text.split(/[;,\t|]/)
  if (fields.length === 1) fields = text.split(/\s+/)
  const number = (fields[0] ?? '').replace(/^"|"$/g, '')
  const date = (fields[1] ?? '').replace(/^"|"$/g, '').trim()
  if (first && /[a-z]/i.test(number)) return { kind: 'header' }
  const phone = normalisePhoneE164(number)
  if (!phone.ok) return { kind: 'problem', problem: 'invalid_number' }
  if (date === '') return { kind: 'number', e164: phone.value, registeredOn: null }
  const registeredOn = parseListDate(date)
  if (!registeredOn) return { kind: 'problem', problem: 'invalid_date' }
  return { kind: 'number', e164: phone.value, registeredOn }
}

/** A date in a file name (dncm_20261205.txt, DNCM-2026-12-05.txt), or null. */
export function dateInFileName(name: string): IsoDate | null {
  const m = /(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)/.exec(name)
  if (!m) return null
  return parseListDate(`${m[1]}-${m[2]}-${m[3]}`)
}
