import { createRequire } from 'node:module'

let PdfDocument: typeof import('pdfkit') | undefined

/**
 * A new pdfkit document. pdfkit (with fontkit, its Unicode tables and zlib streams) is loaded when the first PDF
 * is made, not when the server or a command starts: most starts never write a PDF.
 */
export function newPdfDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  PdfDocument ??= createRequire(import.meta.url)('pdfkit') as typeof import('pdfkit')
  return new PdfDocument(options)
}
