import { z } from 'zod'
import { CONNECTOR_PROBLEMS } from '../../connectors/network/target-error'
import { IDENTITY_KINDS } from '../../domain/subjects/identity'

export const CONNECTOR_ACTIONS = ['access', 'portability', 'rectification', 'erasure', 'restriction'] as const

const change = z.strictObject({
  collection: z.string().min(1).max(128).describe('the collection (table) of the dataset'),
  field: z.string().min(1).max(128).describe('the field (column) to correct'),
  value: z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]).describe('the corrected value'),
})

export const startRunBody = z.strictObject({
  action: z.enum(CONNECTOR_ACTIONS).describe('what to do in the systems for the request'),
  dryRun: z.boolean().default(false).describe('true: only report what would change, change nothing'),
  changes: z.array(change).max(100).optional().describe('rectification: the new values'),
  datasets: z.array(z.string().max(80)).max(100).optional().describe('only these datasets (default: all)'),
})

export const adHocRunBody = z.strictObject({
  action: z.enum(CONNECTOR_ACTIONS).describe('what to do in the systems'),
  identities: z
    .array(
      z.strictObject({
        kind: z.enum(IDENTITY_KINDS).describe('the kind of identifier, e.g. email or phone'),
        value: z.string().trim().min(1).max(254).describe('the identifier'),
        systemKey: z
          .string()
          .max(80)
          .optional()
          .describe('for a system id: the system of the register it belongs to'),
      }),
    )
    .min(1)
    .max(20)
    .describe('who the run is for: the identifiers the datasets are searched by'),
  datasets: z.array(z.string().max(80)).max(100).optional().describe('only these datasets (default: all)'),
})

const withheldReason = z.union([
  z
    .object({
      kind: z.literal('retention'),
      rule: z.string(),
      until: z.string().nullable(),
      openEnd: z.enum(['statutory_period', 'until_event']).optional(),
      trigger: z.string().optional(),
    })
    .describe(
      'kept under a retention rule until the day given; until null: held, end unknown (the rule has no duration: openEnd says why, trigger from which event) - never erased by the retention sweep',
    ),
  z.object({ kind: z.literal('referenced'), by: z.string() }),
  z
    .object({ kind: z.literal('shared'), by: z.array(z.string()) })
    .describe('shared with other records: rows of these collections outside the person refer to them'),
  z.object({ kind: z.literal('reference_data') }).describe('a collection the dataset marks shared'),
  z
    .object({ kind: z.literal('legal_hold'), hold: z.string(), scope: z.string(), reason: z.string() })
    .describe('kept under a legal hold (a person, a request, the collection or the system) while it lasts'),
  z.object({ kind: z.literal('not_rectifiable'), fields: z.array(z.string()) }),
])

const stepResultSchema = z.object({
  queries: z.number().optional(),
  unreachable: z.array(z.string()).optional(),
  read: z
    .array(
      z.object({
        collection: z.string(),
        level: z.number(),
        found: z.number(),
        fields: z.array(z.string()),
        categories: z.array(z.string()),
      }),
    )
    .optional(),
  applied: z.boolean().optional(),
  manual: z.array(z.string()).optional(),
  sharedQueries: z.number().optional(),
  held: z.number().optional().describe('erasure: rows kept under a retention rule, recorded by key'),
  alreadyErased: z
    .object({ runId: z.string(), finishedAt: z.string().nullable() })
    .optional()
    .describe("this request's erasure was already applied to the dataset by that run: nothing done again"),
  changes: z
    .array(
      z.object({
        collection: z.string(),
        found: z.number(),
        toUpdate: z.number(),
        toDelete: z.number(),
        fields: z.array(z.string()),
        updateKeys: z.array(z.array(z.unknown())),
        deleteKeys: z.array(z.array(z.unknown())),
        withheld: z.array(z.object({ rows: z.number(), reason: withheldReason })),
        updated: z.number().optional(),
        deleted: z.number().optional(),
      }),
    )
    .optional(),
})

export const runSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid().nullable(),
  action: z.enum(CONNECTOR_ACTIONS),
  dryRun: z.boolean(),
  status: z.enum(['queued', 'running', 'completed', 'failed']),
  createdBy: z.string(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  error: z.string().nullable(),
  summary: z.object({
    datasets: z.number().optional(),
    manual: z.number().optional(),
    rowsFound: z.number().optional(),
    rowsUpdated: z.number().optional(),
    rowsDeleted: z.number().optional(),
    rowsWithheld: z.number().optional(),
    rowsShared: z.number().optional(),
    rowsLegalHold: z
      .number()
      .optional()
      .describe(
        'erasure: rows kept under a legal hold, not erased (a new run erases them once the hold is lifted)',
      ),
    rowsHeldNoEnd: z
      .number()
      .optional()
      .describe('rows kept under a retention rule without duration: held, end unknown'),
    alreadyErased: z.number().optional(),
    packageId: z.string().optional(),
    noData: z.boolean().optional().describe('access/portability: nothing found, so no package was stored'),
  }),
  steps: z.array(
    z.object({
      dataset: z.string(),
      system: z.string(),
      status: z.enum(['pending', 'planned', 'done', 'failed', 'manual']),
      attempts: z.number(),
      error: z.string().nullable(),
      problem: z
        .object({ code: z.enum(CONNECTOR_PROBLEMS), reference: z.string() })
        .optional()
        .describe(
          'When the error is a connection the connector could not make: its stable code, for the UI to word, and the reference of the reason in the server log',
        ),
      result: stepResultSchema,
    }),
  ),
})
export type RunView = z.infer<typeof runSchema>

export const runParams = z.object({ slug: z.string(), runId: z.uuid() })
export const requestRunParams = z.object({ slug: z.string(), id: z.uuid() })
