/**
 * Decodes an uploaded CSV file chunk by chunk: UTF-8 (a byte order mark is dropped), or Windows-1252 when the
 * sender declared a Western single-byte charset or the start of the file is not UTF-8 (older spreadsheet exports
 * on Windows). The choice is made on the first 64 KiB, so a file is never held whole in memory; bytes further on
 * that are not UTF-8 stop the reading with a CsvEncodingError.
 */

const SNIFF_BYTES = 64 * 1024

export type CsvEncoding = 'utf-8' | 'windows-1252'

export class CsvEncodingError extends Error {
  constructor() {
    super(
      'The file is not valid UTF-8 from here on (its start was). Save it as "CSV UTF-8", or send it with ' +
        'charset=windows-1252.',
    )
    this.name = 'CsvEncodingError'
  }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (Node's TextDecoder may treat both labels as Latin-1).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

export function decodeWindows1252(bytes: Uint8Array): string {
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

export function isSingleByteCharset(declared: string | undefined): boolean {
  return /^(windows-1252|cp1252|iso-8859-1|iso-8859-15|latin1)$/i.test(declared?.trim() ?? '')
}

const asBytes = (chunk: Uint8Array | string): Uint8Array =>
  typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk

/** Text chunks of the file, decoded as its encoding; `onEncoding` learns which one was chosen. */
export async function* decodeCsvStream(
  source: AsyncIterable<Uint8Array | string>,
  declaredCharset?: string,
  onEncoding?: (encoding: CsvEncoding) => void,
): AsyncGenerator<string> {
  const iterator = source[Symbol.asyncIterator]()
  if (isSingleByteCharset(declaredCharset)) {
    onEncoding?.('windows-1252')
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield decodeWindows1252(asBytes(next.value))
    }
    return
  }
  // The start of the file decides.
  const head: Uint8Array[] = []
  let size = 0
  let done = false
  while (size < SNIFF_BYTES) {
    const next = await iterator.next()
    if (next.done) {
      done = true
      break
    }
    const bytes = asBytes(next.value)
    head.push(bytes)
    size += bytes.length
  }
  const start = Buffer.concat(head)
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  let first: string
  try {
    first = utf8.decode(start, { stream: !done })
  } catch {
    onEncoding?.('windows-1252')
    yield decodeWindows1252(start)
    if (!done)
      for (let n = await iterator.next(); !n.done; n = await iterator.next()) {
        yield decodeWindows1252(asBytes(n.value))
      }
    return
  }
  onEncoding?.('utf-8')
  yield first
  if (done) return
  for (let next = await iterator.next(); ; next = await iterator.next()) {
    let text: string
    try {
      text = next.done ? utf8.decode() : utf8.decode(asBytes(next.value), { stream: true })
    } catch {
      throw new CsvEncodingError()
    }
    if (text) yield text
    if (next.done) return
  }
}
