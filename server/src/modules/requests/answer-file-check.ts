import { invisibleChar as invisible } from '../../lib/invisible-char'

/**
 * A file staff upload into an answer (issue 15, item 4): a copy from a manual system - a scanned file, a spreadsheet,
 * an export. Checked by its first bytes and its name's extension together (never by the declared type); the name is
 * kept, made safe, since it tells the subject what the document is. Pure: the route reads the multipart stream.
 */

/** The largest file accepted into an answer. */
export const MAX_ANSWER_FILE_BYTES = 20 * 1024 * 1024
/** At most this many files per request. */
export const MAX_ANSWER_FILES = 20
const MAX_NAME_LENGTH = 120

type Kind = 'pdf' | 'jpeg' | 'png' | 'zip' | 'text'

/** Extension -> the kind its content must have, and the type it is stored and served with. */
const EXTENSIONS: Record<string, { kind: Kind; contentType: string }> = {
  pdf: { kind: 'pdf', contentType: 'application/pdf' },
  jpg: { kind: 'jpeg', contentType: 'image/jpeg' },
  jpeg: { kind: 'jpeg', contentType: 'image/jpeg' },
  png: { kind: 'png', contentType: 'image/png' },
  zip: { kind: 'zip', contentType: 'application/zip' },
  docx: {
    kind: 'zip',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { kind: 'zip', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  odt: { kind: 'zip', contentType: 'application/vnd.oasis.opendocument.text' },
  ods: { kind: 'zip', contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  csv: { kind: 'text', contentType: 'text/csv; charset=utf-8' },
  txt: { kind: 'text', contentType: 'text/plain; charset=utf-8' },
  json: { kind: 'text', contentType: 'application/json' },
  xml: { kind: 'text', contentType: 'application/xml' },
}

export const ANSWER_FILE_EXTENSIONS = Object.keys(EXTENSIONS)

const SIGNATURES: readonly { kind: Kind; bytes: readonly number[] }[] = [
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK\x03\x04: zip, docx, xlsx, odt, ods
]

const utf8 = new TextDecoder('utf-8', { fatal: true })

function sniff(content: Uint8Array): Kind | null {
  for (const { kind, bytes } of SIGNATURES) {
    if (content.length >= bytes.length && bytes.every((b, i) => content[i] === b)) return kind
  }
  // Text: valid UTF-8 without NUL or other C0 controls than tab, line feed, carriage return and form feed.
  try {
    const text = utf8.decode(content)
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0
      if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f)
        return null
    }
    return 'text'
  } catch {
    return null
  }
}

/**
 * The name as shown to the subject: the last path segment, NFC, without control or reserved characters, trimmed of
 * dots and spaces (no hidden files, no `..`), shortened to 120 characters with its extension kept.
 */
export function safeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).at(-1) ?? ''
  const cleaned = base
    .normalize('NFC')
    .split('')
    .filter((char) => !invisible(char.charCodeAt(0)))
    .join('')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  if (cleaned.length <= MAX_NAME_LENGTH) return cleaned
  const dot = cleaned.lastIndexOf('.')
  const ext = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : ''
  return `${[...cleaned.slice(0, cleaned.length - ext.length)]
    .slice(0, MAX_NAME_LENGTH - ext.length)
    .join('')
    .trimEnd()}${ext}`
}

/** A file part as the route reads it. */
export interface UploadedAnswerFile {
  filename: string
  content: Buffer
  /** The stream hit the size limit: the content is cut off. */
  truncated: boolean
}

export type AnswerFileProblem =
  | 'file_empty'
  | 'file_too_large'
  | 'invalid_file_name'
  | 'file_type_not_allowed'

export type AnswerFileCheck =
  | { outcome: 'refused'; problem: AnswerFileProblem }
  | { outcome: 'ok'; file: { filename: string; contentType: string; content: Buffer } }

export function checkAnswerFile(file: UploadedAnswerFile | undefined): AnswerFileCheck {
  if (!file || file.content.length === 0) return { outcome: 'refused', problem: 'file_empty' }
  if (file.truncated || file.content.length > MAX_ANSWER_FILE_BYTES)
    return { outcome: 'refused', problem: 'file_too_large' }
  const filename = safeFileName(file.filename)
  const dot = filename.lastIndexOf('.')
  if (dot <= 0) return { outcome: 'refused', problem: 'invalid_file_name' }
  const type = EXTENSIONS[filename.slice(dot + 1).toLowerCase()]
  if (!type || sniff(file.content) !== type.kind)
    return { outcome: 'refused', problem: 'file_type_not_allowed' }
  return { outcome: 'ok', file: { filename, contentType: type.contentType, content: file.content } }
}
