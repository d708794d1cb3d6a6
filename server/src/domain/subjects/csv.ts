/**
 * A small RFC 4180 CSV reader and writer for the subject import (no CSV library is a declared dependency).
 *
 * Reading is lenient where a spreadsheet export can be trusted to mean something (CRLF, LF or lone CR line ends,
 * a UTF-8 byte order mark, a stray quote inside an unquoted field, a missing final line end) and reports, per
 * record, what cannot be read unambiguously (text after a closing quote, a quoted field never closed). It never
 * throws: every input gives records, each with the physical line on which it starts.
 */

export type CsvSeparator = ',' | ';' | '\t'

export interface CsvRecord {
  /** 1-based physical line on which the record starts (a quoted field may span several lines). */
  readonly line: number
  readonly fields: string[]
  /** Set when the record could not be read unambiguously; its fields are a best effort. */
  readonly problem?: string
}

export interface CsvParseResult {
  readonly separator: CsvSeparator
  readonly records: CsvRecord[]
}

export interface CsvParseOptions {
  /** Detected from the first line when not given. */
  readonly separator?: CsvSeparator
}

const BOM = '\uFEFF'
const QUOTE = 34
const LF = 10
const CR = 13

/**
 * The separator used in the first line (outside quotes): the most frequent of `;`, `,` and tab. Spreadsheets set
 * to a Belgian locale write `;`. A first line without any separator means a single column (`,`).
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (let i = text.startsWith(BOM) ? 1 : 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) break
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++
  }
  let best: CsvSeparator = ','
  for (const sep of [';', '\t'] as const) if (counts[sep] > counts[best]) best = sep
  return best
}

/** Reads CSV text into records. Blank lines are skipped; a final line end is optional. */
export function parseCsv(input: string, options: CsvParseOptions = {}): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input
  const separator = options.separator ?? detectSeparator(text)
  const sep = separator.charCodeAt(0)
  const records: CsvRecord[] = []
  const n = text.length
  let i = 0
  let line = 1

  while (i < n) {
    const startLine = line
    // A blank line (no characters before its line end) is not a record.
    const first = text.charCodeAt(i)
    if (first === LF || first === CR) {
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
      line++
      continue
    }
    const fields: string[] = []
    let problem: string | undefined
    let endOfRecord = false
    while (!endOfRecord) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        // Quoted field: "" is a quote; line ends inside belong to the field.
        const parts: string[] = []
        let from = i + 1
        let closed = false
        let j = from
        while (j < n) {
          const c = text.charCodeAt(j)
          if (c === QUOTE) {
            if (text.charCodeAt(j + 1) === QUOTE) {
              parts.push(text.slice(from, j + 1))
              j += 2
              from = j
              continue
            }
            parts.push(text.slice(from, j))
            closed = true
            j++
            break
          }
          if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) line++
          j++
        }
        if (!closed) {
          parts.push(text.slice(from, j))
          problem ??= `A quoted field starting on line ${startLine} is never closed (a closing " is missing)`
        }
        // Anything between the closing quote and the next separator or line end is kept, but is an error.
        let k = j
        while (k < n) {
          const c = text.charCodeAt(k)
          if (c === sep || c === LF || c === CR) break
          k++
        }
        if (k > j) {
          parts.push(text.slice(j, k))
          problem ??= 'Unexpected text after a closing quote (quote the whole field and double inner quotes)'
        }
        fields.push(parts.join(''))
        i = k
      } else {
        let k = i
        while (k < n) {
          const c = text.charCodeAt(k)
          if (c === sep || c === LF || c === CR) break
          k++
        }
        fields.push(text.slice(i, k))
        i = k
      }
      // After a field: a separator (another field follows), a line end or the end of the text.
      if (i >= n) {
        endOfRecord = true
      } else {
        const c = text.charCodeAt(i)
        if (c === sep) {
          i++
        } else {
          i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
          line++
          endOfRecord = true
        }
      }
    }
    records.push(problem === undefined ? { line: startLine, fields } : { line: startLine, fields, problem })
  }
  return { separator, records }
}

function needsQuotes(field: string, separator: CsvSeparator): boolean {
  return (
    field.includes('"') ||
    field.includes(separator) ||
    field.includes('\n') ||
    field.includes('\r') ||
    field.startsWith(BOM)
  )
}

/** Writes records as RFC 4180 CSV (CRLF line ends), quoting only where needed. */
export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return rows
    .map((row) => {
      // A record of one empty field would be a blank line, which readers skip: quote it.
      if (row.length === 1 && row[0] === '') return '""'
      return row
        .map((field) => (needsQuotes(field, separator) ? `"${field.replaceAll('"', '""')}"` : field))
        .join(separator)
    })
    .map((line) => `${line}\r\n`)
    .join('')
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (Node's TextDecoder may treat both labels as Latin-1).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = []
  for (let i = 0; i < bytes.length; i += 8192) {
    const slice = bytes.subarray(i, i + 8192)
    chars.push(
      Array.from(slice, (b) =>
        b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b),
      ).join(''),
    )
  }
  return chars.join('')
}

/**
 * Decodes an uploaded file: UTF-8 (a byte order mark is removed), or Windows-1252 when the sender declared a
 * Western single-byte charset or the bytes are not valid UTF-8 (older spreadsheet exports on Windows).
 */
export function decodeCsvBytes(
  bytes: Uint8Array,
  declaredCharset?: string,
): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const single = /^(windows-1252|cp1252|iso-8859-1|iso-8859-15|latin1)$/i.test(declaredCharset?.trim() ?? '')
  if (!single) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
    } catch {
      // not UTF-8: fall through
    }
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
}
