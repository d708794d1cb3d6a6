import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkAnswerFile, MAX_ANSWER_FILE_BYTES, safeFileName } from './answer-file-check'

const file = (filename: string, content: Buffer | string, truncated = false) => ({
  filename,
  content: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
  truncated,
})
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1')

describe('a file uploaded into an answer', () => {
  it('accepts a PDF, a spreadsheet, a CSV by content and extension together', () => {
    expect(checkAnswerFile(file('loonfiche 2025.pdf', PDF))).toMatchObject({
      outcome: 'ok',
      file: { filename: 'loonfiche 2025.pdf', contentType: 'application/pdf' },
    })
    expect(checkAnswerFile(file('export.xlsx', Buffer.from('PK\u0003\u0004rest', 'latin1')))).toMatchObject({
      outcome: 'ok',
    })
    expect(checkAnswerFile(file('klanten.csv', 'naam;datum\nÉlise;01/02/2026\n'))).toMatchObject({
      outcome: 'ok',
      file: { contentType: 'text/csv; charset=utf-8' },
    })
  })

  it('refuses empty, cut-off, too large, nameless and mismatched files', () => {
    expect(checkAnswerFile(undefined)).toEqual({ outcome: 'refused', problem: 'file_empty' })
    expect(checkAnswerFile(file('a.pdf', Buffer.alloc(0)))).toEqual({
      outcome: 'refused',
      problem: 'file_empty',
    })
    expect(checkAnswerFile(file('a.pdf', PDF, true))).toEqual({
      outcome: 'refused',
      problem: 'file_too_large',
    })
    expect(checkAnswerFile(file('a.pdf', Buffer.concat([PDF, Buffer.alloc(MAX_ANSWER_FILE_BYTES)])))).toEqual(
      {
        outcome: 'refused',
        problem: 'file_too_large',
      },
    )
    for (const name of ['', '.pdf', '...', 'pdf', '/', '\u0000\u0001']) {
      expect(checkAnswerFile(file(name, PDF)), JSON.stringify(name)).toEqual({
        outcome: 'refused',
        problem: 'invalid_file_name',
      })
    }
    // A PDF named .png, a program named .pdf, a binary named .csv, an HTML page: refused.
    expect(checkAnswerFile(file('a.png', PDF)).outcome).toBe('refused')
    expect(checkAnswerFile(file('a.pdf', Buffer.from('MZ\u0090\u0000', 'latin1'))).outcome).toBe('refused')
    expect(checkAnswerFile(file('a.csv', Buffer.from([0x61, 0x00, 0x62]))).outcome).toBe('refused')
    expect(checkAnswerFile(file('a.html', '<script>alert(1)</script>')).outcome).toBe('refused')
    expect(checkAnswerFile(file('a.csv', Buffer.from([0xc3, 0x28]))).outcome).toBe('refused')
  })

  it('keeps only a safe last path segment of the name', () => {
    expect(safeFileName('../../etc/passwd.txt')).toBe('passwd.txt')
    expect(safeFileName('C:\\Users\\an\\dossier.pdf')).toBe('dossier.pdf')
    expect(safeFileName('  ..verborgen.pdf. ')).toBe('verborgen.pdf')
    expect(safeFileName('a\u202egpj.pdf')).toBe('agpj.pdf')
    expect(safeFileName('a<b>:"c|d?*.pdf')).toBe('a_b___c_d__.pdf')
    expect(safeFileName(`${'é'.repeat(300)}.pdf`)).toBe(`${'é'.repeat(116)}.pdf`)
  })

  it('never throws and never returns an unsafe name, whatever the name and bytes', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400, unit: 'binary' }),
        fc.uint8Array({ maxLength: 64 }),
        (name, bytes) => {
          const checked = checkAnswerFile(file(name, Buffer.from(bytes)))
          if (checked.outcome === 'ok') {
            const safe = checked.file.filename
            expect(safe.length).toBeGreaterThan(0)
            expect(safe.length).toBeLessThanOrEqual(120)
            expect(safe).not.toMatch(/[/\\<>:"|?*]/)
            expect([...safe].every((c) => (c.codePointAt(0) ?? 0) >= 0x20)).toBe(true)
            expect(safe.startsWith('.')).toBe(false)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })
})
