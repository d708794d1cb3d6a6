/**
 * The subject import file: which columns it may have and how each line is validated. Pure: lines come in as
 * CSV records, go out as validated rows or as errors naming the line, the column and what is wrong.
 */

import type { CsvRecord } from '../../lib/csv'
import {
  cleanText,
  type IdentityKind,
  type IdentityProblemCode,
  type NormalisedIdentity,
  normaliseIdentity,
  SYSTEM_KEY,
} from './identity'
import { parseImportDate, parseImportLanguage, toRegisterKey } from './import-values'

export { parseImportDate, parseImportLanguage, toRegisterKey } from './import-values'

export const IMPORT_COLUMNS = [
  'name',
  'email',
  'phone',
  'national_number',
  'language',
  'relationship',
  'relationship_start',
  'relationship_end',
  'customer_number',
  'customer_system',
  'last_contact',
  'contract_end',
] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

/** Common spellings in Dutch, French and English exports. */
const ALIASES: Record<string, ImportColumn> = {
  naam: 'name',
  nom: 'name',
  full_name: 'name',
  e_mail: 'email',
  mail: 'email',
  email_address: 'email',
  telephone: 'phone',
  telefoon: 'phone',
  tel: 'phone',
  gsm: 'phone',
  mobile: 'phone',
  rijksregisternummer: 'national_number',
  numero_national: 'national_number',
  national_register_number: 'national_number',
  taal: 'language',
  langue: 'language',
  customer_no: 'customer_number',
  klantnummer: 'customer_number',
  numero_client: 'customer_number',
}

export const MAX_NAME_LENGTH = 200
export const IDENTIFIER_COLUMNS: readonly ImportColumn[] = [
  'email',
  'phone',
  'national_number',
  'customer_number',
]

export interface ImportIssue {
  line: number
  /** The column as written in the file's header, or null for the line as a whole. */
  column: string | null
  /** What is wrong, for a message in the reader's language; `message` says it in English. */
  code: ImportIssueCode
  params?: Record<string, string | number>
  message: string
}

/** Every code a line error of the import can carry (the web UI words each one in nl/fr/en). */
export const IMPORT_ISSUE_CODES = [
  'system_required',
  'system_key_invalid',
  'system_not_applicable',
  'required',
  'too_long',
  'email_invalid',
  'phone_empty',
  'phone_not_a_number',
  'phone_invalid_country_code',
  'phone_too_short',
  'phone_too_long',
  'phone_invalid',
  'national_number_format',
  'national_number_checksum',
  'national_number_date',
  'csv_quote_not_closed',
  'csv_unreadable',
  'unknown_column',
  'duplicate_column',
  'name_column_missing',
  'identifier_column_missing',
  'customer_system_column_missing',
  'field_count',
  'nul_character',
  'name_too_long',
  'language_invalid',
  'customer_system_required',
  'identifier_required',
  'date_invalid',
  'relationship_key_invalid',
  'relationship_end_before_start',
  'relationship_required',
  'identity_clash',
  'name_required_new',
  'batch_not_saved',
  'encoding',
] as const satisfies readonly (IdentityProblemCode | NonNullable<CsvRecord['problemCode']> | string)[]

export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number]
// Every identity problem and every unreadable CSV line has its code in the list.
type Missing = Exclude<IdentityProblemCode | NonNullable<CsvRecord['problemCode']>, ImportIssueCode>
const everyCodeListed: [Missing] extends [never] ? true : Missing = true
void everyCodeListed

/** The issue of a line the CSV reader could not read. */
function unreadable(record: CsvRecord): ImportIssue {
  return {
    line: record.line,
    column: null,
    code: record.problemCode ?? 'csv_unreadable',
    params: { line: record.line },
    message: record.problem ?? '',
  }
}

export interface ImportHeader {
  /** For each position in a line: the column it holds, or null (ignored). */
  columns: (ImportColumn | null)[]
  /** The header text as written, per column. */
  labels: Partial<Record<ImportColumn, string>>
}

