import { z } from 'zod'
import { ART34_EXCEPTIONS, RISK_LEVELS } from './decision'
import {
  AVAILABILITY_LOSS,
  CONFIDENTIALITY_LOSS,
  DATA_KINDS,
  IDENTIFICATION_LEVELS,
  INTEGRITY_LOSS,
  MAX_DPC_ADJUSTMENT,
} from './enisa'

/**
 * A breach as the organisation documents it (Art. 33(5)): the facts, their effects and the remedial action. The
 * fields follow the GBA's notification form (parts 1 and 2), EDPB guidelines 9/2022 and Madis's breach record.
 * Stored as one JSON document (`breaches.record`); the clocks' instants are also columns for queries.
 */

export const NATURES = ['confidentiality', 'integrity', 'availability'] as const
export type Nature = (typeof NATURES)[number]

/** How it happened (after Madis and the EDPB 01/2021 case families). */
export const ORIGINS = [
  'lost_or_stolen_device',
  'lost_or_stolen_paper',
  'hacking',
  'ransomware',
  'phishing',
  'wrong_recipient',
  'internal_misuse',
  'accidental_disclosure',
  'improper_disposal',
  'system_error',
  'other',
] as const
export type Origin = (typeof ORIGINS)[number]

export const CAUSES = [
  'internal_accidental',
  'internal_malicious',
  'external_accidental',
  'external_malicious',
  'unknown',
] as const
export type Cause = (typeof CAUSES)[number]

export const BREACH_ROLES = ['controller', 'processor'] as const
export type BreachRole = (typeof BREACH_ROLES)[number]

const instant = z.iso
  .datetime({ offset: true, error: 'A date and time with its offset, e.g. 2026-12-04T23:30:00+01:00' })
  .describe('ISO 8601 instant with offset')
const shortText = z.string().trim().min(1).max(500)
const longText = z.string().trim().min(1).max(10_000)
const registerKey = z.string().trim().min(1).max(100)
const keyList = z.array(registerKey).max(500)
const count = z.number().int().min(0).max(1_000_000_000)

export const breachFactsSchema = z.strictObject({
  title: shortText.describe('a short name for the breach, for the list'),
  role: z
    .enum(BREACH_ROLES)
    .default('controller')
    .describe('controller: we notify the GBA; processor: we inform our clients (Art. 33(2))'),
  discoveredAt: instant.describe('when the breach was discovered'),
  discoveryMethod: longText.optional().describe('how it was discovered'),
  awareAt: instant.describe(
    'when the organisation became aware: reasonable certainty that personal data were compromised; the clock starts here',
  ),
  occurredFrom: instant.optional().describe('when the breach began, if known'),
  occurredUntil: instant.optional().describe('when it ended, if it did'),
  ongoing: z.boolean().default(false),
  description: longText.describe('what happened'),
  nature: z.array(z.enum(NATURES)).min(1).max(3),
  origin: z.enum(ORIGINS),
  originDetails: longText.optional(),
  cause: z.enum(CAUSES),
  systems: keyList.default([]).describe('register keys of the systems concerned'),
  activities: keyList.default([]).describe('register keys of the processing activities concerned'),
  dataCategories: keyList.optional().describe('omitted: taken from the activities concerned in the register'),
  subjectCategories: keyList.optional().describe('omitted: taken from the activities concerned'),
  processors: keyList
    .optional()
    .describe('vendor keys; omitted: the processors of the activities and systems'),
  transfers: z
    .array(z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/), recipient: shortText }))
    .max(100)
    .optional()
    .describe('transfers outside the EEA concerned; omitted: those of the activities'),
  peopleApprox: count.optional().describe('approximate number of people concerned'),
  recordsApprox: count.optional().describe('approximate number of personal data records concerned'),
  encrypted: z.boolean().describe('whether the data concerned were encrypted'),
  encryptionDetails: longText.optional(),
  consequences: longText.optional().describe('likely consequences for the people'),
  measuresTaken: longText
    .optional()
    .describe('measures taken to address the breach and mitigate its effects'),
  measuresProposed: longText.optional().describe('measures proposed'),
  adviceToSubjects: longText
    .optional()
    .describe('what the people can do to protect themselves (goes into their letter)'),
  otherMemberStates: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .max(30)
    .default([])
    .describe('other EU/EEA member states where people concerned live (cross-border)'),
  controllerNoticeHours: z
    .number()
    .int()
    .min(1)
    .max(72)
    .default(24)
    .describe('processor only: hours within which each controller must be informed'),
  controllers: z
    .array(z.strictObject({ name: shortText, email: z.email().optional() }))
    .max(200)
    .default([])
    .describe('processor only: the controllers (clients) concerned'),
})
export type BreachFactsInput = z.input<typeof breachFactsSchema>

/** The facts as stored: the register-derived lists always filled in. */
export type BreachFacts = Omit<
  z.output<typeof breachFactsSchema>,
  'dataCategories' | 'subjectCategories' | 'processors' | 'transfers'
> & {
  dataCategories: string[]
  subjectCategories: string[]
  processors: string[]
  transfers: { country: string; recipient: string }[]
}

export const enisaInputSchema = z.strictObject({
  dataKind: z.enum(DATA_KINDS),
  dpcAdjustment: z.number().min(-MAX_DPC_ADJUSTMENT).max(MAX_DPC_ADJUSTMENT).multipleOf(0.25).default(0),
  dpcReason: longText.optional().describe('the contextual factors behind the adjustment'),
  identification: z.enum(IDENTIFICATION_LEVELS),
  confidentiality: z.enum(CONFIDENTIALITY_LOSS),
  integrity: z.enum(INTEGRITY_LOSS),
  availability: z.enum(AVAILABILITY_LOSS),
  malicious: z.boolean(),
})

export const decisionInputSchema = z.strictObject({
  risk: z.enum(RISK_LEVELS),
  reasoning: longText.describe('why: the reasoning kept with the breach (Art. 33(5))'),
  exception: z.enum(ART34_EXCEPTIONS).optional().describe('an Art. 34(3) condition that applies'),
  exceptionReasoning: longText.optional(),
  decidedBy: shortText.optional().describe('who decided; defaults to the person recording it'),
  enisa: enisaInputSchema.optional(),
})
export type DecisionInputBody = z.output<typeof decisionInputSchema>
