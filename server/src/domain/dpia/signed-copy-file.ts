import { invisibleChar as invisible } from '../../lib/invisible-char'

/**
 * The signed copy of a decided DPIA version (issue 21 item 2, decision 0091): a PDF, and only that is checked. Its
 * first bytes must be a PDF header (`%PDF-` and a version such as 1.7 or 2.0) and an end-of-file marker (`%%EOF`)
 * must be in its last 1024 bytes, where readers look for it - a file cut off in a scan or an upload has none. Whether
 * the PDF carries a signature, whose, and whether it is the document Custos drew up at the decision is not checked:
 * the page says so. Pure: the route reads the multipart stream.
 */

/** The largest signed copy accepted: the limit of every one-file upload (request answers, breach evidence). */
export const MAX_SIGNED_COPY_BYTES = 20 * 1024 * 1024
/** Readers look for the end-of-file marker this far from the end (PDF 1.7, implementation note 18 of Acrobat). */
export const EOF_WINDOW = 1024
const MAX_NAME_LENGTH = 120

export type SignedCopyProblem = 'file_empty' | 'file_too_large' | 'file_not_pdf' | 'pdf_incomplete'

export type SignedCopyCheck =
  | { outcome: 'refused'; problem: SignedCopyProblem }
  | { outcome: 'ok'; filename: string; content: Buffer }

const HEADER = Buffer.from('%PDF-', 'latin1')
const EOF_MARKER = Buffer.from('%%EOF', 'latin1')
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39

/** `%PDF-` then a version digit, a dot and a digit, at the very start of the file. */
export function hasPdfHeader(content: Uint8Array): boolean {
  if (content.length < HEADER.length + 3) return false
  for (let i = 0; i < HEADER.length; i++) if (content[i] !== HEADER[i]) return false
  const at = HEADER.length
  return isDigit(content[at]) && content[at + 1] === 0x2e && isDigit(content[at + 2])
}

/** `%%EOF` within the last EOF_WINDOW bytes. */
export function hasEofMarker(content: Buffer): boolean {
  const tail = content.subarray(Math.max(0, content.length - EOF_WINDOW))
  return tail.includes(EOF_MARKER)
}

/**
 * The name the copy is listed under: the last segment of the name it was uploaded with, without control,
 * zero-width or bidirectional characters, at most 120 characters, ending in .pdf (added when it does not).
 */
export function signedCopyName(raw: string): string {
  const base = (raw.split(/[/\\]/).at(-1) ?? '')
    .normalize('NFC')
    .split('')
    .filter((char) => !invisible(char.charCodeAt(0)))
    .join('')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const stem = base.replace(/\.pdf$/i, '')
  const short = [...stem]
    .slice(0, MAX_NAME_LENGTH - 4)
    .join('')
    .trimEnd()
  return `${short === '' ? 'signed-copy' : short}.pdf`
}

/** Checks an uploaded file as a signed copy: present, within the limit, a PDF with its end marker. */
export function checkSignedCopy(
  file: { filename: string; content: Buffer; truncated: boolean } | undefined,
): SignedCopyCheck {
  if (!file || file.content.length === 0) return { outcome: 'refused', problem: 'file_empty' }
  if (file.truncated || file.content.length > MAX_SIGNED_COPY_BYTES)
    return { outcome: 'refused', problem: 'file_too_large' }
  if (!hasPdfHeader(file.content)) return { outcome: 'refused', problem: 'file_not_pdf' }
  if (!hasEofMarker(file.content)) return { outcome: 'refused', problem: 'pdf_incomplete' }
  return { outcome: 'ok', filename: signedCopyName(file.filename), content: file.content }
}
