import { z } from 'zod'
import { assessmentContentSchema, EVALUATIONS, PRINCIPLES } from '../../domain/dpia/assessment'
import { RISKS } from '../../domain/dpia/risk'
import { languageSchema, slugParams } from '../../http/common-schemas'

/** The paths, parameters and answers of the DPIA assessment routes. */
export const tags = ['dpia']
export const BASE = '/api/v1/orgs/:slug/dpia/assessments/:activityKey'

export const params = slugParams.extend({
  activityKey: z.string().min(1).max(100).describe('the key of the activity in the register'),
})
export const lang = languageSchema.optional().describe('language of the labels; default the organisation’s')
export const version = z.coerce
  .number()
  .int()
  .min(1)
  .optional()
  .describe('an earlier version; default the newest')
const status = z.enum(['none', 'draft', 'validated', 'refused'])
const estimate = z.object({
  severity: z.number().int(),
  likelihood: z.number().int(),
  level: z.enum(['low', 'moderate', 'high']),
  levelLabel: z.string(),
})
const labelled = z.object({ key: z.string(), label: z.string() })
const signedPdf = z
  .object({
    sha256: z.string().describe('SHA-256 of the PDF, hex; also in the audit event of the decision'),
    bytes: z.number().int(),
    language: z.enum(['nl', 'fr', 'en']),
  })
  .nullable()
  .describe(
    'the PDF frozen when this version was validated or refused (GET .../signed.pdf); null: not decided, or decided before signed PDFs were kept',
  )

export const signedCopySchema = z.object({
  id: z.string(),
  filename: z.string().describe('the name it was uploaded under, made safe, ending in .pdf'),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('SHA-256 of the file as uploaded, hex; also in the audit event of the upload'),
  note: z.string().describe('what the uploader said of it (who signed, how); not checked by Custos'),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  replacedBy: z
    .string()
    .nullable()
    .describe('the copy uploaded after it for the same version; null: the current copy'),
})

export const assessmentSchema = z.object({
  activityKey: z.string(),
  activityName: z.string(),
  dpoDesignated: z
    .boolean()
    .describe('the register names a DPO (Art. 37): validation needs the DPO’s opinion'),
  version: z.number().int().nullable().describe('null: no version saved yet'),
  status,
  statusLabel: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  signedPdf,
  content: assessmentContentSchema,
  context: z.object({
    purposes: z.array(z.string()),
    subjectCategories: z.array(z.string()),
    dataCategories: z.array(z.string()),
    systems: z.array(z.string()),
    recipients: z.array(z.string()),
    retention: z.array(z.string()),
    transfers: z.array(z.string()),
    existingMeasures: z.array(
      z.object({ key: z.string(), name: z.string(), type: z.enum(['technical', 'organisational']) }),
    ),
  }),
  principles: z.array(
    z.object({
      key: z.enum(PRINCIPLES),
      question: z.string(),
      registerAnswer: z.array(z.string()).describe('what the register already says; empty: nothing'),
    }),
  ),
  risks: z.array(z.object({ key: z.enum(RISKS), label: z.string() })),
  levels: z.array(z.string()).describe('the four levels, 1 to 4'),
  evaluations: z.array(labelled.extend({ key: z.enum(EVALUATIONS) })),
  riskMap: z.array(
    z.object({
      risk: z.enum(RISKS),
      label: z.string(),
      initial: estimate,
      residual: estimate.describe('after the planned measures; the initial estimate when none was entered'),
      residualEstimated: z
        .boolean()
        .describe('a residual estimate was entered; false: not assessed yet, the initial level stands in'),
    }),
  ),
  riskMapSvg: z.string().describe('the risk map before and after the planned measures, as SVG'),
  priorConsultation: z.boolean().describe('a residual risk stays high: consult the GBA first (Art. 36)'),
  validationRefusal: z
    .enum(['dpo_opinion_required', 'risks_incomplete'])
    .nullable()
    .describe('why it cannot be validated yet; null: it can'),
  versions: z.array(
    z.object({
      version: z.number().int(),
      status: z.enum(['draft', 'validated', 'refused']),
      statusLabel: z.string(),
      createdBy: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
      signedPdf,
      signedCopies: z
        .array(signedCopySchema)
        .describe(
          'the signed copies uploaded for this version, newest first: the current one (replacedBy null) and those it replaced; Custos checked that each is a PDF and keeps its SHA-256, not the signature in it',
        ),
      changes: z.array(z.string()).describe('what changed since the version before (paths in the content)'),
    }),
  ),
  can: z.object({
    write: z.boolean(),
    attach: z.boolean().describe('may upload the signed copy of a decided version'),
  }),
})

const diffSide = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'validated', 'refused']),
  statusLabel: z.string(),
  updatedAt: z.string(),
})
export const diffSchema = z.object({
  activityKey: z.string(),
  from: diffSide.describe('the older version compared'),
  to: diffSide.describe('the newer version compared'),
  changes: z
    .array(
      z.object({
        path: z
          .string()
          .describe('where in the content, e.g. risks.disappearance.initial or plannedMeasures.m2'),
        section: z.enum(['context', 'principles', 'risks', 'measures', 'validation']),
        label: z.string().describe('the field as the form names it, in `lang`'),
        before: z.string().nullable().describe('in the older version; null: empty'),
        after: z.string().nullable().describe('in the newer version; null: empty'),
        words: z
          .array(
            z.object({
              op: z
                .enum(['same', 'removed', 'added'])
                .describe('same: in both versions; removed: only in the older; added: only in the newer'),
              text: z.string(),
            }),
          )
          .nullable()
          .describe(
            'what was taken out and put in inside the text, word by word: `before` is the same and removed parts in order, `after` the same and added ones; null when one side is empty or the texts differ too much to highlight',
          ),
      }),
    )
    .describe('the fields that differ, in the order of the CNIL structure; empty: the same content'),
})
