import { z } from 'zod'
import {
  ART34_EXCEPTIONS,
  AUTHORITY_LANGUAGES,
  affectedQuerySchema,
  affectedSetSchema,
  breachFactsSchema,
  CLOCK_NAMES,
  CLOCK_STATES,
  decisionInputSchema,
  EDPB_FAMILIES,
  enisaInputSchema,
  LETTER_LANGUAGES,
  RISK_LEVELS,
  SEVERITY_LEVELS,
  TIMELINE_KEYS,
} from '../../domain/breaches'
import { COUNT_FAILURE_CODES } from './affected-counts'

const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant with offset')

/** A change of the facts: any field, none defaulted (an omitted field keeps its value). */
export const breachPatchSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(breachFactsSchema.shape).map(([key, field]) => {
        const optional = (field instanceof z.ZodDefault ? field.removeDefault() : field).optional()
        // removeDefault drops the field's description; the change describes each field as the record does
        return [key, field.description ? optional.describe(field.description) : optional]
      }),
    ),
  )
  .refine((v) => Object.keys(v).length > 0, {
    message: 'Change at least one field.',
  }) as unknown as z.ZodType<Partial<z.output<typeof breachFactsSchema>>>

export const clockSchema = z.object({
  name: z
    .enum(CLOCK_NAMES)
    .describe(
      'part1: GBA within 72 h; part2: within 21 days after part 1; controllers: a processor’s notice',
    ),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  state: z.enum(CLOCK_STATES),
  msLeft: z.number().describe('milliseconds until due, negative once overdue, 0 once done'),
})

export const breachSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  role: z.enum(['controller', 'processor']),
  status: z.enum(['open', 'closed']),
  awareAt: z.string(),
  nature: z.array(z.string()),
  peopleApprox: z.number().int().nullable(),
  risk: z.enum(RISK_LEVELS).nullable(),
  severity: z.enum(SEVERITY_LEVELS).nullable(),
  caseNumber: z.string().nullable(),
  clocks: z.array(clockSchema),
  delayReasonRequired: z
    .boolean()
    .describe('a clock is overdue or was met late and no reason for the delay is recorded'),
  createdAt: z.string(),
})

const enisaScoreSchema = z.object({
  dpcBase: z.number(),
  dpc: z.number(),
  ei: z.number(),
  cb: z.number(),
  score: z.number(),
  level: z.enum(SEVERITY_LEVELS),
})

