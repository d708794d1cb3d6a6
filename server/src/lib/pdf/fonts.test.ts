import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { afterAll, describe, expect, it } from 'vitest'
import { renderNoticePdf } from '../../domain/notice/render-pdf'
import { PDF_FONT, pdfText, usePdfFonts } from './fonts'

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const dir = mkdtempSync(join(tmpdir(), 'custos-pdf-font-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function readBack(pdf: Buffer): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
}

async function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = usePdfFonts(new PDFDocument({ size: 'A4' }))
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  draw(doc)
  doc.end()
  return done
}

describe('the PDF font', () => {
  it.skipIf(!hasPdftotext())('prints Central European letters as written, in every weight', async () => {
    const pdf = await render((doc) => {
      doc.text(pdfText('Łódź Őrség'))
      doc.font(PDF_FONT.bold).text(pdfText('Bold: Łódź Őrség'))
      doc.font(PDF_FONT.italic).text(pdfText('Italic: Łódź Őrség – 12 € → ✓'))
    })
    const text = readBack(pdf)
    expect(text).toContain('Łódź Őrség')
    expect(text).toContain('Bold: Łódź Őrség')
    expect(text).toContain('Italic: Łódź Őrség – 12 € → ✓')
  })

  it('replaces what the font has no glyph for, and control characters, but nothing else', async () => {
    await render(() => {}) // loads the font's character map
    expect(pdfText('rocket 🚀 Łódź')).toBe('rocket ? Łódź')
    expect(pdfText('a\tb\u0007c\nd')).toBe('a bc\nd')
    expect(pdfText('12\u202f€')).toBe('12\u202f€')
  })

  it.skipIf(!hasPdftotext())('a notice PDF keeps the organisation name as written', async () => {
    const pdf = await renderNoticePdf({
      language: 'nl',
      title: 'Privacyverklaring',
      organizationName: 'Łódź Őrség BV',
      summary: [],
      sections: [
        { id: 'who', heading: 'Wie zijn wij', blocks: [{ type: 'paragraph', content: ['Őrség, Łódź'] }] },
      ],
    } as unknown as Parameters<typeof renderNoticePdf>[0])
    const text = readBack(pdf)
    expect(text).toContain('Łódź Őrség BV')
    expect(text).toContain('Őrség, Łódź')
  })
})
