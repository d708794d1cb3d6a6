import { type Figure, type FigureShape, figureSvg } from '../../lib/figure/figure'
import { type Level, type RiskKey, type RiskMapPoint, riskLevel } from './risk'

/** The letter marking each risk on the map (the legend names them). */
export const RISK_MARKS: Record<RiskKey, string> = {
  illegitimate_access: 'A',
  unwanted_modification: 'M',
  disappearance: 'D',
}
export const CELL = 60
export const MARKER_RADIUS = 9
const ORIGIN_X = 70
const ORIGIN_Y = 20
/** Risks side by side in a cell: one column each (three columns of 19 points in a 60-point cell). */
const COLUMN = 19
/** In a cell, the marker before the measures sits above the one after, so neither hides the other. */
const ROW = 10

export interface RiskMapLabels {
  title: string
  severity: string
  likelihood: string
  levels: readonly [string, string, string, string]
}

/** The cell of a severity and likelihood: likelihood across (1 left), severity up (1 at the bottom). */
export function cellOf(severity: Level, likelihood: Level) {
  return { x: ORIGIN_X + (likelihood - 1) * CELL, y: ORIGIN_Y + (4 - severity) * CELL, size: CELL }
}

/**
 * Where a risk's marker goes: in the cell of its severity and likelihood, in the risk's own column (the three risks
 * never cover each other) and in the upper half before the measures, the lower half after.
 */
export function markerCentre(
  risk: RiskKey,
  when: 'initial' | 'residual',
  severity: Level,
  likelihood: Level,
) {
  const cell = cellOf(severity, likelihood)
  const column = Object.keys(RISK_MARKS).indexOf(risk) - 1
  return {
    x: cell.x + CELL / 2 + column * COLUMN,
    y: cell.y + CELL / 2 + (when === 'initial' ? -ROW : ROW),
  }
}

const FILL = { high: '#f4c7c3', moderate: '#fce8b2', low: '#d9ead3' } as const

/**
 * The risk map as a figure: likelihood across, severity up, the cells coloured by the risk level they stand for,
 * each risk as a hollow circle before and a filled one after the measures, with a dashed line between (no filled
 * one while the residual risk is not estimated). The same
 * placement serves the SVG of the API and page and the chart in the PDF report.
 */
export function riskMapFigure(map: readonly RiskMapPoint[], labels: RiskMapLabels): Figure {
  const shapes: FigureShape[] = []
  const levels = [1, 2, 3, 4] as const
  for (const s of levels)
    for (const l of levels) {
      const cell = cellOf(s, l)
      const fill = FILL[riskLevel({ severity: s, likelihood: l })]
      shapes.push({ kind: 'rect', x: cell.x, y: cell.y, width: CELL, height: CELL, fill, stroke: '#fff' })
    }
  for (const n of levels) {
    const across = cellOf(1, n)
    const up = cellOf(n, 1)
    const text = labels.levels[n - 1] ?? ''
    shapes.push(
      { kind: 'text', x: across.x + CELL / 2, y: ORIGIN_Y + 4 * CELL + 14, text, size: 9, anchor: 'middle' },
      { kind: 'text', x: ORIGIN_X - 4, y: up.y + CELL / 2 + 3, text, size: 9, anchor: 'end' },
    )
  }
  for (const p of map) {
    const before = markerCentre(p.risk, 'initial', p.initial.severity, p.initial.likelihood)
    const after = markerCentre(p.risk, 'residual', p.residual.severity, p.residual.likelihood)
    const mark = RISK_MARKS[p.risk]
    const hollow: FigureShape[] = [
      { kind: 'circle', cx: before.x, cy: before.y, r: MARKER_RADIUS, fill: '#fff', stroke: '#333' },
      { kind: 'text', x: before.x, y: before.y + 3, text: mark, size: 9, anchor: 'middle' },
    ]
    // Without a residual estimate nobody assessed the risk after the measures: only the hollow marker is drawn.
    const filled: FigureShape[] = p.residualEstimated
      ? [
          { kind: 'circle', cx: after.x, cy: after.y, r: MARKER_RADIUS, fill: '#333' },
          { kind: 'text', x: after.x, y: after.y + 3, text: mark, size: 9, anchor: 'middle', fill: '#fff' },
        ]
      : []
    const line: FigureShape[] = p.residualEstimated
      ? [{ kind: 'line', x1: before.x, y1: before.y, x2: after.x, y2: after.y, stroke: '#555', dash: [3, 2] }]
      : []
    shapes.push({ kind: 'group', data: { risk: p.risk }, shapes: [...line, ...hollow, ...filled] })
  }
  const width = ORIGIN_X + 4 * CELL + 10
  const height = ORIGIN_Y + 4 * CELL + 40
  const middle = ORIGIN_Y + 2 * CELL
  shapes.push(
    {
      kind: 'text',
      x: ORIGIN_X + 2 * CELL,
      y: height - 6,
      text: labels.likelihood,
      size: 10,
      anchor: 'middle',
    },
    { kind: 'text', x: 12, y: middle, text: labels.severity, size: 10, anchor: 'middle', rotate: -90 },
  )
  return { width, height, title: labels.title, shapes }
}

/** The risk map as an SVG (labels escaped through lib/html). */
export function riskMapSvg(map: readonly RiskMapPoint[], labels: RiskMapLabels): string {
  return figureSvg(riskMapFigure(map, labels))
}
