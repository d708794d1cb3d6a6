import { z } from 'zod'

/** The schemas of the retention routes (rules, holds, the plan, what the caller may do). */
export const isoDay = z.iso.date()
export const localized = z.union([
  z.string(),
  z.object({ nl: z.string().optional(), fr: z.string().optional(), en: z.string().optional() }),
])
export const durationSchema = z.object({ years: z.number(), months: z.number(), days: z.number() }).nullable()
export const startSchema = z.object({
  kind: z.enum(['date_field', 'subject_event', 'fixed_date']),
  event: z.string().optional(),
  date: z.string().optional(),
})
export const ruleSchema = z.object({
  key: z.string(),
  name: localized,
  trigger: z.string(),
  statutoryReference: localized.nullable(),
  duration: durationSchema,
  start: startSchema,
  action: z.enum(['delete', 'mask', 'anonymise']).nullable().describe('null: the register says archive'),
  renewedUntil: z.string().nullable(),
  consentRenewable: z.boolean(),
  consentPurpose: z
    .string()
    .nullable()
    .describe(
      "renewal by consent: the consent purpose whose valid consent renews a person's period (the period starts again on the day the consent was given, never past its expiry); null: none",
    ),
  collections: z.array(
    z.object({
      dataset: z.string(),
      system: z.string(),
      collection: z.string(),
      dateField: z
        .string()
        .nullable()
        .describe('null: the dataset names no date (a subject event or fixed date)'),
    }),
  ),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedRows: z.number().nullable(),
  runCeiling: z.number().int().nullable(),
})
export const holdSchema = z.object({
  id: z.uuid(),
  scope: z.enum(['subject', 'request', 'collection', 'system']),
  subjectId: z.string().nullable(),
  subjectName: z
    .string()
    .nullable()
    .describe(
      "the person's name in the subject index: of a hold on a person, or of the person a held request is linked to",
    ),
  requestId: z.string().nullable(),
  requestReference: z.string().nullable().describe('the reference of the held request'),
  systemKey: z.string().nullable(),
  datasetKey: z.string().nullable(),
  collection: z.string().nullable(),
  reason: z.string(),
  placedBy: z.string(),
  placedAt: z.string(),
  endsOn: z.string().nullable(),
  liftedAt: z.string().nullable(),
  liftedBy: z.string().nullable(),
})
export const planItemSchema = z.object({
  rule: z.string(),
  dataset: z.string().describe("the dataset's key; custos for Custos's own data (decision 0085)"),
  system: z.string(),
  collection: z
    .string()
    .describe(
      "the collection; for Custos's own data requests (closed requests), outbox (finished mails), subjects (the subject index) or audit (audit events, emptied in place)",
    ),
  action: z.string().nullable(),
  dateField: z.string().nullable(),
  subjectEvent: z
    .enum(['contract_end', 'last_contact', 'relationship_end', 'dispute_closed'])
    .nullable()
    .describe(
      "the period counts from this lifecycle event of the person in the subject index (the person's latest)",
    ),
  cutoff: z
    .string()
    .nullable()
    .describe(
      'rows whose date is before this day are due; for a subject event, the rows of the people whose event is before it',
    ),
  blocked: z
    .string()
    .nullable()
    .describe(
      "why nothing is swept: no_duration, renewed, no_action, reference_data, no_primary_key, not_sql, no_date_field, unknown_event, not_yet_due, legal_hold, not_in_register (Custos' own data: the register has no rule from its catalogue entry - request_records, mail_records, subject_index or audit_log)",
    ),
  due: z.number().int().nullable(),
  withheld: z
    .number()
    .int()
    .nullable()
    .describe(
      'rows of the due people that records of other people still refer to (a shared address): kept, shared with other records; null when not counted',
    ),
  subjects: z
    .number()
    .int()
    .nullable()
    .describe(
      'for a subject event: the people whose period ended (their rows are the ones due), without those renewed by consent',
    ),
  renewedByConsent: z
    .object({
      people: z.number().int().describe('people left out because their valid consent renewed their period'),
      firstUntil: z.string().nullable().describe('the earliest last day a consent keeps one of them'),
      lastUntil: z.string().nullable().describe('the latest last day a consent keeps one of them'),
    })
    .nullable()
    .describe('null: the rule is not renewed by consent'),
  keptInIndex: z
    .array(
      z.object({
        rule: z.string().describe('a rule over a system that counts from an event of the person'),
        people: z
          .number()
          .int()
          .describe('people kept in the subject index until that rule has swept their rows'),
      }),
    )
    .nullable()
    .describe(
      "Custos's subject index only: people whose period in the index ended who stay in it until a rule over a system counting from an event of theirs has swept their rows (not yet due there, its sweep unfinished or held) - that rule finds their rows through the index; null for every other item",
    ),
  sampleKeys: z.array(z.string()),
  holds: z.array(
    z.object({ id: z.string(), scope: z.string(), reason: z.string(), endsOn: z.string().nullable() }),
  ),
  approved: z.object({ by: z.string().nullable(), at: z.string(), rows: z.number() }).nullable(),
  ceiling: z.number().nullable(),
  via: z
    .enum(['sql', 'http_endpoint', 'task'])
    .describe(
      "how the sweep reaches the system (decision 0094): sql - set-based batches; http_endpoint - one call to the dataset's date-filtered sweep endpoint (see endpoint); task - a dated task for a person in the action plan",
    ),
  endpoint: z
    .string()
    .nullable()
    .describe('http_endpoint: the call the sweep will make, e.g. "DELETE api.example.com/v1/invoices"'),
})
export const canSchema = z.object({
  write: z.boolean(),
  approve: z.boolean(),
  run: z.boolean().describe('may run the sweeps now (POST .../retention/runs)'),
})
