import type { Figure, FigureShape } from '../figure/figure'
import { PDF_FONT, pdfText } from './fonts'

function drawShape(doc: PDFKit.PDFDocument, s: FigureShape): void {
  switch (s.kind) {
    case 'rect':
      doc.rect(s.x, s.y, s.width, s.height)
      if (s.stroke) doc.fillAndStroke(s.fill, s.stroke)
      else doc.fill(s.fill)
      return
    case 'circle':
      doc.circle(s.cx, s.cy, s.r)
      if (s.stroke) doc.fillAndStroke(s.fill, s.stroke)
      else doc.fill(s.fill)
      return
    case 'line':
      doc.save()
      if (s.dash) doc.dash(s.dash[0], { space: s.dash[1] })
      doc.moveTo(s.x1, s.y1).lineTo(s.x2, s.y2).stroke(s.stroke)
      doc.restore()
      return
    case 'text': {
      const text = pdfText(s.text)
      doc
        .save()
        .font(PDF_FONT.regular)
        .fontSize(s.size)
        .fillColor(s.fill ?? '#000')
      if (s.rotate) doc.rotate(s.rotate, { origin: [s.x, s.y] })
      const width = doc.widthOfString(text)
      const x = s.anchor === 'middle' ? s.x - width / 2 : s.anchor === 'end' ? s.x - width : s.x
      doc.text(text, x, s.y, { lineBreak: false, baseline: 'alphabetic' })
      doc.restore()
      return
    }
    case 'group':
      for (const inner of s.shapes) drawShape(doc, inner)
      return
  }
}

/**
 * Draws a figure as vector graphics with its top left corner at (x, y) of the current page, at its own size in
 * points; the text cursor and colours are left as they were, below the figure.
 */
export function drawFigure(doc: PDFKit.PDFDocument, figure: Figure, x: number, y: number): void {
  const { x: cursorX } = doc
  doc.save().translate(x, y)
  for (const shape of figure.shapes) drawShape(doc, shape)
  doc.restore()
  doc.fillColor('#000').strokeColor('#000')
  doc.x = cursorX
  doc.y = y + figure.height
}