export const assessmentSchema = z.object({
  risk: z.enum(RISK_LEVELS),
  reasoning: z.string(),
  exception: z.enum(ART34_EXCEPTIONS).nullable(),
  exceptionReasoning: z.string().nullable(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  enisaInput: enisaInputSchema.nullable(),
  enisa: enisaScoreSchema.nullable(),
  suggestedRisk: z
    .enum(RISK_LEVELS)
    .nullable()
    .describe(
      'the risk the ENISA severity points to (low: unlikely, medium: a risk, high or very high: high); guidance only',
    ),
  obligations: z.object({
    notifyAuthority: z.boolean(),
    informSubjects: z.boolean(),
    publicCommunication: z.boolean(),
    informControllers: z.boolean(),
  }),
})

export const breachSchema = breachSummarySchema.extend({
  noticePromise: z
    .object({
      withinHours: z.number().int().nullable(),
      contradicted: z
        .boolean()
        .describe(
          'true: the decision informs nobody individually (risk below high, or an Art. 34(3) exception) while the notice promises to inform the people concerned',
        ),
    })
    .nullable()
    .describe(
      "the privacy notice's promise to inform people of a breach (register notice.breachCommunication); null: the notice makes none",
    ),
  facts: breachFactsSchema,
  affectedSet: affectedSetSchema
    .nullable()
    .describe('the last count of the people and records through a connector; null: never counted'),
  numberSources: z
    .object({
      people: z.enum(['computed', 'entered']).nullable(),
      records: z.enum(['computed', 'entered']).nullable(),
    })
    .describe(
      'where each approximate number comes from: computed (equals the last connector count), entered by a person, or null (none)',
    ),
  edpbGuidance: z
    .object({ family: z.enum(EDPB_FAMILIES), cases: z.array(z.number().int().min(1).max(18)) })
    .nullable()
    .describe(
      'the closest case family of EDPB Guidelines 01/2021 and its cases closest to the facts, as guidance; null: the guidelines give no similar example',
    ),
  assessment: assessmentSchema.nullable(),
  delayReason: z.string().nullable(),
  part1DueAt: z.string(),
  part1FiledAt: z.string().nullable(),
  part2DueAt: z.string().nullable(),
  part2FiledAt: z.string().nullable(),
  controllersDueAt: z.string().nullable(),
  controllersNotifiedAt: z.string().nullable(),
  timeline: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      key: z
        .enum(TIMELINE_KEYS)
        .describe(
          'what the entry is: note (a person’s words, in text), assessed (a risk assessment; text: the reasoning), or a step Custos recorded, worded by the reader from its data',
        ),
      data: z
        .record(z.string(), z.unknown())
        .describe(
          'the step’s data: authority_notified {caseNumber}, subjects_informed {queued, alreadyInformed, withoutEmail, byLanguage, lastNotBefore}, reminder {clock, reminder, hoursBefore, recipients}, controller_notices_sent {recipients}, affected_counted {dataset, datasetName, collection, people, records, inIndex}, assessed {risk, severity, obligations}',
        ),
      at: z.string(),
      text: z.string().describe('a person’s own words (a note, a decision, a reasoning); empty for a step'),
      decidedBy: z.string().nullable(),
      recordedBy: z.string(),
      risk: z
        .enum(RISK_LEVELS)
        .nullable()
        .describe(
          'a decision recorded by a risk assessment: the risk it concluded (the text is the reasoning)',
        ),
    }),
  ),
})

export const timelineBodySchema = z.strictObject({
  at: instant.describe('when it happened or was decided'),
  kind: z.enum(['event', 'decision']).describe('event: something that happened; decision: something decided'),
  text: z.string().trim().min(1).max(5000).describe('what happened or what was decided, and why'),
  decidedBy: z.string().trim().min(1).max(200).optional().describe('who decided (a decision)'),
})

export { decisionInputSchema }

const reason = z.string().trim().min(1).max(5000).describe('the reasons, in words')
export const part1BodySchema = z.strictObject({
  filedAt: instant.optional().describe('when part 1 was filed; default now'),
  caseNumber: z.string().trim().min(1).max(100).optional().describe('the case number the GBA gave'),
  delayReason: reason.optional().describe('required after the 72 hours (Art. 33(1))'),
})
export const part2BodySchema = z.strictObject({
  filedAt: instant.optional().describe('when part 2 was filed; default now'),
})
export const controllersBodySchema = z.strictObject({
  notifiedAt: instant.optional().describe('when the controllers were informed; default now'),
  delayReason: reason.optional().describe('required after the processor’s time limit'),
})
export const reasonBodySchema = z.strictObject({ reason })

export const draftQuerySchema = z.strictObject({
  part: z.enum(['1', '2']).default('1').describe('1: the notification within 72 hours; 2: the complement'),
  lang: z
    .enum(AUTHORITY_LANGUAGES as ['nl', 'fr', 'de'])
    .optional()
    .describe('nl, fr or de; default the organisation’s (de: nl)'),
})

export const draftSchema = z.object({
  title: z.string(),
  language: z.string(),
  intro: z.string(),
  sections: z.array(
    z.object({
      id: z.string(),
      heading: z.string(),
      fields: z.array(
        z.object({ id: z.string(), label: z.string(), value: z.string(), element: z.string().optional() }),
      ),
    }),
  ),
  text: z.string().describe('the whole draft as plain text, ready to paste'),
})

