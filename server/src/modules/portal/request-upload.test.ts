import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkIdDocument, isUploadedFile, MAX_ID_DOCUMENT_BYTES, sniffIdDocument } from './request-upload'

const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
const file = (content: Buffer, filename = 'kaart.pdf', truncated = false) => ({
  filename,
  content,
  truncated,
})

describe('identity document upload: type by magic bytes, size, no file', () => {
  it('recognises PDF, JPEG and PNG by their first bytes, whatever the name says', () => {
    expect(sniffIdDocument(PDF)).toBe('application/pdf')
    expect(sniffIdDocument(JPEG)).toBe('image/jpeg')
    expect(sniffIdDocument(PNG)).toBe('image/png')
    expect(checkIdDocument(file(PNG, 'scan.pdf'))).toEqual({
      outcome: 'ok',
      document: { filename: 'identity-document.png', contentType: 'image/png', content: PNG },
    })
  })

  it('refuses what only claims to be a document: HTML, SVG, an executable, a truncated signature', () => {
    for (const content of [
      Buffer.from('<html><script>alert(1)</script></html>'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      Buffer.from('MZ\x90\x00', 'latin1'),
      Buffer.from('%PDF'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      Buffer.from([0xff, 0xd8]),
    ]) {
      expect(checkIdDocument(file(content, 'id.pdf'))).toEqual({ outcome: 'wrong_type' })
    }
  })

  it('treats the empty part of a form without a chosen file as no document, an empty named file as wrong', () => {
    expect(checkIdDocument(undefined)).toEqual({ outcome: 'none' })
    expect(checkIdDocument(file(Buffer.alloc(0), ''))).toEqual({ outcome: 'none' })
    expect(checkIdDocument(file(Buffer.alloc(0), 'leeg.pdf'))).toEqual({ outcome: 'wrong_type' })
  })

  it('refuses a file cut off at the limit or over 5 MB', () => {
    expect(checkIdDocument(file(PDF, 'id.pdf', true))).toEqual({ outcome: 'too_large' })
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_ID_DOCUMENT_BYTES)])
    expect(checkIdDocument(file(big))).toEqual({ outcome: 'too_large' })
    const exact = Buffer.concat([PDF, Buffer.alloc(MAX_ID_DOCUMENT_BYTES - PDF.length)])
    expect(checkIdDocument(file(exact)).outcome).toBe('ok')
  })

  it('never throws on arbitrary bytes and accepts only what starts with a known signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ maxLength: 40 }), (bytes, name) => {
        const content = Buffer.from(bytes)
        const result = checkIdDocument(file(content, name))
        const type = sniffIdDocument(content)
        if (result.outcome === 'ok') {
          expect(type).not.toBeNull()
          expect(result.document.contentType).toBe(type)
          expect(result.document.filename).toMatch(/^identity-document\.(pdf|jpg|png)$/)
        } else if (type !== null) {
          expect.unreachable('a recognised document was refused')
        }
      }),
    )
  })

  it('knows the shape the route attaches to the body', () => {
    expect(isUploadedFile(file(PDF))).toBe(true)
    expect(isUploadedFile('a string')).toBe(false)
    expect(isUploadedFile({ filename: 'x', content: 'not a buffer', truncated: false })).toBe(false)
    expect(isUploadedFile(null)).toBe(false)
  })
})
