import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkSignedCopy,
  EOF_WINDOW,
  MAX_SIGNED_COPY_BYTES,
  type SignedCopyCheck,
  signedCopyName,
} from './signed-copy-file'

const pdf = (body = '1 0 obj << >> endobj\ntrailer << >>\n') =>
  Buffer.from(`%PDF-1.7\n%\u00e2\u00e3\n${body}%%EOF\n`, 'latin1')
const upload = (content: Buffer, filename = 'signed.pdf', truncated = false) => ({
  filename,
  content,
  truncated,
})
const problem = (c: SignedCopyCheck) => (c.outcome === 'refused' ? c.problem : 'ok')

describe('the signed copy of a DPIA decision: a PDF, checked by its bytes', () => {
  it('takes a PDF with its header and end marker, as uploaded', () => {
    const content = pdf()
    const checked = checkSignedCopy(upload(content, 'DPIA callcenter getekend.pdf'))
    expect(checked).toEqual({ outcome: 'ok', filename: 'DPIA callcenter getekend.pdf', content })
    // PDF 2.0, and an incremental update (a signature added later) ends with a second marker.
    expect(problem(checkSignedCopy(upload(Buffer.from('%PDF-2.0\n%%EOF\nxref\n%%EOF\r\n'))))).toBe('ok')
  })

  it('names what is wrong: nothing sent, empty, too large, not a PDF, cut off', () => {
    expect(problem(checkSignedCopy(undefined))).toBe('file_empty')
    expect(problem(checkSignedCopy(upload(Buffer.alloc(0))))).toBe('file_empty')
    expect(problem(checkSignedCopy(upload(pdf(), 'a.pdf', true)))).toBe('file_too_large')
    expect(problem(checkSignedCopy(upload(Buffer.alloc(MAX_SIGNED_COPY_BYTES + 1, 0x25))))).toBe(
      'file_too_large',
    )
    // A Word file or a JPEG renamed .pdf, a PDF inside a signature envelope (.p7m), text that mentions %PDF-.
    expect(problem(checkSignedCopy(upload(Buffer.from('PK\u0003\u0004word/document.xml%%EOF'))))).toBe(
      'file_not_pdf',
    )
    expect(problem(checkSignedCopy(upload(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x25, 0x25]))))).toBe(
      'file_not_pdf',
    )
    expect(problem(checkSignedCopy(upload(Buffer.from(' %PDF-1.7\n%%EOF'))))).toBe('file_not_pdf')
    expect(problem(checkSignedCopy(upload(Buffer.from('%PDF-x.y\n%%EOF'))))).toBe('file_not_pdf')
    expect(problem(checkSignedCopy(upload(Buffer.from('%PDF-1.7\n1 0 obj << /Length 5 >> stream'))))).toBe(
      'pdf_incomplete',
    )
    // The marker must be within the last 1024 bytes, where readers look for it.
    const late = Buffer.concat([pdf(), Buffer.alloc(EOF_WINDOW, 0x20)])
    expect(problem(checkSignedCopy(upload(late)))).toBe('pdf_incomplete')
    expect(problem(checkSignedCopy(upload(late.subarray(0, late.length - 6))))).toBe('ok')
  })

  it('lists the copy under a safe name ending in .pdf', () => {
    expect(signedCopyName('C:\\Scans\\dpia.PDF')).toBe('dpia.pdf')
    expect(signedCopyName('../../etc/passwd')).toBe('passwd.pdf')
    expect(signedCopyName('')).toBe('signed-copy.pdf')
    expect(signedCopyName('evil\u202Efdp.exe')).toBe('evilfdp.exe.pdf')
    expect(signedCopyName(`${'a'.repeat(300)}.pdf`)).toHaveLength(120)
  })

  it('property: never throws, and accepts exactly a PDF header with an end marker near the end', () => {
    const bytes = fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a))
    const header = fc
      .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }))
      .map(([a, b]) => Buffer.from(`%PDF-${a}.${b}`))
    fc.assert(
      fc.property(bytes, fc.string(), fc.boolean(), (content, filename, truncated) => {
        const checked = checkSignedCopy(upload(content, filename, truncated))
        const isPdf =
          content.length > 0 &&
          !truncated &&
          /^%PDF-\d\.\d/.test(content.subarray(0, 8).toString('latin1')) &&
          content.subarray(Math.max(0, content.length - EOF_WINDOW)).includes('%%EOF')
        expect(checked.outcome === 'ok').toBe(isPdf)
        if (checked.outcome === 'ok') {
          expect(checked.content).toBe(content)
          expect(checked.filename).toMatch(/\.pdf$/)
          expect(checked.filename.length).toBeLessThanOrEqual(120)
        }
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(header, bytes, fc.integer({ min: 0, max: EOF_WINDOW - 5 }), (head, body, tail) => {
        const content = Buffer.concat([head, body, Buffer.from('%%EOF'), Buffer.alloc(tail, 0x0a)])
        expect(problem(checkSignedCopy(upload(content)))).toBe('ok')
        const cut = Buffer.concat([head, body.filter((b) => b !== 0x25)])
        expect(problem(checkSignedCopy(upload(cut)))).toBe('pdf_incomplete')
      }),
      { numRuns: 300 },
    )
  })
})
