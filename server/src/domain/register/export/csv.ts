import { type CsvDelimiter, csvDocument } from '../../../lib/csv'
import type { Language } from '../localized'
import type { RegisterDocument } from '../schema'
import { CSV_COLUMNS } from './activity-columns'
import { type ExportOptions, exportContext } from './context'
import { buildTable } from './table'

/**
 * The register's activities as CSV, one row per activity (controller and processor), with the headers of the
 * XLSX controller sheet plus the controllers a processor activity is carried out for. Written by the shared CSV
 * writer (lib/csv: UTF-8 byte order mark, CRLF, RFC 4180 quoting, formulas neutralised); several values in a
 * cell are joined with "; ".
 */

export interface CsvOptions extends ExportOptions {
  /** ',' (RFC 4180, default) or ';' (what Excel expects with a Belgian list separator). */
  readonly delimiter?: Extract<CsvDelimiter, ',' | ';'>
}

export function registerToCsv(doc: RegisterDocument, language: Language, options: CsvOptions = {}): string {
  const ctx = exportContext(doc, language, options)
  const table = buildTable(
    { sheet: 'sheetControllerRegister', title: 'registerTitle', columns: CSV_COLUMNS },
    doc.activities,
    ctx,
  )
  return csvDocument(
    table.columns.map((column) => column.header),
    table.rows.map((cells) => cells.map((items) => items.join('; '))),
    { delimiter: options.delimiter ?? ',' },
  )
}
