import { PDF_FONT, pdfText, usePdfFonts } from '../../lib/pdf/fonts'
import { newPdfDocument } from '../../lib/pdf/pdf-document'
import type { Block, Inline, NoticeDocument, NoticeSection } from './model'
import { wordingFor } from './wording'

const PAGE_LABEL = { nl: 'p.', fr: 'p.', en: 'p.' } as const
const MARGIN = 56

/** A link in print: its text, followed by the address when the text does not already show it. */
function linkText(p: { link: string; text: string }): string {
  const target = p.link.replace(/^mailto:/, '')
  return p.link.startsWith('#') || p.text.includes(target) ? p.text : `${p.text} (${target})`
}

function inlineText(parts: Inline[]): string {
  return pdfText(
    parts.map((p) => (typeof p === 'string' ? p : 'strong' in p ? p.strong : linkText(p))).join(''),
  )
}

/** The published notice as an A4 PDF (embedded DejaVu Sans, page numbers), e.g. to send by post. */
export function renderNoticePdf(notice: NoticeDocument): Promise<Buffer> {
  const doc = newPdfDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: pdfText(notice.title), Author: pdfText(notice.organizationName), Creator: 'Custos' },
  })
  usePdfFonts(doc)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const width = doc.page.width - MARGIN * 2

  doc.font(PDF_FONT.bold).fontSize(20).text(pdfText(notice.title), { width })
  doc
    .moveDown(0.3)
    .font(PDF_FONT.regular)
    .fontSize(11)
    .fillColor('#444')
    .text(pdfText(notice.organizationName), { width })
  if (notice.version !== undefined || notice.effectiveDate) {
    doc.text(
      pdfText(
        [notice.version ? `v${notice.version}` : '', notice.effectiveDate ?? ''].filter(Boolean).join(' - '),
      ),
      { width },
    )
  }
  doc.fillColor('#000').moveDown()
  if (notice.summary.length > 0)
    doc
      .font(PDF_FONT.bold)
      .fontSize(13)
      .text(pdfText(wordingFor(notice.language).summaryHeading), { width })
  for (const item of notice.summary)
    doc
      .font(PDF_FONT.regular)
      .fontSize(10.5)
      .text(`-  ${inlineText(item)}`, { width, indent: 0 })
  doc.moveDown()

  const block = (b: Block) => {
    doc.font(PDF_FONT.regular).fontSize(10.5)
    if (b.type === 'paragraph') doc.text(inlineText(b.content), { width, align: 'left' }).moveDown(0.5)
    else if (b.type === 'list') {
      for (const item of b.items)
        doc.text(`-  ${inlineText(item)}`, MARGIN + 10, undefined, { width: width - 10 })
      doc.x = MARGIN
      doc.moveDown(0.5)
    } else if (b.type === 'definitions') {
      for (const d of b.items) {
        doc.font(PDF_FONT.bold).text(pdfText(d.term), { width })
        doc.font(PDF_FONT.regular)
        for (const line of d.description)
          doc.text(inlineText(line), MARGIN + 10, undefined, { width: width - 10 })
        doc.x = MARGIN
        doc.moveDown(0.4)
      }
    } else {
      if (b.caption) doc.font(PDF_FONT.bold).text(pdfText(b.caption), { width })
      for (const row of b.rows) {
        const line = row.map((cell, i) => `${pdfText(b.head[i] ?? '')}: ${inlineText(cell)}`).join('\n')
        doc
          .font(PDF_FONT.regular)
          .text(line, MARGIN + 10, undefined, { width: width - 10 })
          .moveDown(0.3)
      }
      doc.x = MARGIN
      doc.moveDown(0.4)
    }
  }
  const section = (s: NoticeSection, level: number) => {
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage()
    doc
      .font(PDF_FONT.bold)
      .fontSize(level === 0 ? 14 : 12)
      .fillColor(s.prominent ? '#1f4e79' : '#000')
    doc.text(pdfText(s.heading), { width }).fillColor('#000').moveDown(0.3)
    for (const b of s.blocks) block(b)
    for (const sub of s.subsections ?? []) section(sub, level + 1)
    doc.moveDown(0.5)
  }
  for (const s of notice.sections) section(s, 0)

  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Writing in the bottom margin must not start a new page.
    doc.page.margins.bottom = 0
    doc.font(PDF_FONT.regular).fontSize(8).fillColor('#666')
    doc.text(
      `${pdfText(notice.organizationName)} - ${PAGE_LABEL[notice.language]} ${i + 1} / ${range.count}`,
      MARGIN,
      doc.page.height - MARGIN + 20,
      {
        width,
        align: 'center',
        lineBreak: false,
      },
    )
  }
  doc.end()
  return done
}