export interface ImportIdentity extends NormalisedIdentity {
  /** The header label of the column it came from. */
  column: string
}

export interface ImportRow {
  line: number
  name: string | null
  language: 'nl' | 'fr' | 'en' | null
  identities: ImportIdentity[]
  relationship: { key: string; startedOn: string | null; endedOn: string | null } | null
  events: { kind: 'last_contact' | 'contract_end'; occurredOn: string }[]
}

export type RowResult =
  | { kind: 'row'; row: ImportRow }
  | { kind: 'invalid'; issues: ImportIssue[] }
  | { kind: 'blank' }

function canonicalColumn(label: string): string {
  return label
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_')
}

/** Reads the header line; a file whose header cannot be read is refused as a whole. */
export function readHeader(
  record: CsvRecord,
): { ok: true; header: ImportHeader } | { ok: false; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const columns: (ImportColumn | null)[] = []
  const labels: Partial<Record<ImportColumn, string>> = {}
  if (record.problem) issues.push(unreadable(record))
  for (const field of record.fields) {
    const label = field.trim()
    const key = canonicalColumn(label)
    const column = (IMPORT_COLUMNS as readonly string[]).includes(key) ? (key as ImportColumn) : ALIASES[key]
    if (label === '') {
      columns.push(null)
    } else if (!column) {
      issues.push({
        line: record.line,
        column: label,
        code: 'unknown_column',
        params: { columns: IMPORT_COLUMNS.join(', ') },
        message: `Unknown column. Expected some of: ${IMPORT_COLUMNS.join(', ')}`,
      })
      columns.push(null)
    } else if (labels[column] !== undefined) {
      issues.push({
        line: record.line,
        column: label,
        code: 'duplicate_column',
        params: { column },
        message: `The column ${column} appears twice`,
      })
      columns.push(null)
    } else {
      labels[column] = label
      columns.push(column)
    }
  }
  if (labels.name === undefined) {
    issues.push({
      line: record.line,
      column: 'name',
      code: 'name_column_missing',
      message: 'The header needs a name column',
    })
  }
  if (!IDENTIFIER_COLUMNS.some((c) => labels[c] !== undefined)) {
    issues.push({
      line: record.line,
      column: null,
      code: 'identifier_column_missing',
      params: { columns: IDENTIFIER_COLUMNS.join(', ') },
      message: `The header needs at least one identifier column: ${IDENTIFIER_COLUMNS.join(', ')}`,
    })
  }
  if (labels.customer_number !== undefined && labels.customer_system === undefined) {
    issues.push({
      line: record.line,
      column: labels.customer_number,
      code: 'customer_system_column_missing',
      message: 'A customer_number column needs a customer_system column (the register system key)',
    })
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, header: { columns, labels } }
}

const IDENTITY_COLUMNS: readonly (readonly [ImportColumn, IdentityKind])[] = [
  ['email', 'email'],
  ['phone', 'phone'],
  ['national_number', 'national_number'],
]

const UNSTORABLE = 'Contains a NUL character; remove it and import the line again'

