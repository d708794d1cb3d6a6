/**
 * CSV for people who open it in a spreadsheet: RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark (so
 * Excel reads accents right), and no formula injection: a text cell starting with = + - @ (or a tab or carriage
 * return, which some spreadsheets skip before reading a formula) is prefixed with an apostrophe.
 */

const BOM = '\uFEFF'
const CRLF = '\r\n'
const FORMULA_START = /^[=+\-@\t\r]/

/** Text, or a number read from the system (written as its digits, never neutralised). */
export type CsvValue = string | number | bigint

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

function quoted(text: string): string {
  const needsQuotes = /[",\r\n]/.test(text) || text.startsWith(BOM)
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * One CSV cell. Text is neutralised; a number's text (e.g. "-5") cannot be a formula and is written as it is, so
 * a spreadsheet still reads it as a number.
 */
export function csvCell(cell: CsvValue): string {
  return quoted(typeof cell === 'string' ? neutraliseFormula(cell) : String(cell))
}

export function csvLine(cells: readonly CsvValue[]): string {
  // A record of one empty field would be a blank line, which readers skip: quote it.
  if (cells.length === 1 && cells[0] === '') return '""'
  return cells.map(csvCell).join(',')
}

/** A whole file: byte order mark, header, records, each line ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((cells) => csvLine(cells) + CRLF).join('')
}
