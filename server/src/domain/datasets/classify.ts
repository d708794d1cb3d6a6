/**
 * Proposes what a database column holds, for dataset discovery: the register's data category, the identity kind
 * when the column identifies a person, a confidence in 0..1 and the reasons in words. Evidence comes from the
 * column name (nl/fr/en) and from sampled values checked with the same validators as the rest of Custos (IBAN, Belgian
 * national register and enterprise numbers with their check digits, phone numbers); values outweigh names.
 * Columns that hold nothing personal give null. Pure: no I/O, no clock.
 */
import { isValidEnterpriseNumber } from '../enterprise-number'
import { isValidIban } from '../iban'
import { isValidNationalNumber } from '../national-number'
import { normalisePhone } from '../phone'
import type { DataCategoryKey } from '../register/catalogue/data-categories'
import type { IdentityKind } from '../subjects/identity'
import { type Detected, isCustomerTable, type NameHit, nameHint } from './column-names'

export type { Detected } from './column-names'

export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'timestamp' | 'boolean' | 'other'

export interface ColumnEvidence {
  table: string
  column: string
  type: ColumnType
  /** Non-null values read from the table (a few hundred at most). */
  samples: readonly unknown[]
  primaryKey?: boolean
  /** The column refers to another table: its meaning is the other table's. */
  foreignKey?: boolean
  /** The names of the table's columns, for context ("name" next to "email" is a person's name). */
  tableColumns?: readonly string[]
}

export interface ColumnClassification {
  detected: Detected
  /** Data category key of the register's taxonomy. */
  category: DataCategoryKey
  identity?: IdentityKind
  confidence: number
  reasons: string[]
}

