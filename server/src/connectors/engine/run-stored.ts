import { z } from 'zod'
import { defineStoredJson } from '../../lib/stored-json'

/**
 * The JSON a connector run keeps in the clear (decision 0025): the run's totals and each step's result - counts,
 * collection and field names, sample keys, never the values read. Unknown keys are kept (a result is built in
 * parts: what was read, then the plan, then what was applied); the parts every reader relies on are checked.
 * The rows read and the write plan are kept encrypted with their own encoding (values-codec), not here.
 */

const count = z.number().optional()

export const storedRunSummary = defineStoredJson<Record<string, unknown>>({
  name: 'connector_run.summary',
  version: 1,
  schema: z.looseObject({
    datasets: count,
    manual: count,
    rowsFound: count,
    rowsUpdated: count,
    rowsDeleted: count,
    rowsWithheld: count,
    rowsShared: count,
    rowsLegalHold: count,
    rowsHeldNoEnd: count,
    alreadyErased: count,
    packageId: z.string().optional(),
    noData: z.boolean().optional(),
  }),
})

export const storedStepResult = defineStoredJson<Record<string, unknown>>({
  name: 'connector_run_step.result',
  version: 1,
  schema: z.looseObject({
    queries: count,
    unreachable: z.array(z.string()).optional(),
    read: z.array(z.looseObject({ collection: z.string(), found: z.number() })).optional(),
    changes: z.array(z.looseObject({ collection: z.string(), found: z.number() })).optional(),
    manual: z.array(z.string()).optional(),
    applied: z.boolean().optional(),
    sharedQueries: count,
    held: count,
    alreadyErased: z.object({ runId: z.string(), finishedAt: z.string().nullable() }).optional(),
  }),
})

/** A run row with its summary read through the stored schema. */
export function withStoredSummary<R extends { id: string; summary: Record<string, unknown> }>(row: R): R {
  return { ...row, summary: storedRunSummary.read(row.summary, row.id) }
}

/** A step row with its result read through the stored schema. */
export function withStoredResult<R extends { id: string; result: Record<string, unknown> }>(row: R): R {
  return { ...row, result: storedStepResult.read(row.result, row.id) }
}
