import PDFDocument from 'pdfkit'
import type { Letter, LetterBlock } from '../../domain/requests'

const MARGIN = 64
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac,
  0x2122,
])

/** Characters outside WinAnsi (the built-in PDF fonts) become safe equivalents; no-break spaces stay. */
function pdfSafe(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    const ok = code === 10 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)
    out += ok || WIN_ANSI_EXTRA.has(code) ? ch : code === 0x202f ? '\u00a0' : '?'
  }
  return out
}

/** A response letter as an A4 PDF for post: addressee in the window position, meta, body, signature. */
export function renderLetterPdf(letter: Letter): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: pdfSafe(letter.subject),
      Author: pdfSafe(letter.signature.organisation),
      Creator: 'Custos',
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const width = doc.page.width - MARGIN * 2

  doc.font('Helvetica-Bold').fontSize(11).text(pdfSafe(letter.signature.organisation), { width })
  doc.font('Helvetica').fontSize(9).fillColor('#444')
  for (const line of letter.signature.lines) doc.text(pdfSafe(line), { width })
  doc.fillColor('#000')
  if (letter.addressee.length > 0) {
    doc.font('Helvetica').fontSize(11)
    doc.text(pdfSafe(letter.addressee.join('\n')), doc.page.width / 2, 150, { width: width / 2 })
  }
  doc.x = MARGIN
  doc.y = Math.max(doc.y, 230)
  doc.moveDown()
  doc.fontSize(10)
  for (const item of letter.meta) {
    doc.font('Helvetica-Bold').text(`${pdfSafe(item.label)}: `, { continued: true, width })
    doc.font('Helvetica').text(pdfSafe(item.value), { width })
  }
  doc.moveDown().fontSize(10.5).text(pdfSafe(letter.salutation), { width }).moveDown(0.6)

  const block = (b: LetterBlock, depth: number) => {
    doc.font('Helvetica').fontSize(10.5)
    switch (b.type) {
      case 'paragraph':
        doc.text(pdfSafe(b.text), { width }).moveDown(0.5)
        break
      case 'list':
        for (const item of b.items)
          doc.text(`-  ${pdfSafe(item)}`, MARGIN + 12, undefined, { width: width - 12 })
        doc.x = MARGIN
        doc.moveDown(0.5)
        break
      case 'link':
        doc.text(pdfSafe(b.text), { width }).text(pdfSafe(b.href), { width }).moveDown(0.5)
        break
      case 'address':
        for (const line of b.lines) doc.text(pdfSafe(line), MARGIN + 24, undefined, { width: width - 24 })
        doc.x = MARGIN
        doc.moveDown(0.5)
        break
      case 'section':
        if (doc.y > doc.page.height - MARGIN - 80) doc.addPage()
        doc
          .font('Helvetica-Bold')
          .fontSize(depth === 0 ? 12 : 11)
          .text(pdfSafe(b.heading), { width })
          .moveDown(0.3)
        for (const child of b.blocks) block(child, depth + 1)
        break
    }
  }
  for (const b of letter.body) block(b, 0)
  doc.moveDown().font('Helvetica').fontSize(10.5).text(pdfSafe(letter.closing), { width }).moveDown(1.5)
  doc.font('Helvetica-Bold').text(pdfSafe(letter.signature.organisation), { width })
  doc.font('Helvetica')
  for (const line of letter.signature.lines) doc.text(pdfSafe(line), { width })
  doc.end()
  return done
}
