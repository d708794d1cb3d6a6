import type { Letter, LetterBlock } from '../../domain/requests'
import { PDF_FONT, pdfText, usePdfFonts } from '../../lib/pdf/fonts'
import { newPdfDocument } from '../../lib/pdf/pdf-document'

const MARGIN = 64

/** A response letter as an A4 PDF for post: addressee in the window position, meta, body, signature. */
export function renderLetterPdf(letter: Letter): Promise<Buffer> {
  const doc = newPdfDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: pdfText(letter.subject),
      Author: pdfText(letter.signature.organisation),
      Creator: 'Custos',
    },
  })
  usePdfFonts(doc)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const width = doc.page.width - MARGIN * 2

  doc.font(PDF_FONT.bold).fontSize(11).text(pdfText(letter.signature.organisation), { width })
  doc.font(PDF_FONT.regular).fontSize(9).fillColor('#444')
  for (const line of letter.signature.lines) doc.text(pdfText(line), { width })
  doc.fillColor('#000')
  if (letter.addressee.length > 0) {
    doc.font(PDF_FONT.regular).fontSize(11)
    doc.text(pdfText(letter.addressee.join('\n')), doc.page.width / 2, 150, { width: width / 2 })
  }
  doc.x = MARGIN
  doc.y = Math.max(doc.y, 230)
  doc.moveDown()
  doc.fontSize(10)
  for (const item of letter.meta) {
    doc.font(PDF_FONT.bold).text(`${pdfText(item.label)}: `, { continued: true, width })
    doc.font(PDF_FONT.regular).text(pdfText(item.value), { width })
  }
  doc.moveDown().fontSize(10.5).text(pdfText(letter.salutation), { width }).moveDown(0.6)

  const block = (b: LetterBlock, depth: number) => {
    doc.font(PDF_FONT.regular).fontSize(10.5)
    switch (b.type) {
      case 'paragraph':
        doc.text(pdfText(b.text), { width }).moveDown(0.5)
        break
      case 'list':
        for (const item of b.items)
          doc.text(`-  ${pdfText(item)}`, MARGIN + 12, undefined, { width: width - 12 })
        doc.x = MARGIN
        doc.moveDown(0.5)
        break
      case 'link':
        doc.text(pdfText(b.text), { width }).text(pdfText(b.href), { width }).moveDown(0.5)
        break
      case 'address':
        for (const line of b.lines) doc.text(pdfText(line), MARGIN + 24, undefined, { width: width - 24 })
        doc.x = MARGIN
        doc.moveDown(0.5)
        break
      case 'section':
        if (doc.y > doc.page.height - MARGIN - 80) doc.addPage()
        doc
          .font(PDF_FONT.bold)
          .fontSize(depth === 0 ? 12 : 11)
          .text(pdfText(b.heading), { width })
          .moveDown(0.3)
        for (const child of b.blocks) block(child, depth + 1)
        break
    }
  }
  for (const b of letter.body) block(b, 0)
  doc.moveDown().font(PDF_FONT.regular).fontSize(10.5).text(pdfText(letter.closing), { width }).moveDown(1.5)
  doc.font(PDF_FONT.bold).text(pdfText(letter.signature.organisation), { width })
  doc.font(PDF_FONT.regular)
  for (const line of letter.signature.lines) doc.text(pdfText(line), { width })
  doc.end()
  return done
}
