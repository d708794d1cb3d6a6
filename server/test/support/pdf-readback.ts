import { execFileSync } from 'node:child_process'

/** A word pdftotext found on a page, with its box in points (origin top left). */
export interface PdfWord {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/** Every word of a PDF with its page and box, read back by pdftotext -bbox. */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' })
  const words: PdfWord[] = []
  let page = 0
  for (const m of html.matchAll(
    /<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0].startsWith('<page')) {
      page += 1
      continue
    }
    words.push({
      page,
      text: decode(m[5] ?? ''),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    })
  }
  return words
}

/** One page rendered by pdftoppm at 72 dpi (one pixel per point): the colour at a point. */
export function pdfPageColours(
  file: string,
  page: number,
): (x: number, y: number) => [number, number, number] {
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), file], {
    maxBuffer: 32 * 1024 * 1024,
  })
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('pdftoppm did not give a binary PPM')
  const width = Number(header[1])
  const offset = header[0].length
  return (x, y) => {
    const i = offset + (Math.round(y) * width + Math.round(x)) * 3
    return [ppm[i] ?? -1, ppm[i + 1] ?? -1, ppm[i + 2] ?? -1]
  }
}

/** Whether a colour is within `tolerance` of '#rrggbb' on each channel (anti-aliasing). */
export function near(rgb: readonly number[], hex: string, tolerance = 12): boolean {
  const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16))
  return want.every((v, i) => Math.abs(v - (rgb[i] ?? -999)) <= tolerance)
}
