/**
 * The ENISA method for the severity of a personal data breach (ENISA, "Recommendations for a methodology of the
 * assessment of severity of personal data breaches", v1.0, December 2013):
 *
 *     SE = DPC x EI + CB
 *
 * - DPC, the data processing context: a basic score from the kind of data (simple 1, behavioural 2, financial 3,
 *   sensitive 4), raised or lowered by contextual factors (volume, the controller's or the people's
 *   characteristics, invalid or public data, ...); the result stays within 1-4.
 * - EI, the ease of identification of the people from the data: negligible 0.25, limited 0.5, significant 0.75,
 *   maximum 1.
 * - CB, the circumstances of the breach, added: loss of confidentiality (exposed without evidence of unlawful
 *   processing +0.25, disclosed to known or to an unknown number of recipients +0.5), loss of integrity
 *   (altered but recoverable +0.25, altered and not recoverable +0.5), loss of availability (temporary +0.25,
 *   permanent +0.5), malicious intent +0.5.
 * - The severity: below 2 low, 2 to below 3 medium, 3 to below 4 high, 4 and above very high.
 *
 * The score is a structured argument, not the decision: the people deciding record their own reasoning (decision.ts).
 */

export const DATA_KINDS = ['simple', 'behavioural', 'financial', 'sensitive'] as const
export type DataKind = (typeof DATA_KINDS)[number]
export const DPC_BASE: Readonly<Record<DataKind, number>> = {
  simple: 1,
  behavioural: 2,
  financial: 3,
  sensitive: 4,
}

export const IDENTIFICATION_LEVELS = ['negligible', 'limited', 'significant', 'maximum'] as const
export type IdentificationLevel = (typeof IDENTIFICATION_LEVELS)[number]
export const EI_SCORE: Readonly<Record<IdentificationLevel, number>> = {
  negligible: 0.25,
  limited: 0.5,
  significant: 0.75,
  maximum: 1,
}

export const CONFIDENTIALITY_LOSS = ['none', 'exposed', 'known_recipients', 'unknown_recipients'] as const
export const INTEGRITY_LOSS = ['none', 'recoverable', 'unrecoverable'] as const
export const AVAILABILITY_LOSS = ['none', 'temporary', 'permanent'] as const
export type ConfidentialityLoss = (typeof CONFIDENTIALITY_LOSS)[number]
export type IntegrityLoss = (typeof INTEGRITY_LOSS)[number]
export type AvailabilityLoss = (typeof AVAILABILITY_LOSS)[number]

const CONFIDENTIALITY_SCORE: Readonly<Record<ConfidentialityLoss, number>> = {
  none: 0,
  exposed: 0.25,
  known_recipients: 0.5,
  unknown_recipients: 0.5,
}
const INTEGRITY_SCORE: Readonly<Record<IntegrityLoss, number>> = {
  none: 0,
  recoverable: 0.25,
  unrecoverable: 0.5,
}
const AVAILABILITY_SCORE: Readonly<Record<AvailabilityLoss, number>> = {
  none: 0,
  temporary: 0.25,
  permanent: 0.5,
}
const MALICE_SCORE = 0.5

/** The adjustment of the basic DPC score by contextual factors: ENISA allows up to 3 points either way. */
export const MAX_DPC_ADJUSTMENT = 3

export interface EnisaInput {
  dataKind: DataKind
  /** Contextual factors, in whole or half points, -3 to +3; the DPC stays within 1-4. */
  dpcAdjustment: number
  identification: IdentificationLevel
  confidentiality: ConfidentialityLoss
  integrity: IntegrityLoss
  availability: AvailabilityLoss
  malicious: boolean
}

export const SEVERITY_LEVELS = ['low', 'medium', 'high', 'very_high'] as const
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number]

export interface EnisaScore {
  dpcBase: number
  dpc: number
  ei: number
  cb: number
  /** Free of floating-point noise (rounded to four decimals; every input is a multiple of 0.25). */
  score: number
  level: SeverityLevel
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))
const tidy = (value: number) => Math.round(value * 10_000) / 10_000

export function severityLevel(score: number): SeverityLevel {
  if (score < 2) return 'low'
  if (score < 3) return 'medium'
  if (score < 4) return 'high'
  return 'very_high'
}

export function enisaScore(input: EnisaInput): EnisaScore {
  const dpcBase = DPC_BASE[input.dataKind]
  const adjustment = clamp(input.dpcAdjustment, -MAX_DPC_ADJUSTMENT, MAX_DPC_ADJUSTMENT)
  const dpc = clamp(dpcBase + adjustment, 1, 4)
  const ei = EI_SCORE[input.identification]
  const cb =
    CONFIDENTIALITY_SCORE[input.confidentiality] +
    INTEGRITY_SCORE[input.integrity] +
    AVAILABILITY_SCORE[input.availability] +
    (input.malicious ? MALICE_SCORE : 0)
  const score = tidy(dpc * ei + cb)
  return { dpcBase, dpc, ei, cb, score, level: severityLevel(score) }
}