export const lettersBodySchema = z.strictObject({
  selection: z
    .union([
      z.strictObject({
        subjectIds: z
          .array(z.uuid())
          .min(1)
          .max(100_000)
          .describe('the people of the subject index concerned'),
      }),
      z.strictObject({
        relationship: z
          .string()
          .trim()
          .min(1)
          .max(100)
          .describe('everyone in the subject index with this relationship (e.g. customer)'),
      }),
      z.strictObject({ all: z.literal(true).describe('everyone in the subject index') }),
      z.strictObject({
        affectedSet: z
          .literal(true)
          .describe(
            'the people of the breach’s connector count, read again now, that the subject index knows by an identity',
          ),
      }),
    ])
    .describe('who is informed'),
  perMinute: z
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .describe('throttle: letters handed to the mail server per minute (default 120)'),
})

export const letterRunSchema = z.object({
  queued: z.number().int(),
  alreadyInformed: z.number().int(),
  withoutEmail: z.number().int(),
  byLanguage: z.record(z.string(), z.number().int()),
  lastNotBefore: z.string().nullable(),
})

export const letterStatusSchema = z.object({
  total: z.number().int(),
  byStatus: z
    .record(z.string(), z.number().int())
    .describe('pending, sent, failed, held, unconfirmed; purged once the outbox forgot it'),
  byLanguage: z.record(z.string(), z.number().int()),
  firstSentAt: z.string().nullable(),
})

export const letterPreviewQuerySchema = z.strictObject({
  lang: z
    .enum(LETTER_LANGUAGES as ['nl', 'fr', 'en'])
    .optional()
    .describe('nl, fr or en; default the organisation’s'),
})
export const letterPreviewSchema = z.object({
  subject: z.string(),
  greeting: z.string(),
  paragraphs: z.array(z.string()),
  closing: z.string(),
  signature: z.array(z.string()),
  missing: z
    .array(z.enum(['description', 'consequences', 'measures', 'contact']))
    .describe('Art. 34(2) elements not entered yet; letters cannot be sent until none'),
})

export const controllerNoticesBodySchema = z.strictObject({
  delayReason: reason
    .optional()
    .describe('required when the first notice goes out after the processor’s time limit'),
})
const client = z.object({ name: z.string(), email: z.string(), language: z.enum(['nl', 'fr', 'en']) })
export const controllerNoticeRunSchema = z.object({
  sent: z.array(client).describe('the clients e-mailed now, each once'),
  alreadyNotified: z.array(z.string()).describe('clients e-mailed before for this breach (not again)'),
  withoutEmail: z.array(z.string()).describe('clients without an e-mail address in the record'),
})

export { affectedQuerySchema } from '../../domain/breaches'

export const affectedSourcesSchema = z.object({
  items: z.array(
    z.object({
      dataset: z.string(),
      name: z.string(),
      system: z.string(),
      collections: z.array(
        z.object({
          name: z.string(),
          personField: z
            .string()
            .nullable()
            .describe('the field counted as people; null: this collection cannot be counted'),
          fields: z.array(z.string()),
          dateField: z.string().nullable().describe('the date field the dataset names, if any'),
        }),
      ),
    }),
  ),
})

export const affectedDateFieldsQuerySchema = z.strictObject({
  dataset: z.string().trim().min(1).max(100).describe('key of the dataset (the connected system)'),
  collection: z.string().trim().min(1).max(128).describe('the collection (table)'),
})

export const affectedDateFieldsSchema = z.object({
  dateFields: z
    .array(z.string())
    .describe(
      'the collection’s fields whose columns are dates or timestamps, in the dataset’s order; empty: no window is possible',
    ),
})

export const affectedCountSchema = z.object({
  id: z.uuid().describe('the count’s id: ask for its state with GET .../affected-counts/{countId}'),
  breachId: z.uuid(),
  status: z
    .enum(['queued', 'running', 'done', 'failed'])
    .describe(
      'queued: waiting for a worker; running: reading the system; done: kept with the breach; failed',
    ),
  query: affectedQuerySchema,
  requestedBy: z.string(),
  rowsRead: z.number().int().describe('rows of the collection read so far (progress of a running count)'),
  result: affectedSetSchema.nullable().describe('the count as kept with the breach, once done'),
  error: z
    .object({
      code: z.enum(COUNT_FAILURE_CODES),
      message: z.string().describe('in English; clients word the code'),
    })
    .nullable()
    .describe('why a failed count failed'),
  requestedAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
})