/** Validates one line of the file. Never throws; every problem of the line is reported. */
export function readImportRow(header: ImportHeader, record: CsvRecord): RowResult {
  const line = record.line
  // A line the CSV reader could not read has no fields to check.
  if (record.problem) return { kind: 'invalid', issues: [unreadable(record)] }
  if (record.fields.every((f) => f.trim() === '')) return { kind: 'blank' }
  const issues: ImportIssue[] = []
  const extra = record.fields.slice(header.columns.length).filter((f) => f.trim() !== '')
  if (extra.length > 0) {
    issues.push({
      line,
      column: null,
      code: 'field_count',
      params: { fields: record.fields.length, columns: header.columns.length },
      message: `The line has ${record.fields.length} fields, the header ${header.columns.length} (check the separator and the quotes)`,
    })
  }
  const values: Partial<Record<ImportColumn, string>> = {}
  header.columns.forEach((column, index) => {
    if (column) values[column] = (record.fields[index] ?? '').trim()
  })
  const label = (column: ImportColumn) => header.labels[column] ?? column
  const fail = (
    column: ImportColumn,
    code: ImportIssueCode,
    message: string,
    params?: Record<string, string | number>,
  ) => issues.push({ line, column: label(column), code, message, ...(params ? { params } : {}) })
  header.columns.forEach((column, index) => {
    // Text no database can store (and no one types): refused per field, so the rest of the file still counts.
    if (column && record.fields[index]?.includes('\u0000')) fail(column, 'nul_character', UNSTORABLE)
  })
  if (issues.some((issue) => issue.code === 'nul_character')) return { kind: 'invalid', issues }
  const present = (column: ImportColumn) => (values[column] ?? '') !== ''

  const name = values.name ? cleanText(values.name) || null : null
  if (name !== null && name.length > MAX_NAME_LENGTH)
    fail('name', 'name_too_long', `At most ${MAX_NAME_LENGTH} characters`, { max: MAX_NAME_LENGTH })

  let language: ImportRow['language'] = null
  if (present('language')) {
    language = parseImportLanguage(values.language ?? '')
    if (!language) fail('language', 'language_invalid', 'Expected nl, fr or en')
  }

  const identities: ImportIdentity[] = []
  for (const [column, kind] of IDENTITY_COLUMNS) {
    if (!present(column)) continue
    const result = normaliseIdentity({ kind, value: values[column] ?? '' })
    if (result.ok) identities.push({ ...result.value, column: label(column) })
    else for (const p of result.problems) fail(column, p.code, p.message, p.params)
  }
  if (present('customer_number')) {
    const systemKey = toRegisterKey(values.customer_system ?? '')
    if (systemKey === '') {
      fail(
        'customer_system',
        'customer_system_required',
        'Required with a customer number: the register system key, e.g. teamleader',
      )
    } else {
      const result = normaliseIdentity({
        kind: 'customer_number',
        value: values.customer_number ?? '',
        systemKey,
      })
      if (result.ok) identities.push({ ...result.value, column: label('customer_number') })
      else {
        for (const p of result.problems)
          fail(p.field === 'systemKey' ? 'customer_system' : 'customer_number', p.code, p.message, p.params)
      }
    }
  }
  if (identities.length === 0 && !IDENTIFIER_COLUMNS.some(present)) {
    issues.push({
      line,
      column: null,
      code: 'identifier_required',
      message:
        'At least one identifier is needed (email, phone, national_number or customer_number), so the person is ' +
        'recognised when the file is imported again',
    })
  }

  const date = (column: ImportColumn): string | null => {
    if (!present(column)) return null
    const parsed = parseImportDate(values[column] ?? '')
    if (!parsed) fail(column, 'date_invalid', 'Not a date: write 2024-03-31 or 31/03/2024')
    return parsed
  }
  let relationship: ImportRow['relationship'] = null
  const startedOn = date('relationship_start')
  const endedOn = date('relationship_end')
  if (present('relationship')) {
    const key = toRegisterKey(values.relationship ?? '')
    if (!SYSTEM_KEY.test(key)) {
      fail(
        'relationship',
        'relationship_key_invalid',
        'A subject category key: letters, digits, dot, dash or underscore, e.g. client',
      )
    } else if (startedOn && endedOn && endedOn < startedOn) {
      fail('relationship_end', 'relationship_end_before_start', 'Before the relationship start')
    } else {
      relationship = { key, startedOn, endedOn }
    }
  } else if (present('relationship_start') || present('relationship_end')) {
    fail('relationship', 'relationship_required', 'Required with a relationship start or end date')
  }

  const events: ImportRow['events'] = []
  for (const kind of ['last_contact', 'contract_end'] as const) {
    const occurredOn = date(kind)
    if (occurredOn) events.push({ kind, occurredOn })
  }

  if (issues.length > 0) return { kind: 'invalid', issues }
  return { kind: 'row', row: { line, name, language, identities, relationship, events } }
}
