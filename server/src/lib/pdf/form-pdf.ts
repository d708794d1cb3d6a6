import type { Figure } from '../figure/figure'
import { drawFigure } from './figure-pdf'
import { PDF_FONT, pdfText, usePdfFonts } from './fonts'
import { newPdfDocument } from './pdf-document'

const MARGIN = 56

export interface FormPdfField {
  label: string
  value: string
  /** A chart drawn as vector graphics below the value (kept whole on one page). */
  figure?: Figure
}
export interface FormPdfSection {
  heading: string
  /** Paragraphs printed under the heading, before the fields. */
  paragraphs?: string[]
  fields: FormPdfField[]
}
export interface FormPdf {
  title: string
  intro: string
  sections: FormPdfSection[]
}

/**
 * A document of labelled fields as an A4 PDF: title, intro, then each section with its paragraphs and fields
 * (label bold, value below). The GBA notification drafts and the retention destruction certificates use it.
 */
export function renderFormPdf(content: FormPdf, author: string): Promise<Buffer> {
  const doc = newPdfDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: pdfText(content.title), Author: pdfText(author), Creator: 'Custos' },
  })
  usePdfFonts(doc)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const width = doc.page.width - MARGIN * 2
  doc.font(PDF_FONT.bold).fontSize(14).text(pdfText(content.title), { width }).moveDown(0.5)
  doc
    .font(PDF_FONT.regular)
    .fontSize(9.5)
    .fillColor('#444')
    .text(pdfText(content.intro), { width })
    .fillColor('#000')
  for (const section of content.sections) {
    if (doc.y > doc.page.height - MARGIN - 90) doc.addPage()
    doc.moveDown(0.8).font(PDF_FONT.bold).fontSize(12).text(pdfText(section.heading), { width }).moveDown(0.3)
    for (const paragraph of section.paragraphs ?? []) {
      if (doc.y > doc.page.height - MARGIN - 40) doc.addPage()
      doc.font(PDF_FONT.regular).fontSize(10).text(pdfText(paragraph), { width }).moveDown(0.4)
    }
    for (const field of section.fields) {
      // A figure stays on the page of its label and value (about 50 pt above it).
      const needed = field.figure ? field.figure.height + 50 : 40
      if (doc.y > doc.page.height - MARGIN - needed) doc.addPage()
      doc.font(PDF_FONT.bold).fontSize(9.5).text(pdfText(field.label), { width })
      doc.font(PDF_FONT.regular).fontSize(10).text(pdfText(field.value), { width }).moveDown(0.35)
      if (field.figure) {
        if (doc.y + field.figure.height > doc.page.height - MARGIN) doc.addPage()
        drawFigure(doc, field.figure, MARGIN, doc.y)
        doc.moveDown(0.5)
      }
    }
  }
  doc.end()
  return done
}
