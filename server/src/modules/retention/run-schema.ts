import { z } from 'zod'

/** A sweep run as the API shows it (GET .../retention/runs, the runs of a "run now" request). */
export const runSchema = z.object({
  id: z.uuid(),
  rule: z.string(),
  dataset: z.string(),
  system: z.string(),
  collection: z.string(),
  action: z.string(),
  cutoff: z.string().nullable(),
  subjectEvent: z
    .string()
    .nullable()
    .describe('the lifecycle event the period counted from; null: a date field'),
  status: z
    .enum(['running', 'paused', 'completed', 'failed', 'held', 'waiting'])
    .describe('waiting: a task run waits for a person to mark its task done'),
  reason: z.string().nullable(),
  plannedRows: z.number(),
  ceiling: z.number().nullable(),
  deleted: z.number(),
  masked: z.number(),
  maskedInsteadOfDeleted: z.number(),
  withheldShared: z
    .number()
    .describe(
      'rows left untouched because records of other people refer to them (shared with other records)',
    ),
  renewedByConsent: z
    .object({
      purpose: z.string().describe('the consent purpose of the rule when the sweep began'),
      people: z
        .number()
        .int()
        .describe(
          'people left out because their valid consent renewed their period, counted when the sweep began',
        ),
      firstUntil: z.string().nullable().describe('the earliest last day a consent kept one of them'),
      lastUntil: z.string().nullable().describe('the latest last day a consent kept one of them'),
    })
    .nullable()
    .describe('null: the rule was not renewed by consent when the sweep began'),
  batches: z.number().int(),
  approvedBy: z.string().nullable(),
  startedBy: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  via: z.enum(['sql', 'http_endpoint', 'task']).describe('how the run reached the system (decision 0094)'),
  countReported: z
    .boolean()
    .describe(
      'false: the system (or the person) did not report how many items went; deleted and masked are then 0 and mean "not reported"',
    ),
  endpoint: z.string().nullable().describe('http_endpoint: the call made'),
  taskId: z.string().nullable().describe('task: the action plan task of the run'),
  completedBy: z.string().nullable().describe('task: who marked the task done'),
  proof: z
    .object({
      auditSeq: z.number().int(),
      auditHash: z.string(),
      keys: z.number().int(),
      keyHashesDigest: z
        .string()
        .describe(
          'SHA-256 over the keyed hashes of the keys removed or masked: one hash per key, or, for a run whose batches were each one statement (decision 0114), one keyed hash per batch over its keys',
        ),
    })
    .nullable()
    .describe('the retention.run_completed audit record of a completed run'),
})
