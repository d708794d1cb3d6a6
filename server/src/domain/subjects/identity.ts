/**
 * Identities of data subjects (e-mail, phone, national register number, customer and file numbers per system):
 * how each kind is validated, normalised for an exact blind-index lookup, and masked for display and audit.
 */
import { z } from 'zod'
import { maskNationalNumber, parseNationalNumber } from '../national-number'
import { normalisePhone } from '../phone'

export const IDENTITY_KINDS = [
  'email',
  'phone',
  'national_number',
  'customer_number',
  'file_number',
  'other',
] as const
export type IdentityKind = (typeof IDENTITY_KINDS)[number]

/** Kinds that belong to one system of the register (the same number means nothing across systems). */
export const SYSTEM_KINDS: readonly IdentityKind[] = ['customer_number', 'file_number', 'other']
const SYSTEM_REQUIRED: readonly IdentityKind[] = ['customer_number', 'file_number']

/** The register's key format, e.g. "teamleader". */
export const SYSTEM_KEY = /^[a-z0-9][a-z0-9._-]{0,79}$/
export const MAX_IDENTITY_LENGTH = 254
const MASK = '•'

export interface IdentityInput {
  kind: IdentityKind
  value: string
  systemKey?: string | null | undefined
}

export interface NormalisedIdentity {
  kind: IdentityKind
  /** '' for kinds that are not tied to a system. */
  systemKey: string
  /** The canonical value, stored encrypted. */
  value: string
  /** What the blind index is computed on (case-folded where case carries no meaning). */
  lookupValue: string
  /** Safe to show in lists and to write into the audit log. */
  masked: string
}

export interface IdentityProblem {
  field: 'value' | 'systemKey'
  /** What is wrong, for a translated message (the CSV import's line errors). */
  code: IdentityProblemCode
  params?: Record<string, string | number>
  message: string
}

export type IdentityProblemCode =
  | 'system_required'
  | 'system_key_invalid'
  | 'system_not_applicable'
  | 'required'
  | 'too_long'
  | 'email_invalid'
  | `phone_${'empty' | 'not_a_number' | 'invalid_country_code' | 'too_short' | 'too_long' | 'invalid'}`
  | `national_number_${'format' | 'checksum' | 'date'}`

export type IdentityResult =
  | { ok: true; value: NormalisedIdentity }
  | { ok: false; problems: IdentityProblem[] }

const emailSchema = z.email()

/** AES-GCM additional data for an identity's value: a value copied to another kind does not decrypt. */
export function identityEncryptionContext(kind: IdentityKind): string {
  return `subject-identity:${kind}`
}

/** Blind-index purpose: separate per kind and system, so equal numbers in two systems never collide. */
export function identityLookupPurpose(kind: IdentityKind, systemKey: string): string {
  return `subject-identity:${kind}:${systemKey}`
}

/**
 * Text from a form or a file as it is stored: NFC, control characters (which PostgreSQL text cannot always hold)
 * and runs of white space turned into one space, trimmed.
 */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim()
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return MASK.repeat(3)
  return `${email.slice(0, 1)}${MASK.repeat(3)}${email.slice(at)}`
}

/** "+32470123456" -> "+32•••••••56": the country code and the last two digits. */
export function maskPhone(e164: string): string {
  if (e164.length <= 6) return MASK.repeat(e164.length)
  return e164.slice(0, 3) + MASK.repeat(e164.length - 5) + e164.slice(-2)
}

/** Customer, file and other numbers: only the last three characters stay visible. */
export function maskReference(value: string): string {
  const chars = [...value]
  if (chars.length <= 4) return MASK.repeat(chars.length)
  return MASK.repeat(3) + chars.slice(-3).join('')
}

const NATIONAL_NUMBER_MESSAGES = {
  format: 'Not a national register number: 11 digits expected, e.g. 85.07.30-033.28',
  checksum: 'Not a valid national register number (the check digits do not match)',
  date: 'Not a valid national register number (digits 3-4 are no month: 00-12, for a BIS number 20-32 or 40-52)',
} as const

const PHONE_MESSAGES = {
  empty: 'Enter a phone number',
  'not-a-number': 'Not a phone number',
  'invalid-country-code': 'Unknown country code (write +32 for Belgium)',
  'too-short': 'Too short for a phone number',
  'too-long': 'Too long for a phone number',
  invalid: 'Not a valid phone number',
} as const

