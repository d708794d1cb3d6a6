import PDFDocument from 'pdfkit'
import type { Block, Inline, NoticeDocument, NoticeSection } from './model'
import { wordingFor } from './wording'

const PAGE_LABEL = { nl: 'p.', fr: 'p.', en: 'p.' } as const
const MARGIN = 56

const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac,
  0x2122,
])
const REPLACEMENTS: Record<string, string> = {
  '\u202f': '\u00a0',
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u25CF': '-',
}

/** Characters outside WinAnsi (the encoding of the built-in PDF fonts) replaced by safe equivalents. */
function pdfSafe(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    const ok =
      code === 9 ||
      code === 10 ||
      code === 13 ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff)
    out += ok || WIN_ANSI_EXTRA.has(code) ? ch : (REPLACEMENTS[ch] ?? '?')
  }
  return out
}

/** A link in print: its text, followed by the address when the text does not already show it. */
function linkText(p: { link: string; text: string }): string {
  const target = p.link.replace(/^mailto:/, '')
  return p.link.startsWith('#') || p.text.includes(target) ? p.text : `${p.text} (${target})`
}

function inlineText(parts: Inline[]): string {
  return pdfSafe(
    parts.map((p) => (typeof p === 'string' ? p : 'strong' in p ? p.strong : linkText(p))).join(''),
  )
}

/** The published notice as an A4 PDF (built-in Helvetica, page numbers), e.g. to send by post. */
export function renderNoticePdf(notice: NoticeDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: pdfSafe(notice.title), Author: pdfSafe(notice.organizationName), Creator: 'Custos' },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  const width = doc.page.width - MARGIN * 2

  doc.font('Helvetica-Bold').fontSize(20).text(pdfSafe(notice.title), { width })
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(11)
    .fillColor('#444')
    .text(pdfSafe(notice.organizationName), { width })
  if (notice.version !== undefined || notice.effectiveDate) {
    doc.text(
      pdfSafe(
        [notice.version ? `v${notice.version}` : '', notice.effectiveDate ?? ''].filter(Boolean).join(' - '),
      ),
      { width },
    )
  }
  doc.fillColor('#000').moveDown()
  if (notice.summary.length > 0)
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(pdfSafe(wordingFor(notice.language).summaryHeading), { width })
  for (const item of notice.summary)
    doc
      .font('Helvetica')
      .fontSize(10.5)
      .text(`-  ${inlineText(item)}`, { width, indent: 0 })
  doc.moveDown()

  const block = (b: Block) => {
    doc.font('Helvetica').fontSize(10.5)
    if (b.type === 'paragraph') doc.text(inlineText(b.content), { width, align: 'left' }).moveDown(0.5)
    else if (b.type === 'list') {
      for (const item of b.items)
        doc.text(`-  ${inlineText(item)}`, MARGIN + 10, undefined, { width: width - 10 })
      doc.x = MARGIN
      doc.moveDown(0.5)
    } else if (b.type === 'definitions') {
      for (const d of b.items) {
        doc.font('Helvetica-Bold').text(pdfSafe(d.term), { width })
        doc.font('Helvetica')
        for (const line of d.description)
          doc.text(inlineText(line), MARGIN + 10, undefined, { width: width - 10 })
        doc.x = MARGIN
        doc.moveDown(0.4)
      }
    } else {
      if (b.caption) doc.font('Helvetica-Bold').text(pdfSafe(b.caption), { width })
      for (const row of b.rows) {
        const line = row.map((cell, i) => `${pdfSafe(b.head[i] ?? '')}: ${inlineText(cell)}`).join('\n')
        doc
          .font('Helvetica')
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
      .font('Helvetica-Bold')
      .fontSize(level === 0 ? 14 : 12)
      .fillColor(s.prominent ? '#1f4e79' : '#000')
    doc.text(pdfSafe(s.heading), { width }).fillColor('#000').moveDown(0.3)
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
    doc.font('Helvetica').fontSize(8).fillColor('#666')
    doc.text(
      `${pdfSafe(notice.organizationName)} - ${PAGE_LABEL[notice.language]} ${i + 1} / ${range.count}`,
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
