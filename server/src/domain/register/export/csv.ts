import type { Language } from '../localized'
import type { RegisterDocument } from '../schema'
import { CSV_COLUMNS } from './activity-columns'
import { type ExportOptions, exportContext } from './context'
import { buildTable } from './table'

/**
 * The register's activities as CSV, one row per activity (controller and processor), with the headers of the
 * XLSX controller sheet plus the controllers a processor activity is carried out for. RFC 4180 quoting, CRLF line
 * ends and a UTF-8 byte-order mark (so Excel reads the accents); several values in a cell are joined with "; ".
 */

const BOM = '\uFEFF'
const CRLF = '\r\n'
/** A spreadsheet would run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

export interface CsvOptions extends ExportOptions {
  /** ',' (RFC 4180, default) or ';' (what Excel expects with a Belgian list separator). */
  readonly delimiter?: ',' | ';'
}

export function csvCell(value: string, delimiter: ',' | ';' = ','): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  const needsQuotes = safe.includes(delimiter) || /["\r\n]/.test(safe)
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function registerToCsv(doc: RegisterDocument, language: Language, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ','
  const ctx = exportContext(doc, language, options)
  const table = buildTable(
    { sheet: 'sheetControllerRegister', title: 'registerTitle', columns: CSV_COLUMNS },
    doc.activities,
    ctx,
  )
  const lines = [
    table.columns.map((column) => csvCell(column.header, delimiter)),
    ...table.rows.map((cells) => cells.map((items) => csvCell(items.join('; '), delimiter))),
  ]
  return BOM + lines.map((cells) => cells.join(delimiter)).join(CRLF) + CRLF
}
