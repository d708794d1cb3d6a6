import { stringify } from 'csv-stringify/sync'

/**
 * The one CSV writer: every CSV Custos hands out (register export, audit export, request report, answer packages)
 * is written here, for people who open it in a spreadsheet. RFC 4180 quoting (a field is quoted when it holds the
 * separator, a quote, a line break, or starts with a byte order mark), CRLF line ends, a UTF-8 byte order mark
 * (so Excel reads accents right), and no formula injection: a text cell starting with = + - @ (or a tab or
 * carriage return, which some spreadsheets skip before reading a formula, or their full-width forms) gets a
 * leading apostrophe. Numbers from the system are written as their digits and never prefixed, so "-5" stays a
 * number. Built on csv-stringify (node-csv).
 */

/** Text, a number or a yes/no from the system; null and undefined are an empty cell. */
export type CsvValue = string | number | bigint | boolean | null | undefined

export type CsvDelimiter = ',' | ';' | '\t'

export interface CsvWriteOptions {
  /** ',' (RFC 4180, default) or ';' (what Excel expects with a Belgian list separator). */
  readonly delimiter?: CsvDelimiter
  /** Start with a UTF-8 byte order mark (default true). */
  readonly bom?: boolean
  /** Prefix text that a spreadsheet would run as a formula (default true; only tests of readers turn it off). */
  readonly escapeFormulas?: boolean
}

/** Marks the single field of a one-field record that is empty: written "" so that it is not a blank line. */
const LONE_EMPTY = Object.freeze({ loneEmpty: true })

/** Records (no header of their own) as CSV text, each ended by CRLF. */
export function csvRecords(rows: Iterable<readonly CsvValue[]>, options: CsvWriteOptions = {}): string {
  const records: unknown[][] = []
  for (const row of rows) {
    // A record of one empty field would be a blank line, which readers skip: quote it.
    records.push(row.length === 1 && (row[0] === '' || row[0] == null) ? [LONE_EMPTY] : [...row])
  }
  const text = stringify(records, {
    delimiter: options.delimiter ?? ',',
    record_delimiter: 'windows',
    // A line break of any kind inside a field is quoted (by default only the record delimiter itself would be).
    quote_record_delimiter: true,
    escape_formulas: options.escapeFormulas ?? true,
    quoted_match: /^\uFEFF/,
    cast: {
      boolean: (value) => String(value),
      object: () => ({ value: '', quoted_empty: true }),
    },
  })
  return (options.bom ?? true) ? `\uFEFF${text}` : text
}

/** A whole file: byte order mark, header, records. */
export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  options: CsvWriteOptions = {},
): string {
  return csvRecords(
    (function* () {
      yield header
      yield* rows
    })(),
    options,
  )
}

/** What a text cell becomes in an export: the text, or the text with an apostrophe when it could run as a formula. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text
}
