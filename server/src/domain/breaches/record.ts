import { z } from 'zod'
import type { AffectedSet } from './affected-set'
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
  ongoing: z.boolean().default(false).describe('true: the breach is still going on'),
  description: longText.describe('what happened'),
  nature: z
    .array(z.enum(NATURES))
    .min(1)
    .max(3)
    .describe(
      'what was lost: confidentiality (disclosure, access), integrity (alteration), availability (loss, destruction)',
    ),
  origin: z.enum(ORIGINS).describe('how it happened (after Madis and the EDPB 01/2021 case families)'),
  originDetails: longText.optional().describe('how it happened, in words'),
  cause: z
    .enum(CAUSES)
    .describe('internal or external, accidental or malicious; unknown while it is being investigated'),
  systems: keyList.default([]).describe('register keys of the systems concerned'),
  activities: keyList.default([]).describe('register keys of the processing activities concerned'),
  dataCategories: keyList.optional().describe('omitted: taken from the activities concerned in the register'),
  subjectCategories: keyList.optional().describe('omitted: taken from the activities concerned'),
  processors: keyList
    .optional()
    .describe('vendor keys; omitted: the processors of the activities and systems'),
  transfers: z
    .array(
      z.strictObject({
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .describe('ISO 3166-1 alpha-2 country code, e.g. US'),
        recipient: shortText.describe('who receives the data there'),
      }),
    )
    .max(100)
    .optional()
    .describe('transfers outside the EEA concerned; omitted: those of the activities'),
  peopleApprox: count.optional().describe('approximate number of people concerned'),
  recordsApprox: count.optional().describe('approximate number of personal data records concerned'),
  encrypted: z.boolean().describe('whether the data concerned were encrypted'),
  encryptionDetails: longText
    .optional()
    .describe('how the data were encrypted and whether the key was compromised'),
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
    .array(
      z.strictObject({
        clientId: z
          .uuid()
          .optional()
          .describe(
            'a client of the Processors page: its name, its contact for breaches and its language are taken from it when saved',
          ),
        name: shortText.describe('the client’s (controller’s) name'),
        email: z.email().optional().describe('where its notice goes'),
        language: z
          .enum(['nl', 'fr', 'en'])
          .optional()
          .describe('language of its notice; default the organisation’s'),
      }),
    )
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
  /** The last count of the people and records through a connector (never part of an entry: counted by Custos). */
  affectedSet?: AffectedSet
}

export const enisaInputSchema = z.strictObject({
  dataKind: z.enum(DATA_KINDS).describe('basic DPC score: simple 1, behavioural 2, financial 3, sensitive 4'),
  dpcAdjustment: z
    .number()
    .min(-MAX_DPC_ADJUSTMENT)
    .max(MAX_DPC_ADJUSTMENT)
    .multipleOf(0.25)
    .default(0)
    .describe('contextual factors raise or lower the basic score (-3 to +3); the DPC stays within 1-4'),
  dpcReason: longText.optional().describe('the contextual factors behind the adjustment'),
  identification: z
    .enum(IDENTIFICATION_LEVELS)
    .describe('ease of identification: negligible 0.25, limited 0.5, significant 0.75, maximum 1'),
  confidentiality: z
    .enum(CONFIDENTIALITY_LOSS)
    .describe('loss of confidentiality: exposed +0.25, disclosed to known or unknown recipients +0.5'),
  integrity: z
    .enum(INTEGRITY_LOSS)
    .describe('loss of integrity: altered but recoverable +0.25, not recoverable +0.5'),
  availability: z.enum(AVAILABILITY_LOSS).describe('loss of availability: temporary +0.25, permanent +0.5'),
  malicious: z.boolean().describe('malicious intent: +0.5'),
})

export const decisionInputSchema = z.strictObject({
  risk: z
    .enum(RISK_LEVELS)
    .describe(
      'unlikely to result in a risk (no notification), a risk (notify the GBA), a high risk (also inform the people)',
    ),
  reasoning: longText.describe('why: the reasoning kept with the breach (Art. 33(5))'),
  exception: z.enum(ART34_EXCEPTIONS).optional().describe('an Art. 34(3) condition that applies'),
  exceptionReasoning: longText.optional().describe('why the Art. 34(3) condition applies'),
  decidedBy: shortText.optional().describe('who decided; defaults to the person recording it'),
  enisa: enisaInputSchema
    .optional()
    .describe('the ENISA severity inputs; the score is computed and kept with the decision'),
})
export type DecisionInputBody = z.output<typeof decisionInputSchema>
