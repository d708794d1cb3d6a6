import { z } from 'zod'
import type { BreachRow } from '../../db/schema'
import {
  ART34_EXCEPTIONS,
  type Art34Exception,
  affectedSetSchema,
  type BreachFacts,
  breachClocks,
  type Clock,
  type EnisaInput,
  type EnisaScore,
  type Obligations,
  RISK_LEVELS,
  type RiskLevel,
  type TimelineData,
  timelineDataSchema,
} from '../../domain/breaches'
import { defineStoredJson } from '../../lib/stored-json'

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

const strings = z.array(z.string())

/**
 * The facts as stored (decision 0025): written only through breachFactsSchema and withRegisterScope, so the whole
 * shape was checked when it was saved; reading checks the parts the clocks, drafts and letters rely on.
 */
export const storedBreachFacts = defineStoredJson<Record<string, unknown>>({
  name: 'breach.record',
  version: 1,
  schema: z.looseObject({
    controllerNoticeHours: z.number(),
    dataCategories: strings,
    subjectCategories: strings,
    processors: strings,
    transfers: z.array(z.looseObject({ country: z.string(), recipient: z.string() })),
    affectedSet: affectedSetSchema.optional(),
  }),
})

/** The decision as stored in `breaches.assessment` (decision 0025). */
export const storedAssessment = defineStoredJson<Record<string, unknown>>({
  name: 'breach.assessment',
  version: 1,
  schema: z.looseObject({
    risk: z.enum(RISK_LEVELS),
    reasoning: z.string(),
    exception: z.enum(ART34_EXCEPTIONS).nullable(),
    exceptionReasoning: z.string().nullable(),
    decidedBy: z.string(),
    decidedAt: z.string(),
    enisaInput: z.looseObject({}).nullable(),
    enisa: z.looseObject({}).nullable(),
    obligations: z.looseObject({
      notifyAuthority: z.boolean(),
      informSubjects: z.boolean(),
      publicCommunication: z.boolean(),
      informControllers: z.boolean(),
    }),
  }),
})

/**
 * A timeline entry's data (decision 0025): an event key with its data, worded when read (issue 19). Version 1 rows
 * were English sentences; migration 0050 rewrote them to keys, and one read without a version is a person's note.
 */
export const storedTimelineData = defineStoredJson<TimelineData>({
  name: 'breach.event',
  version: 2,
  schema: timelineDataSchema,
  upgrade: () => ({ key: 'note' }),
})

/** The facts of a stored breach. */
export function factsOf(row: BreachRow): BreachFacts {
  return storedBreachFacts.read(row.record, row.id) as unknown as BreachFacts
}

export function assessmentOf(row: BreachRow): Assessment | null {
  return row.assessment === null
    ? null
    : (storedAssessment.read(row.assessment, row.id) as unknown as Assessment)
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
