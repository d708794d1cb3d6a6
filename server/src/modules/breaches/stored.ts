import type { BreachRow } from '../../db/schema'
import {
  type Art34Exception,
  type BreachFacts,
  breachClocks,
  type Clock,
  type EnisaInput,
  type EnisaScore,
  type Obligations,
  type RiskLevel,
} from '../../domain/breaches'

/** The decision as stored in `breaches.assessment`. */
export interface Assessment {
  risk: RiskLevel
  reasoning: string
  exception: Art34Exception | null
  exceptionReasoning: string | null
  decidedBy: string
  decidedAt: string
  enisaInput: EnisaInput | null
  enisa: EnisaScore | null
  obligations: Obligations
}

/** The facts of a stored breach (written only through breachFactsSchema and withRegisterScope). */
export function factsOf(row: BreachRow): BreachFacts {
  return row.record as unknown as BreachFacts
}

export function assessmentOf(row: BreachRow): Assessment | null {
  return (row.assessment as unknown as Assessment | null) ?? null
}

export function clocksOf(row: BreachRow, now: Date): Clock[] {
  const facts = factsOf(row)
  return breachClocks(
    {
      role: row.role,
      awareAt: row.aware_at,
      notifyAuthority: assessmentOf(row)?.obligations.notifyAuthority ?? null,
      part1FiledAt: row.part1_filed_at,
      part2FiledAt: row.part2_filed_at,
      controllerNoticeHours: facts.controllerNoticeHours,
      controllersNotifiedAt: row.controllers_notified_at,
    },
    now,
  )
}
