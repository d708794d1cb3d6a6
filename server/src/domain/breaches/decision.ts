import type { SeverityLevel } from './enisa'

/**
 * What a breach obliges the organisation to do, from the risk the people deciding assessed (Art. 33 and 34 GDPR,
 * EDPB guidelines 9/2022):
 *
 * - the GBA is notified unless the breach is unlikely to result in a risk to the rights and freedoms of natural
 *   persons (Art. 33(1));
 * - the people are informed when it is likely to result in a high risk (Art. 34(1)), unless one of the Art. 34(3)
 *   conditions is met: (a) the data were made unintelligible to anyone not authorised (encryption), (b) measures
 *   taken afterwards ensure the high risk is no longer likely to materialise, (c) informing each person would
 *   involve disproportionate effort - then a public communication or a similar measure informs them as
 *   effectively;
 * - a processor does not notify the GBA: it informs each controller concerned without undue delay (Art. 33(2));
 * - every breach stays documented, notified or not (Art. 33(5)).
 */

export const RISK_LEVELS = ['unlikely', 'risk', 'high'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

export const ART34_EXCEPTIONS = ['unintelligible', 'risk_removed', 'disproportionate_effort'] as const
export type Art34Exception = (typeof ART34_EXCEPTIONS)[number]

export interface DecisionInput {
  role: 'controller' | 'processor'
  risk: RiskLevel
  exception?: Art34Exception | undefined
  /** Whether the breached data were encrypted (the record's answer). */
  encrypted: boolean
}

export interface Obligations {
  notifyAuthority: boolean
  informSubjects: boolean
  /** Art. 34(3)(c): a public communication instead of individual letters. */
  publicCommunication: boolean
  informControllers: boolean
}

export type DecisionProblem = 'exception_without_high_risk' | 'unintelligible_needs_encryption'

/** Why a decision cannot stand as given, or null: an exception only matters for a high risk, (a) needs encryption. */
export function decisionProblem(input: DecisionInput): DecisionProblem | null {
  if (input.exception === undefined) return null
  if (input.risk !== 'high') return 'exception_without_high_risk'
  if (input.exception === 'unintelligible' && !input.encrypted) return 'unintelligible_needs_encryption'
  return null
}

export function obligations(input: DecisionInput): Obligations {
  if (input.role === 'processor') {
    return {
      notifyAuthority: false,
      informSubjects: false,
      publicCommunication: false,
      informControllers: true,
    }
  }
  const high = input.risk === 'high'
  return {
    notifyAuthority: input.risk !== 'unlikely',
    informSubjects: high && input.exception === undefined,
    publicCommunication: high && input.exception === 'disproportionate_effort',
    informControllers: false,
  }
}

/**
 * The risk level the ENISA severity points to, offered as guidance only (the decision is a person's, with
 * reasons): low -> unlikely to result in a risk, medium -> a risk, high and very high -> a high risk.
 */
export function suggestedRisk(level: SeverityLevel): RiskLevel {
  if (level === 'low') return 'unlikely'
  if (level === 'medium') return 'risk'
  return 'high'
}

/** The privacy notice's promise to inform people of a breach (the register's `notice.breachCommunication`). */
export interface NoticeBreachPromise {
  withinHours?: number | undefined
}

/**
 * Whether a decision leaves the people concerned without the personal message the organisation's own notice
 * promises: the notice says it informs them of a breach likely to affect them (beyond the Art. 34 duty), while
 * the decision concludes that no individual communication is needed (risk below high, or an Art. 34(3)
 * exception). A processor's breach concerns its clients' data, not the people its own notice speaks to.
 */
export function contradictsNoticePromise(
  role: 'controller' | 'processor',
  result: Obligations | undefined,
  promise: NoticeBreachPromise | undefined,
): boolean {
  return promise !== undefined && role === 'controller' && result !== undefined && !result.informSubjects
}
