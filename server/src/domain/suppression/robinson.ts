/**
 * The Robinson Mail list (issue 17 item 3, decision 0086): the opt-out list for addressed postal advertising. A
 * mailing file is de-duplicated against it (OPERATIONS-FACTS section 2); what it holds are the names and addresses
 * of people who want no addressed advertising by post (robinson.be). Custos keeps only a keyed hash of each listed
 * person's normalised name and postal address, and compares the same hash of a campaign line or a checked person.
 *
 * The list's file layout is not in our facts, so the import reads a CSV with a header line, as the campaign check
 * does, and recognises the usual column names in nl/fr/en: the name whole or in first and last name, the street
 * (with the house number in it or in a column of its own), the postal code and the city.
 *
 * Normal forms, chosen so that two spellings of one person at one address give one key:
 * - name: accents and case removed, everything but letters and digits a space, the words sorted (so "Peeters, Jan"
 *   and "Jan Peeters" are one name); titles are not removed;
 * - address: `normalisePostalAddress` of street, number, postal code and city joined in that order - the same form
 *   the campaign check builds from its address, postal code and city columns.
 */
import { normalisePostalAddress } from './normalise'

export type RobinsonColumn = 'name' | 'firstName' | 'lastName' | 'street' | 'number' | 'postalCode' | 'city'

/** Header names (trimmed, lower case, spaces as `_`, accents kept as written) read as each column. */
export const ROBINSON_COLUMNS: Record<RobinsonColumn, readonly string[]> = {
  name: ['name', 'naam_en_voornaam', 'full_name', 'volledige_naam', 'nom_complet', 'nom_et_prénom'],
  firstName: ['first_name', 'firstname', 'given_name', 'voornaam', 'prénom', 'prenom'],
  lastName: ['last_name', 'lastname', 'surname', 'family_name', 'achternaam', 'familienaam', 'naam', 'nom'],
  street: ['address', 'street', 'adres', 'adresse', 'straat', 'rue'],
  number: ['number', 'house_number', 'huisnummer', 'nr', 'numéro', 'numero', 'n°'],
  postalCode: ['postal_code', 'postcode', 'code_postal', 'zip'],
  city: ['city', 'gemeente', 'stad', 'ville', 'commune', 'localite', 'localité', 'woonplaats'],
}

export type RobinsonHeader = Partial<Record<RobinsonColumn, number>>

const headerName = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_')
    .replace(/^\uFEFF/, '')

/**
 * Where each column is, or null when the header names neither a name (whole, or a last name) nor a street: such a
 * file cannot be matched against people and is refused.
 */
export function robinsonHeader(fields: readonly string[]): RobinsonHeader | null {
  const names = fields.map(headerName)
  const at: RobinsonHeader = {}
  for (const column of Object.keys(ROBINSON_COLUMNS) as RobinsonColumn[]) {
    const i = names.findIndex((n) => ROBINSON_COLUMNS[column].includes(n))
    if (i >= 0) at[column] = i
  }
  // "naam" alone is a whole name in Dutch files; with a first name next to it, it is the last name.
  if (at.name === undefined && at.lastName !== undefined && at.firstName === undefined) {
    at.name = at.lastName
    delete at.lastName
  }
  const hasName = at.name !== undefined || at.lastName !== undefined
  return hasName && at.street !== undefined ? at : null
}

/** A person's name in its normal form (see above), or null when it holds no letter. */
export function normalisePersonName(input: string): string | null {
  const words = input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
  if (!words.some((w) => /\p{L}/u.test(w))) return null
  return words.sort().join(' ')
}

/** The address the parts make, in the one order both the list and a campaign file use. */
export function joinAddress(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((p): p is string => Boolean(p?.trim()))
    .map((p) => p.trim())
    .join(' ')
}

/** What is hashed for one person at one address, or null when name or address cannot be read. */
export function robinsonKey(name: string, address: string): string | null {
  const n = normalisePersonName(name)
  const a = normalisePostalAddress(address)
  return n !== null && a.ok ? `${n}\u0000${a.value}` : null
}

export type RobinsonRecord =
  | { readonly kind: 'entry'; readonly key: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'problem'; readonly problem: 'invalid_name' | 'invalid_address' }

/** One line of the list, read with the header's columns. */
export function parseRobinsonRecord(at: RobinsonHeader, fields: readonly string[]): RobinsonRecord {
  const cell = (c: RobinsonColumn) => {
    const i = at[c]
    return i === undefined ? undefined : fields[i]
  }
  if (fields.every((f) => f.trim() === '')) return { kind: 'blank' }
  const name =
    at.name !== undefined ? (cell('name') ?? '') : joinAddress([cell('firstName'), cell('lastName')])
  const address = joinAddress([cell('street'), cell('number'), cell('postalCode'), cell('city')])
  if (normalisePersonName(name) === null) return { kind: 'problem', problem: 'invalid_name' }
  const key = robinsonKey(name, address)
  return key === null ? { kind: 'problem', problem: 'invalid_address' } : { kind: 'entry', key }
}
