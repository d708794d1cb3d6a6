import { PDF_FONT, pdfText } from '../../../lib/pdf/fonts'

/**
 * Layout primitives for the PDF report on top of pdfkit: headings kept with what follows, label/value rows in two
 * columns, and a footer on every buffered page. All text is printed in the embedded Unicode font (lib/pdf/fonts).
 */

const REGULAR = PDF_FONT.regular
const BOLD = PDF_FONT.bold
const ITALIC = PDF_FONT.italic
const ACCENT = '#1F4E79'
const TEXT = '#222222'
const MUTED = '#595959'
const RULE = '#BFBFBF'
const LABEL_WIDTH = 165
const GAP = 12
const BULLET = '\u2022 '

/** Printable text, with "art. 30.1" and "p. 3" kept on one line. */
function prepare(text: string): string {
  return pdfText(text).replace(/\b(art\.|Art\.|p\.) (?=\d)/g, '$1\u00a0')
}

export interface PdfFieldOptions {
  /** Italic and muted, e.g. for "(not provided)". */
  readonly placeholder?: boolean
}

export class PdfWriter {
  constructor(readonly pdf: PDFKit.PDFDocument) {}

  get left(): number {
    return this.pdf.page.margins.left
  }

  get width(): number {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right
  }

  private get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage()
  }

  newPage(): void {
    this.pdf.addPage()
  }

  title(text: string, size: number, color = ACCENT): void {
    this.pdf.font(BOLD).fontSize(size).fillColor(color)
    this.pdf.text(prepare(text), this.left, this.pdf.y, { width: this.width })
  }

  line(text: string, options: { size?: number; muted?: boolean; bold?: boolean } = {}): void {
    this.pdf
      .font(options.bold ? BOLD : REGULAR)
      .fontSize(options.size ?? 10)
      .fillColor(options.muted ? MUTED : TEXT)
    this.pdf.text(prepare(text), this.left, this.pdf.y, { width: this.width, lineGap: 2 })
  }

  space(points: number): void {
    this.pdf.y += points
  }

  /** A chapter heading with a rule under it; kept with at least a few lines of what follows. */
  heading(text: string): void {
    this.ensureSpace(90)
    this.title(text, 15)
    const y = this.pdf.y + 3
    this.pdf
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(1)
      .strokeColor(ACCENT)
      .stroke()
    this.pdf.y = y + 10
  }

  /** A heading for one item (an activity, a system ...) with an optional muted line under it. */
  subheading(text: string, note?: string): void {
    this.ensureSpace(70)
    const y = this.pdf.y
    this.pdf
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke()
    this.pdf.y = y + 6
    this.title(text, 12)
    if (note !== undefined) this.line(note, { size: 8.5, muted: true })
    this.space(4)
  }

  /** "Label | value" in two columns; several values as a bulleted list. */
  field(label: string, values: readonly string[], options: PdfFieldOptions = {}): void {
    const valueX = this.left + LABEL_WIDTH + GAP
    const valueWidth = this.width - LABEL_WIDTH - GAP
    const labelText = prepare(label)
    const valueText = prepare(
      values.length > 1 ? values.map((v) => BULLET + v).join('\n') : (values[0] ?? ''),
    )
    const valueFont = options.placeholder ? ITALIC : REGULAR
    const labelHeight = this.pdf.font(BOLD).fontSize(8.5).heightOfString(labelText, { width: LABEL_WIDTH })
    const valueHeight = this.pdf
      .font(valueFont)
      .fontSize(9.5)
      .heightOfString(valueText, { width: valueWidth, lineGap: 1.5 })
    const height = Math.max(labelHeight, valueHeight)
    // A value taller than a page flows on from here; it only needs room for its first lines.
    const pageHeight = this.bottom - this.pdf.page.margins.top
    this.ensureSpace(height <= pageHeight ? height : Math.max(labelHeight, 40))

    const top = this.pdf.y
    const page = this.pdf.page
    this.pdf
      .font(BOLD)
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(labelText, this.left, top + 1, { width: LABEL_WIDTH })
    const labelBottom = this.pdf.y
    this.pdf
      .font(valueFont)
      .fontSize(9.5)
      .fillColor(options.placeholder ? MUTED : TEXT)
      .text(valueText, valueX, top, { width: valueWidth, lineGap: 1.5 })
    const valueBottom = this.pdf.y
    this.pdf.x = this.left
    this.pdf.y = (this.pdf.page === page ? Math.max(labelBottom, valueBottom) : valueBottom) + 5
  }

  /** Writes `left` and `right` in the bottom margin of every buffered page. */
  footer(left: string, right: (page: number, total: number) => string): void {
    const range = this.pdf.bufferedPageRange()
    for (let index = range.start; index < range.start + range.count; index++) {
      this.pdf.switchToPage(index)
      const { margins } = this.pdf.page
      const bottomMargin = margins.bottom
      margins.bottom = 0
      const y = this.pdf.page.height - bottomMargin + 18
      const width = this.width
      this.pdf.font(REGULAR).fontSize(8).fillColor(MUTED)
      this.pdf.text(prepare(left), this.left, y, { width: width - 80, lineBreak: false, ellipsis: true })
      const pageLabel = prepare(right(index - range.start + 1, range.count))
      this.pdf.text(pageLabel, this.left + width - 80, y, { width: 80, align: 'right', lineBreak: false })
      margins.bottom = bottomMargin
    }
  }
}
