import { Readable } from 'node:stream'
import { type Info, parse } from 'csv-parse'
import { decodeCsvStream } from './decode'

/**
 * The one CSV reader, streaming: records come out one at a time while the file is still arriving, so a large
 * import runs in constant memory. Built on csv-parse (node-csv). Lenient where a spreadsheet export can be trusted
 * (CRLF, LF or lone CR line ends, a UTF-8 byte order mark, a stray quote inside a field, a missing final line
 * end); a quoted field that is never closed becomes a record with a `problem` naming the line it starts on.
 * Every record carries the physical line on which it starts, for error messages.
 */

export type CsvSeparator = ',' | ';' | '\t'

export interface CsvRecord {
  /** 1-based physical line on which the record starts (a quoted field may span several lines). */
  readonly line: number
  readonly fields: string[]
  /** Set when the record could not be read; its fields are then empty. */
  readonly problem?: string
  /** What `problem` says, as a code (a quoted field never closed, or another unreadable line). */
  readonly problemCode?: 'csv_quote_not_closed' | 'csv_unreadable'
}

export interface CsvReadOptions {
  /** Detected from the first line when not given. */
  readonly separator?: CsvSeparator
  /** The charset the sender declared (Content-Type), if any. */
  readonly charset?: string
}

const BOM = '\uFEFF'
/** How much of the start of the file is looked at to find the separator when the first line is longer. */
const SNIFF_CHARS = 64 * 1024

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

const lineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0
const crlfs = (text: string) => text.match(/\r\n/g)?.length ?? 0

/** True once `text` holds a line end outside quotes (the whole first line has arrived). */
function hasFirstLine(text: string): boolean {
  let quoted = false
  for (const c of text) {
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) return true
  }
  return false
}

/** Reads CSV bytes (or text) into records. Blank lines are skipped. */
export async function* readCsv(
  source: AsyncIterable<Uint8Array | string>,
  options: CsvReadOptions = {},
): AsyncGenerator<CsvRecord> {
  const text = decodeCsvStream(source, options.charset)
  // Find the separator on the first line, then hand what was read and the rest to the parser.
  const head: string[] = []
  let separator = options.separator
  if (!separator) {
    let seen = ''
    for (;;) {
      const next = await text.next()
      if (next.done) break
      head.push(next.value)
      seen += next.value
      if (seen.length >= SNIFF_CHARS || hasFirstLine(seen)) break
    }
    separator = detectSeparator(seen)
  }
  // Line ends read so far (a CRLF split across two pieces counted once): where an unclosed quote starts.
  let breaksRead = 0
  let endedWithCr = false
  const count = (piece: string) => {
    breaksRead += lineBreaks(piece) - (endedWithCr && piece.startsWith('\n') ? 1 : 0)
    if (piece.length > 0) endedWithCr = piece.endsWith('\r')
    return piece
  }
  const input = Readable.from(
    (async function* () {
      for (const piece of head) yield count(piece)
      for await (const piece of text) yield count(piece)
    })(),
    { objectMode: false },
  )
  const parser = parse({
    delimiter: separator,
    record_delimiter: ['\r\n', '\n', '\r'],
    bom: true,
    info: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  })
  const skipped: CsvRecord[] = []
  // csv-parse counts a CRLF inside a quoted field as two lines: `extra` is what it has counted too many so far.
  let extra = 0
  parser.on('skip', (error: { code?: string; lines?: number; message: string; raw?: string }) => {
    // With relax_quotes the only error left is a quoted field still open at the end of the file; its raw text
    // (from the opening quote on) tells on which line it starts.
    const raw = (error.raw ?? '').replace(/^[\r\n]+/, '')
    // It is raised at the end of the file, when every line end has been read: the field starts as many line ends
    // before the last line as its raw text holds.
    const line = Math.max(1, breaksRead + 1 - lineBreaks(raw))
    skipped.push({
      line,
      fields: [],
      problemCode: error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'csv_quote_not_closed' : 'csv_unreadable',
      problem:
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? `A quoted field starting on line ${line} is never closed (a closing " is missing)`
          : `Line ${line} cannot be read as CSV (${error.message})`,
    })
  })
  input.on('error', (error) => parser.destroy(error))
  input.pipe(parser)
  for await (const item of parser as AsyncIterable<{ record: string[]; info: Info }>) {
    const fields = item.record
    let breaks = 0
    let over = 0
    for (const field of fields) {
      breaks += lineBreaks(field)
      over += crlfs(field)
    }
    extra += over
    const line = item.info.lines - extra - breaks
    // A skipped record is reported when the parser reaches it, which may be before the records ahead of it are read.
    while (skipped[0] && skipped[0].line < line) yield skipped.shift() as CsvRecord
    yield { line, fields }
  }
  yield* skipped.splice(0)
}

/** All records of a text at once (for small texts and tests). */
export async function readCsvText(text: string, options: CsvReadOptions = {}): Promise<CsvRecord[]> {
  const records: CsvRecord[] = []
  const source = (async function* () {
    yield text
  })()
  for await (const record of readCsv(source, options)) records.push(record)
  return records
}