/** Validates one identity and computes its canonical, lookup and masked forms. Never throws. */
export function normaliseIdentity(input: IdentityInput): IdentityResult {
  const problems: IdentityProblem[] = []
  const systemKey = (input.systemKey ?? '').trim()
  if (SYSTEM_KINDS.includes(input.kind)) {
    if (systemKey === '' && SYSTEM_REQUIRED.includes(input.kind)) {
      problems.push({
        field: 'systemKey',
        code: 'system_required',
        message: 'Name the system this number belongs to, e.g. "teamleader"',
      })
    } else if (systemKey !== '' && !SYSTEM_KEY.test(systemKey)) {
      problems.push({
        field: 'systemKey',
        code: 'system_key_invalid',
        message: 'A register system key: lower-case letters, digits, dot, dash or underscore',
      })
    }
  } else if (systemKey !== '') {
    problems.push({
      field: 'systemKey',
      code: 'system_not_applicable',
      params: { kind: input.kind },
      message: `A ${input.kind} identity does not belong to one system`,
    })
  }
  const raw = cleanText(input.value)
  if (raw === '') problems.push({ field: 'value', code: 'required', message: 'Required' })
  else if (raw.length > MAX_IDENTITY_LENGTH) {
    problems.push({
      field: 'value',
      code: 'too_long',
      params: { max: MAX_IDENTITY_LENGTH },
      message: `At most ${MAX_IDENTITY_LENGTH} characters`,
    })
  }
  if (problems.length > 0) return { ok: false, problems }

  switch (input.kind) {
    case 'email': {
      const value = raw.toLowerCase()
      if (!emailSchema.safeParse(value).success) {
        return {
          ok: false,
          problems: [{ field: 'value', code: 'email_invalid', message: 'Not a valid e-mail address' }],
        }
      }
      return {
        ok: true,
        value: { kind: 'email', systemKey: '', value, lookupValue: value, masked: maskEmail(value) },
      }
    }
    case 'phone': {
      const phone = normalisePhone(raw, 'BE')
      if (!phone.ok)
        return {
          ok: false,
          problems: [
            {
              field: 'value',
              code: `phone_${phone.reason.replace(/-/g, '_') as 'not_a_number'}`,
              message: PHONE_MESSAGES[phone.reason],
            },
          ],
        }
      return {
        ok: true,
        value: {
          kind: 'phone',
          systemKey: '',
          value: phone.e164,
          lookupValue: phone.e164,
          masked: maskPhone(phone.e164),
        },
      }
    }
    case 'national_number': {
      const parsed = parseNationalNumber(raw)
      if (!parsed.ok) {
        return {
          ok: false,
          problems: [
            {
              field: 'value',
              code: `national_number_${parsed.reason}`,
              message: NATIONAL_NUMBER_MESSAGES[parsed.reason],
            },
          ],
        }
      }
      const digits = parsed.value.digits
      return {
        ok: true,
        value: {
          kind: 'national_number',
          systemKey: '',
          value: digits,
          lookupValue: digits,
          masked: maskNationalNumber(parsed.value),
        },
      }
    }
    default:
      return {
        ok: true,
        value: {
          kind: input.kind,
          systemKey,
          value: raw,
          lookupValue: raw.toUpperCase(),
          masked: maskReference(raw),
        },
      }
  }
}

export interface SearchCandidate {
  kind: IdentityKind
  systemKey: string
  lookupValue: string
}

export interface SearchPlan {
  /** Exact identity matches to look up through the blind index. */
  candidates: SearchCandidate[]
  /** A name prefix to match (the start of the name or of any word in it), or null. */
  namePrefix: string | null
  /** What the query was read as, for the caller to show. */
  interpretedAs: ('name' | IdentityKind)[]
}

/**
 * Reads a free-text search: an e-mail address, a phone number in any usual format, a national register number
 * with or without punctuation, or else a name prefix or a customer/file number in one of the given systems.
 * Every plausible reading is kept (an 11-digit string may be both a national number and a customer number).
 */
export function planSearch(
  query: string,
  systemKeys: readonly { kind: IdentityKind; systemKey: string }[],
): SearchPlan {
  const q = cleanText(query)
  const candidates: SearchCandidate[] = []
  const interpretedAs = new Set<'name' | IdentityKind>()
  if (q === '') return { candidates, namePrefix: null, interpretedAs: [] }
  const add = (input: IdentityInput) => {
    const result = normaliseIdentity(input)
    if (!result.ok) return false
    const { kind, systemKey, lookupValue } = result.value
    candidates.push({ kind, systemKey, lookupValue })
    interpretedAs.add(kind)
    return true
  }
  if (q.includes('@')) {
    add({ kind: 'email', value: q })
  } else {
    add({ kind: 'national_number', value: q })
    const digits = q.replace(/\D/g, '').length
    if (/^\+?[\d\s()./-]+$/.test(q) && digits >= 8) add({ kind: 'phone', value: q })
  }
  for (const s of systemKeys) {
    if (!SYSTEM_KINDS.includes(s.kind)) continue
    const result = normaliseIdentity({ kind: s.kind, value: q, systemKey: s.systemKey })
    if (result.ok) {
      candidates.push({ kind: s.kind, systemKey: s.systemKey, lookupValue: result.value.lookupValue })
      interpretedAs.add(s.kind)
    }
  }
  const looksLikeIdentifier = interpretedAs.has('email') || interpretedAs.has('national_number')
  const namePrefix = looksLikeIdentifier ? null : q
  if (namePrefix !== null) interpretedAs.add('name')
  return { candidates, namePrefix, interpretedAs: [...interpretedAs] }
}