const MEANING: Record<Detected, { category: DataCategoryKey; identity?: IdentityKind; label: string }> = {
  email: { category: 'contact_details', identity: 'email', label: 'e-mail addresses' },
  phone: { category: 'contact_details', identity: 'phone', label: 'phone numbers' },
  fax: { category: 'contact_details', label: 'fax numbers' },
  iban: { category: 'bank_details', label: 'valid IBANs' },
  national_number: {
    category: 'national_register_number',
    identity: 'national_number',
    label: 'national register numbers with valid check digits',
  },
  enterprise_number: { category: 'identification', label: 'enterprise numbers with valid check digits' },
  postcode: { category: 'contact_details', label: 'postcodes' },
  birth_date: { category: 'identification', label: 'dates' },
  ip_address: { category: 'ip_device', label: 'IP addresses' },
  first_name: { category: 'identification', label: 'names' },
  last_name: { category: 'identification', label: 'names' },
  full_name: { category: 'identification', label: 'names' },
  gender: { category: 'identification', label: 'codes' },
  address: { category: 'contact_details', label: 'addresses' },
  city: { category: 'contact_details', label: 'place names' },
  region: { category: 'contact_details', label: 'place names' },
  country: { category: 'contact_details', label: 'place names' },
  customer_number: { category: 'identification', identity: 'customer_number', label: 'numbers' },
  username: { category: 'account_credentials', label: 'user names' },
  password: { category: 'account_credentials', label: 'secrets' },
  picture: { category: 'images', label: 'pictures' },
  notes: { category: 'correspondence', label: 'free text' },
  amount: { category: 'invoices_payments', label: 'amounts' },
  salary: { category: 'payroll_social_security', label: 'amounts' },
  job_title: { category: 'professional_data', label: 'job titles' },
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const IPV6 = /^(?=.*:.*:)[0-9a-f:]{2,39}$/i
const PHONE_SHAPE = /^[+(]?[\d\s().\-/]{6,24}$/

/** Value checks that identify a kind by content, strongest first (ties go to the earlier one). */
const CONTENT: Partial<Record<Detected, (value: string) => boolean>> = {
  national_number: (v) => /^[\d\s.\-/]{11,15}$/.test(v) && isValidNationalNumber(v),
  iban: (v) => /^[A-Za-z]{2}\s?\d{2}/.test(v) && isValidIban(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v),
  ip_address: (v) => IPV4.test(v) || IPV6.test(v),
  enterprise_number: (v) =>
    /^(BE)?[\s-]?(\(0\)|[01])?\s?\d{3}[\s.-]?\d{3}[\s.-]?\d{3}$/i.test(v) && isValidEnterpriseNumber(v),
  phone: (v) => PHONE_SHAPE.test(v) && v.replace(/\D/g, '').length >= 8 && normalisePhone(v).ok,
}
/** Kinds a name may claim whose values look like another kind's (a fax number is a phone number). */
const SAME_CONTENT: Partial<Record<Detected, Detected>> = { fax: 'phone' }

/** Enough values for content to count as evidence. */
const MIN_SAMPLES = 3
const STRONG = 0.8
const CONTRADICTED = 0.2
const NAME_LIKE = /^\p{L}[\p{L}\p{M}' .-]{0,59}$/u
const POSTCODE_LIKE = /^[A-Z0-9][A-Z0-9 -]{1,9}$/i

function texts(evidence: ColumnEvidence): string[] {
  const out: string[] = []
  for (const value of evidence.samples) {
    if (typeof value === 'string') {
      const trimmed = value.trim()
      if (trimmed) out.push(trimmed)
    } else if (value instanceof Date) {
      if (!Number.isNaN(value.getTime())) out.push(value.toISOString())
    } else if (typeof value === 'number' || typeof value === 'bigint') {
      // A national number kept in an integer column loses its leading zeros (births 2000-2009).
      const digits = String(value)
      out.push(evidence.type === 'integer' && digits.length >= 9 ? digits.padStart(11, '0') : digits)
    }
  }
  return out
}

const count = (values: readonly string[], test: (v: string) => boolean) => values.filter(test).length
const round = (n: number) => Math.round(Math.min(0.99, Math.max(0.01, n)) * 100) / 100
const share = (k: number, n: number, label: string) => `${k}/${n} samples are ${label}`

function result(detected: Detected, confidence: number, reasons: string[]): ColumnClassification {
  const meaning = MEANING[detected]
  return {
    detected,
    category: meaning.category,
    ...(meaning.identity ? { identity: meaning.identity } : {}),
    confidence: round(confidence),
    reasons,
  }
}

function bestContent(values: readonly string[]): { detected: Detected; matches: number } | null {
  let best: { detected: Detected; matches: number } | null = null
  for (const [detected, test] of Object.entries(CONTENT) as [Detected, (v: string) => boolean][]) {
    const matches = count(values, test)
    if (matches > 0 && (!best || matches > best.matches)) best = { detected, matches }
  }
  return best
}

/** How well the values fit what the name claims, for kinds no validator recognises. */
function plausibility(evidence: ColumnEvidence, hit: NameHit, values: readonly string[]): [number, string[]] {
  const n = values.length
  switch (hit.detected) {
    case 'birth_date': {
      if (evidence.type === 'date' || evidence.type === 'timestamp') return [0.2, ['a date column']]
      const dates = count(values, (v) => !Number.isNaN(Date.parse(v)))
      if (n >= MIN_SAMPLES && dates / n >= STRONG) return [0.1, [share(dates, n, 'dates')]]
      return [-0.25, ['not a date column']]
    }
    case 'first_name':
    case 'last_name':
    case 'full_name':
    case 'city':
    case 'region':
    case 'country': {
      if (evidence.type !== 'text') return [-0.3, ['not a text column']]
      const names = count(values, (v) => NAME_LIKE.test(v))
      if (n >= MIN_SAMPLES && names / n >= STRONG) return [0.15, [`${names}/${n} samples look like names`]]
      return [0, []]
    }
    case 'address': {
      const streets = count(values, (v) => /\d/.test(v) && /\p{L}{2}/u.test(v))
      if (n >= MIN_SAMPLES && streets / n >= 0.5)
        return [0.1, [`${streets}/${n} samples look like street addresses`]]
      return [0, []]
    }
    case 'postcode': {
      const codes = count(values, (v) => POSTCODE_LIKE.test(v))
      if (n >= MIN_SAMPLES && codes / n >= STRONG) return [0.1, [`${codes}/${n} samples look like postcodes`]]
      return [0, []]
    }
    case 'notes':
      return evidence.type === 'text'
        ? [0, ['free text can hold anything about the person']]
        : [-0.3, ['not a text column']]
    case 'gender': {
      const distinct = new Set(values.map((v) => v.toLowerCase())).size
      return n >= MIN_SAMPLES && distinct <= 5 ? [0.1, [`only ${distinct} distinct values`]] : [0, []]
    }
    default:
      return [0, []]
  }
}

function fromName(
  evidence: ColumnEvidence,
  hit: NameHit,
  values: readonly string[],
): ColumnClassification | null {
  const reasons = [`name matches '${hit.pattern}'`]
  const n = values.length
  const contentKind = SAME_CONTENT[hit.detected] ?? hit.detected
  const test = CONTENT[contentKind]
  if (test && n >= MIN_SAMPLES) {
    const matches = count(values, test)
    const ratio = matches / n
    reasons.push(share(matches, n, MEANING[contentKind].label))
    // Values that say otherwise win over the name (a "vat_rate" holds rates, not VAT numbers).
    if (ratio < CONTRADICTED) return null
    return result(hit.detected, hit.confidence + (ratio >= 0.5 ? 0.15 + 0.2 * ratio : -0.15), reasons)
  }
  const [delta, more] = plausibility(evidence, hit, values)
  if (evidence.samples.length === 0) reasons.push('no values to sample')
  return result(hit.detected, hit.confidence + delta, [...reasons, ...more])
}

export function classifyColumn(evidence: ColumnEvidence): ColumnClassification | null {
  if (evidence.foreignKey) return null
  if (evidence.primaryKey) {
    return isCustomerTable(evidence.table) && (evidence.type === 'integer' || evidence.type === 'text')
      ? result('customer_number', 0.6, [`primary key of the customer table '${evidence.table}'`])
      : null
  }
  const values = texts(evidence)
  const others = (evidence.tableColumns ?? []).filter((c) => c !== evidence.column)
  const hit = nameHint(evidence.table, evidence.column, others)
  const best = bestContent(values)
  const n = values.length
  if (best && n >= MIN_SAMPLES && best.matches / n >= STRONG) {
    const ratio = best.matches / n
    const agrees = hit !== null && (SAME_CONTENT[hit.detected] ?? hit.detected) === best.detected
    // Free text holds whatever it holds: a notes column full of IBANs is not contradicted by its name.
    const named = hit !== null && (agrees || hit.detected !== 'notes')
    const reasons = [
      ...(hit && named
        ? [agrees ? `name matches '${hit.pattern}'` : `name suggests ${hit.detected.replace('_', ' ')}`]
        : []),
      share(best.matches, n, MEANING[best.detected].label),
    ]
    return agrees && hit
      ? result(hit.detected, 0.75 + 0.22 * ratio, reasons)
      : result(best.detected, 0.6 + 0.3 * ratio, reasons)
  }
  return hit ? fromName(evidence, hit, values) : null
}
