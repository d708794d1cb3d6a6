import { z } from 'zod'
import { IMPORT_ISSUE_CODES } from '../../domain/subjects/import-row'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { subjectCanSchema, subjectIndexCanSchema } from './policy'

export const IDENTITY_KIND_VALUES = [
  'email',
  'phone',
  'national_number',
  'customer_number',
  'file_number',
  'other',
] as const
export const EVENT_KIND_VALUES = [
  'contract_start',
  'contract_end',
  'last_contact',
  'dispute_opened',
  'dispute_closed',
  'relationship_end',
  'other',
] as const

export const MAX_IDENTITIES = 50
export const MAX_RELATIONSHIPS = 50
export const MAX_EVENTS = 200

const registerKeyLike = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,79}$/,
    'Lower-case letters, digits, dot, dash or underscore (max. 80), e.g. "client" (ideally a subject category key of the register)',
  )
const isoDate = z.iso.date()
const noNul = (v: string) => !v.includes('\u0000')
const note = z
  .string()
  .trim()
  .max(2000)
  .refine(noNul, 'Contains a NUL character')
  .nullable()
  .optional()
  .describe('an internal note; never shown to the person')

export const subjectParams = slugParams.extend({ id: z.uuid() })
export const identityParams = subjectParams.extend({ identityId: z.uuid() })
export const relationshipParams = subjectParams.extend({ relationshipId: z.uuid() })
export const eventParams = subjectParams.extend({ eventId: z.uuid() })

export const identityInput = z.strictObject({
  kind: z
    .enum(IDENTITY_KIND_VALUES)
    .describe('what the value is; national_number is checked and stored masked'),
  value: z
    .string()
    .max(320)
    .describe('the e-mail, phone (any format), national register number, customer or file number'),
  systemKey: z
    .string()
    .max(80)
    .nullable()
    .optional()
    .describe('The register system key, required for customer_number and file_number (e.g. "teamleader")'),
})

export const relationshipInput = z
  .strictObject({
    relationship: registerKeyLike.describe(
      'client, debtor, employee...: ideally a subject category key of the register',
    ),
    startedOn: isoDate.nullable().optional().describe('when the relationship began'),
    endedOn: isoDate.nullable().optional().describe('when it ended; absent or null while it lasts'),
    note,
  })
  .refine((r) => !r.startedOn || !r.endedOn || r.endedOn >= r.startedOn, {
    message: 'The end date is before the start date',
    path: ['endedOn'],
  })

export const relationshipUpdate = z
  .strictObject({
    startedOn: isoDate.nullable().optional().describe('when the relationship began; null: unknown'),
    endedOn: isoDate.nullable().optional().describe('when it ended; null while it lasts'),
    note,
  })
  .refine((r) => Object.keys(r).length > 0, { message: 'Nothing to change' })

export const eventInput = z.strictObject({
  kind: z.enum(EVENT_KIND_VALUES).describe('what happened'),
  occurredOn: isoDate.describe('the day it happened'),
  note,
})

export const subjectName = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(200)
  .refine((v) => !/\p{Cc}/u.test(v), 'Control characters (tab, line break...) are not allowed in a name')

export const createSubjectBody = z.strictObject({
  name: subjectName.describe('the full name; stored encrypted'),
  language: languageSchema.nullable().optional().describe('the language the person prefers'),
  identities: z
    .array(identityInput)
    .max(MAX_IDENTITIES)
    .default([])
    .describe(
      'how the person is recognised: e-mail, phone, national register number, customer or file numbers',
    ),
  relationships: z
    .array(relationshipInput)
    .max(MAX_RELATIONSHIPS)
    .default([])
    .describe('what the person is or was to the organisation'),
  events: z.array(eventInput).max(MAX_EVENTS).default([]).describe('lifecycle events with their dates'),
})
export type CreateSubjectInput = z.infer<typeof createSubjectBody>

export const updateSubjectBody = z
  .strictObject({
    name: subjectName.optional().describe('the full name; stored encrypted'),
    language: languageSchema.nullable().optional().describe('the language the person prefers; null: unknown'),
  })
  .refine((b) => b.name !== undefined || b.language !== undefined, { message: 'Nothing to change' })

export const listQuery = z.strictObject({
  q: z
    .string()
    .max(200)
    .optional()
    .describe('E-mail, phone, national register number, customer number or name'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('page size'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('how many matches to skip'),
})

export const identitySchema = z.object({
  id: z.string(),
  kind: z.enum(IDENTITY_KIND_VALUES),
  systemKey: z.string().nullable(),
  value: z.string().describe('The value; masked for national register numbers'),
  display: z.string().describe('Formatted for people (phone in international format); masked like value'),
  masked: z.boolean(),
  age: z
    .object({
      status: z.enum(['minor', 'adult', 'unknown']),
      birthDateKnown: z.enum(['day', 'month', 'year', 'none']),
    })
    .optional()
    .describe(
      'National register numbers only: minor (under 18) or adult today as the number tells. unknown when the number ' +
        'holds only the birth year or year and month and that does not decide it, or no birth date (birthDateKnown none)',
    ),
  createdAt: z.string(),
})

export const relationshipSchema = z.object({
  id: z.string(),
  relationship: z.string(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
})

export const eventSchema = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KIND_VALUES),
  occurredOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
})

export const subjectSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  language: languageSchema.nullable(),
  identities: z.array(identitySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: subjectCanSchema,
})

export const subjectSchema = subjectSummarySchema.extend({
  relationships: z.array(relationshipSchema),
  events: z.array(eventSchema),
})

export const subjectPage = z.object({
  items: z.array(subjectSummarySchema),
  can: subjectIndexCanSchema,
  total: z
    .number()
    .describe(
      'How many subjects match, counted up to 1,000; a search longer than its key (names checked after decrypting) counts only as far as the requested page needed (see totalCapped)',
    ),
  totalCapped: z
    .boolean()
    .describe(
      'true when more subjects match than total: total is then a lower bound ("more than total"), not the number of matches - at most 1,000, and for a search longer than its key only what the requested page needed (e.g. 249 when 300 match)',
    ),
  limit: z.number(),
  offset: z.number(),
  interpretedAs: z
    .array(z.string())
    .describe('How q was read: email, phone, national_number, customer_number, file_number, other, name'),
})

export const importQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: only report what the import would do, store nothing'),
})

export const importIssueSchema = z.object({
  line: z.number(),
  column: z.string().nullable(),
  code: z.enum(IMPORT_ISSUE_CODES).describe("What is wrong, for a message in the reader's language"),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe('Values the message names (a column, a maximum length, a line)'),
  message: z.string().describe('The problem in English'),
})

export const importSummarySchema = z.object({
  dryRun: z.boolean(),
  lines: z.number().describe('Data lines read (blank lines not counted)'),
  imported: z.number().describe('Lines that created a new subject'),
  merged: z
    .number()
    .describe('Lines merged into a subject with the same identity (e-mail, national number...)'),
  failed: z.number().describe('Lines not imported; each has at least one entry in errors'),
  batches: z.number().describe('Batches of lines, each saved in its own transaction'),
  errors: z.array(importIssueSchema),
  errorsTruncated: z.boolean(),
})
