import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * The one font of every PDF Custos writes (notices, request letters, the register report): DejaVu Sans from the
 * dejavu-fonts-ttf package, embedded (pdfkit subsets it to the glyphs used). It covers Latin, Greek and Cyrillic,
 * so names such as "Łódź" or "Őrség" print as written - the built-in Helvetica could only encode Windows-1252.
 * The files are read on the first PDF, not at start-up, and kept for the next ones.
 */

export const PDF_FONT = {
  regular: 'Custos-Regular',
  bold: 'Custos-Bold',
  italic: 'Custos-Italic',
} as const

const FILES: Record<keyof typeof PDF_FONT, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
}

let loaded: Record<keyof typeof PDF_FONT, Buffer> | undefined

function fontFiles(): Record<keyof typeof PDF_FONT, Buffer> {
  if (!loaded) {
    const require = createRequire(import.meta.url)
    const read = (path: string) => readFileSync(require.resolve(path))
    loaded = { regular: read(FILES.regular), bold: read(FILES.bold), italic: read(FILES.italic) }
  }
  return loaded
}

/** Whether the embedded font has a glyph for a character; known once a first document has loaded it. */
let hasGlyph: ((codePoint: number) => boolean) | undefined

/** Registers the fonts on a new document and makes the regular one current. */
export function usePdfFonts(doc: PDFKit.PDFDocument): PDFKit.PDFDocument {
  const files = fontFiles()
  for (const key of Object.keys(PDF_FONT) as (keyof typeof PDF_FONT)[])
    doc.registerFont(PDF_FONT[key], files[key])
  doc.font(PDF_FONT.regular)
  if (!hasGlyph) {
    // pdfkit's embedded font wraps a fontkit font, which knows its character map.
    const font = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } })
      ._font?.font
    if (typeof font?.hasGlyphForCodePoint === 'function') hasGlyph = font.hasGlyphForCodePoint.bind(font)
  }
  return doc
}

/**
 * Text as the PDF prints it: control characters (other than line breaks) are dropped and a tab is a space; a
 * character the font has no glyph for (an emoji, a rare script) becomes "?" rather than an empty box. Everything
 * else - "ő", "ł", "€", "→", a narrow no-break space - prints as written.
 */
export function pdfText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = text.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  const known = hasGlyph
  if (!known) return clean
  let out = ''
  for (const ch of clean) {
    const code = ch.codePointAt(0) ?? 0
    out += code === 10 || code === 13 || known(code) ? ch : '?'
  }
  return out
}
