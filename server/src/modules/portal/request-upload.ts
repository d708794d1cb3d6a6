/**
 * The optional identity document of the public request form: what the browser sent, checked by its first bytes
 * (never by the declared type or the file name). Pure: the route reads the multipart stream, this decides.
 */

/** The largest identity document accepted (a phone photo or a scan). */
export const MAX_ID_DOCUMENT_BYTES = 5 * 1024 * 1024

export type IdDocumentType = 'application/pdf' | 'image/jpeg' | 'image/png'

const EXTENSIONS: Record<IdDocumentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
}

const SIGNATURES: readonly { type: IdDocumentType; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
]

/** The type the content really has, by its magic bytes; null for anything else. */
export function sniffIdDocument(content: Uint8Array): IdDocumentType | null {
  for (const { type, bytes } of SIGNATURES) {
    if (content.length >= bytes.length && bytes.every((b, i) => content[i] === b)) return type
  }
  return null
}

/** A file part as the multipart parser hands it over. */
export interface UploadedFile {
  /** The name the browser gave; empty when no file was chosen. */
  filename: string
  content: Buffer
  /** The stream hit the size limit: the content is cut off. */
  truncated: boolean
}

export type IdDocumentCheck =
  | { outcome: 'none' }
  | { outcome: 'too_large' }
  | { outcome: 'wrong_type' }
  | { outcome: 'ok'; document: { filename: string; contentType: IdDocumentType; content: Buffer } }

/**
 * Decides on the upload. Browsers send an empty part when no file was chosen: that is no document. The stored
 * name is ours ("identity-document.pdf"): the subject's file name may itself hold personal data.
 */
export function checkIdDocument(file: UploadedFile | undefined): IdDocumentCheck {
  if (!file || (file.filename === '' && file.content.length === 0)) return { outcome: 'none' }
  if (file.truncated || file.content.length > MAX_ID_DOCUMENT_BYTES) return { outcome: 'too_large' }
  if (file.content.length === 0) return { outcome: 'wrong_type' }
  const contentType = sniffIdDocument(file.content)
  if (contentType === null) return { outcome: 'wrong_type' }
  return {
    outcome: 'ok',
    document: {
      filename: `identity-document.${EXTENSIONS[contentType]}`,
      contentType,
      content: file.content,
    },
  }
}

/** Whether a value is an UploadedFile (what the route's onFile handler attaches to the body). */
export function isUploadedFile(value: unknown): value is UploadedFile {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.filename === 'string' && Buffer.isBuffer(v.content) && typeof v.truncated === 'boolean'
}
