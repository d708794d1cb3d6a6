import PDFDocument from 'pdfkit'
import type { Draft } from '../../domain/breaches'
import { PDF_FONT, pdfText, usePdfFonts } from '../../lib/pdf/fonts'

const MARGIN = 56

/** A GBA notification draft as an A4 PDF: title, intro, then each section with its fields (label bold, value below). */
export function renderDraftPdf(draft: Draft, organisation: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: pdfText(draft.title), Author: pdfText(organisation), Creator: 'Custos' },
  })
  usePdfFonts(doc)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const width = doc.page.width - MARGIN * 2
  doc.font(PDF_FONT.bold).fontSize(14).text(pdfText(draft.title), { width }).moveDown(0.5)
  doc
    .font(PDF_FONT.regular)
    .fontSize(9.5)
    .fillColor('#444')
    .text(pdfText(draft.intro), { width })
    .fillColor('#000')
  for (const section of draft.sections) {
    if (doc.y > doc.page.height - MARGIN - 90) doc.addPage()
    doc.moveDown(0.8).font(PDF_FONT.bold).fontSize(12).text(pdfText(section.heading), { width }).moveDown(0.3)
    for (const field of section.fields) {
      if (doc.y > doc.page.height - MARGIN - 40) doc.addPage()
      doc.font(PDF_FONT.bold).fontSize(9.5).text(pdfText(field.label), { width })
      doc.font(PDF_FONT.regular).fontSize(10).text(pdfText(field.value), { width }).moveDown(0.35)
    }
  }
  doc.end()
  return done
}
