import { parsePhoneNumber } from 'awesome-phonenumber'
import { formatNationalNumber, parseNationalNumber } from '../national-number'
import type { IdentityKind } from '../subjects/identity'

/**
 * What the engine searches by: a person's identity kinds, or `client` - the reference of a client (a controller the
 * organisation processes for) in the collections that name a `clientField` (the end of a processing contract).
 */
export type SearchKind = IdentityKind | 'client'

/** An identity of the person a request is about (or a client's reference), as the engine searches it. */
export interface SearchIdentity {
  readonly kind: SearchKind
  readonly value: string
  /** customer and file numbers belong to one system; empty: any system. */
  readonly systemKey?: string
}

/**
 * The spellings an identity is commonly stored under, so that an exact, index-friendly `IN (...)` finds it:
 * an e-mail address as given and in lower case; a phone number in E.164, international and national notation
 * (with and without spaces); a national register number as 11 digits and in its written form.
 */
function identityVariants(identity: SearchIdentity): string[] {
  const value = identity.value.trim()
  const variants = new Set<string>([value])
  switch (identity.kind) {
    case 'email':
      variants.add(value.toLowerCase())
      break
    case 'phone': {
      const parsed = parsePhoneNumber(value, { regionCode: 'BE' })
      if (parsed.valid) {
        const { e164, international, national } = parsed.number
        for (const v of [e164, international, national]) {
          variants.add(v)
          variants.add(v.replace(/\s/g, ''))
        }
        variants.add(`00${e164.slice(1)}`)
      }
      break
    }
    case 'national_number': {
      const parsed = parseNationalNumber(value)
      if (parsed.ok) {
        const digits = value.replace(/\D/g, '')
        variants.add(digits)
        const written = formatNationalNumber(parsed.value)
        variants.add(written)
      }
      break
    }
    default:
      break
  }
  return [...variants].filter((v) => v !== '')
}

/** The values to search a field of this identity kind with, for a dataset of the given system. */
export function valuesForKind(
  identities: readonly SearchIdentity[],
  kind: SearchKind,
  systemKey: string,
): string[] {
  const values = identities
    .filter((i) => i.kind === kind && (!i.systemKey || i.systemKey === systemKey))
    .flatMap(identityVariants)
  return [...new Set(values)]
}
