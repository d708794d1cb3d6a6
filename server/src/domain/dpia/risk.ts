import { html, htmlString } from '../../lib/html'
/**
 * The CNIL PIA method's risk part (Art. 35(7)(c) GDPR): three risks, each with severity and likelihood on the
 * four-level scale, before and after the planned measures; the risk map; when prior consultation (Art. 36) is due;
 * and the validation rule. Pure.
 */

export const RISKS = ['illegitimate_access', 'unwanted_modification', 'disappearance'] as const
export type RiskKey = (typeof RISKS)[number]

/** 1 negligible, 2 limited, 3 significant, 4 maximum (CNIL). */
export type Level = 1 | 2 | 3 | 4

export interface RiskEstimate {
  severity: Level
  likelihood: Level
}

export interface RiskAssessment {
  sources: string[]
  threats: string[]
  impacts: string[]
  /** Before the planned measures (with the existing ones). */
  initial: RiskEstimate
  /** After the planned measures; absent: none planned, the initial estimate stays. */
  residual?: RiskEstimate | undefined
}

export type RiskLevel = 'low' | 'moderate' | 'high'

/** High when both severity and likelihood are significant or maximum; moderate when one of them is. */
export function riskLevel(e: RiskEstimate): RiskLevel {
  if (e.severity >= 3 && e.likelihood >= 3) return 'high'
  if (e.severity >= 3 || e.likelihood >= 3) return 'moderate'
  return 'low'
}

export interface RiskMapPoint {
  risk: RiskKey
  initial: RiskEstimate & { level: RiskLevel }
  residual: RiskEstimate & { level: RiskLevel }
}

/** The risk map: each risk's position before and after the measures. */
export function riskMap(risks: Partial<Record<RiskKey, RiskAssessment>>): RiskMapPoint[] {
  return RISKS.flatMap((risk) => {
    const r = risks[risk]
    if (!r) return []
    const residual = r.residual ?? r.initial
    return [
      {
        risk,
        initial: { ...r.initial, level: riskLevel(r.initial) },
        residual: { ...residual, level: riskLevel(residual) },
      },
    ]
  })
}

/** Art. 36: consult the GBA before processing when a residual risk stays high. */
export function priorConsultationNeeded(map: readonly RiskMapPoint[]): boolean {
  return map.some((p) => p.residual.level === 'high')
}

export type ValidationRefusal = 'dpo_opinion_required' | 'risks_incomplete'

/**
 * Whether an assessment may be validated: every risk estimated, and the DPO's opinion recorded when the
 * organisation designated a DPO (Art. 35(2): the controller seeks the DPO's advice).
 */
export function validationRefusal(input: {
  dpoDesignated: boolean
  dpoOpinion: string | undefined
  map: readonly RiskMapPoint[]
}): ValidationRefusal | null {
  if (input.map.length < RISKS.length) return 'risks_incomplete'
  if (input.dpoDesignated && !input.dpoOpinion?.trim()) return 'dpo_opinion_required'
  return null
}

const MARK: Record<RiskKey, string> = {
  illegitimate_access: 'A',
  unwanted_modification: 'M',
  disappearance: 'D',
}
const CELL = 60
const ORIGIN_X = 70
const ORIGIN_Y = 20

/**
 * The risk map as an SVG: likelihood across, severity up, each risk as a hollow circle before and a filled one
 * after the measures, with an arrow between. `labels` are plain text, escaped through lib/html.
 */
export function riskMapSvg(
  map: readonly RiskMapPoint[],
  labels: {
    title: string
    severity: string
    likelihood: string
    levels: readonly [string, string, string, string]
  },
): string {
  const esc = (s: string) => htmlString(html`${s}`)
  const x = (l: number) => ORIGIN_X + (l - 0.5) * CELL
  const y = (s: number) => ORIGIN_Y + (4.5 - s) * CELL
  const cells: string[] = []
  for (let s = 1; s <= 4; s++)
    for (let l = 1; l <= 4; l++) {
      const level = riskLevel({ severity: s as Level, likelihood: l as Level })
      const fill = level === 'high' ? '#f4c7c3' : level === 'moderate' ? '#fce8b2' : '#d9ead3'
      cells.push(
        `<rect x="${ORIGIN_X + (l - 1) * CELL}" y="${ORIGIN_Y + (4 - s) * CELL}" width="${CELL}" height="${CELL}" fill="${fill}" stroke="#fff"/>`,
      )
    }
  const axis = [1, 2, 3, 4]
    .map(
      (n) =>
        `<text x="${x(n)}" y="${ORIGIN_Y + 4 * CELL + 14}" font-size="9" text-anchor="middle">${esc(labels.levels[n - 1] ?? '')}</text>` +
        `<text x="${ORIGIN_X - 4}" y="${y(n) + 3}" font-size="9" text-anchor="end">${esc(labels.levels[n - 1] ?? '')}</text>`,
    )
    .join('')
  const points = map
    .map((p, i) => {
      const dx = (i - 1) * 12
      const x0 = x(p.initial.likelihood) + dx
      const y0 = y(p.initial.severity)
      const x1 = x(p.residual.likelihood) + dx
      const y1 = y(p.residual.severity)
      return (
        `<g data-risk="${p.risk}">` +
        `<line x1="${x0}" y1="${y0}" x2="${x1}" y2="${y1}" stroke="#555" stroke-dasharray="3 2"/>` +
        `<circle cx="${x0}" cy="${y0}" r="9" fill="#fff" stroke="#333"/>` +
        `<text x="${x0}" y="${y0 + 3}" font-size="9" text-anchor="middle">${MARK[p.risk]}</text>` +
        `<circle cx="${x1}" cy="${y1}" r="9" fill="#333"/>` +
        `<text x="${x1}" y="${y1 + 3}" font-size="9" text-anchor="middle" fill="#fff">${MARK[p.risk]}</text>` +
        `</g>`
      )
    })
    .join('')
  const width = ORIGIN_X + 4 * CELL + 10
  const height = ORIGIN_Y + 4 * CELL + 40
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(labels.title)}">` +
    `<title>${esc(labels.title)}</title>${cells.join('')}${axis}${points}` +
    `<text x="${ORIGIN_X + 2 * CELL}" y="${height - 6}" font-size="10" text-anchor="middle">${esc(labels.likelihood)}</text>` +
    `<text x="12" y="${ORIGIN_Y + 2 * CELL}" font-size="10" text-anchor="middle" transform="rotate(-90 12 ${ORIGIN_Y + 2 * CELL})">${esc(labels.severity)}</text>` +
    `</svg>`
  )
}
