import { html, htmlString } from '../html'

/**
 * A small vector drawing - rectangles, circles, lines and text in points, y downwards, text placed on its
 * baseline - that can be written as SVG (for the web pages) and drawn into a PDF (lib/pdf/figure-pdf.ts) from the
 * same placement. Texts are plain text: the SVG writer escapes them.
 */
export type FigureShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string }
  | {
      kind: 'line'
      x1: number
      y1: number
      x2: number
      y2: number
      stroke: string
      dash?: readonly [number, number]
    }
  | {
      kind: 'text'
      x: number
      y: number
      text: string
      size: number
      anchor: 'start' | 'middle' | 'end'
      fill?: string
      /** Degrees, around (x, y); -90 reads upwards. */
      rotate?: number
    }
  /** Shapes that belong together; `data` becomes data-* attributes in SVG. */
  | { kind: 'group'; data: Record<string, string>; shapes: FigureShape[] }

export interface Figure {
  width: number
  height: number
  /** What the figure shows, for people who cannot see it (SVG title and aria-label). */
  title: string
  shapes: FigureShape[]
}

const esc = (s: string) => htmlString(html`${s}`)

function shapeSvg(s: FigureShape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="${s.fill}"${s.stroke ? ` stroke="${s.stroke}"` : ''}/>`
    case 'circle':
      return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"${s.stroke ? ` stroke="${s.stroke}"` : ''}/>`
    case 'line':
      return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${s.stroke}"${s.dash ? ` stroke-dasharray="${s.dash[0]} ${s.dash[1]}"` : ''}/>`
    case 'text':
      return `<text x="${s.x}" y="${s.y}" font-size="${s.size}" text-anchor="${s.anchor}"${s.fill ? ` fill="${s.fill}"` : ''}${s.rotate ? ` transform="rotate(${s.rotate} ${s.x} ${s.y})"` : ''}>${esc(s.text)}</text>`
    case 'group':
      return `<g${Object.entries(s.data)
        .map(([k, v]) => ` data-${k}="${esc(v)}"`)
        .join('')}>${s.shapes.map(shapeSvg).join('')}</g>`
  }
}

/** The figure as a standalone SVG document with its title (role img). */
export function figureSvg(figure: Figure): string {
  const { width, height } = figure
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(figure.title)}">` +
    `<title>${esc(figure.title)}</title>${figure.shapes.map(shapeSvg).join('')}</svg>`
  )
}
