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
  /** After the measures; the initial estimate when none was entered (Art. 36 then judges on the level before). */
  residual: RiskEstimate & { level: RiskLevel }
  /** Whether a residual estimate was entered: if not, nobody assessed the risk after the measures. */
  residualEstimated: boolean
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
        residualEstimated: r.residual !== undefined,
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
