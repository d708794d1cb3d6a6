import { z } from 'zod'
import { CHECK_REASONS } from '../../domain/suppression/verdict'
import { slugParams } from '../../http/common-schemas'

/** The shapes the suppression routes answer with (OpenAPI): consultations of the lists, entries, opt-ins, checks. */
export const tags = ['suppression']

export const channelSchema = z
  .enum(['email', 'phone', 'post'])
  .describe('how the organisation wants to reach the person')
export const isoDate = z.iso.date()
export const consultationSchema = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'completed', 'refused', 'failed']),
  fileName: z.string(),
  fileDate: z.string().nullable().describe('the day DNCM built the list'),
  fileDateSource: z.enum(['stated', 'file_name', 'newest_registration']).nullable(),
  sha256: z.string().nullable().describe('SHA-256 of the file as received: what was consulted'),
  lines: z.number().int(),
  numbers: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  newestRegistration: z.string().nullable(),
  refusal: z.string().nullable().describe('stale, invalid, no_date or future_date when refused'),
  importedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
})
export const entrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(['email', 'phone', 'postal']),
  masked: z.string().describe('enough to recognise the identifier; only its keyed hash is kept'),
  reason: z.enum(['objection', 'unsubscribe', 'erased_do_not_contact']),
  channel: z.enum(['email', 'phone', 'post', 'all']),
  source: z.enum(['staff', 'api', 'portal_request', 'cli']),
  requestId: z.uuid().nullable(),
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
})
export const optInSchema = z.object({
  id: z.uuid(),
  channel: z
    .enum(['phone', 'post'])
    .describe('phone: overrides the DNCM list; post: overrides the Robinson Mail list'),
  masked: z.string(),
  givenOn: z.string(),
  evidence: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
})
export const checkSchema = z.object({
  channel: channelSchema,
  allowed: z.boolean(),
  reason: z.enum(CHECK_REASONS as [string, ...string[]]),
  dncm: z
    .object({
      listDate: z.string().nullable(),
      usableUntil: z.string().nullable(),
      listed: z.boolean(),
      registeredOn: z.string().nullable(),
    })
    .nullable(),
  robinson: z
    .object({
      listDate: z.string().nullable().describe('the date of the Robinson Mail list in use, when known'),
      importedAt: z.string().describe('when it was imported'),
      listed: z.boolean().describe('the name and address are on it'),
    })
    .nullable()
    .describe('for post, when a Robinson Mail list is in use'),
  checkedAt: z.string(),
})
export const robinsonConsultationSchema = z.object({
  id: z.uuid(),
  status: z.enum(['completed', 'refused']),
  fileName: z.string(),
  fileDate: z.string().nullable().describe('the list’s date, stated or read from the file name'),
  sha256: z
    .string()
    .nullable()
    .describe('SHA-256 of the file as received (null when refused before it was read whole)'),
  lines: z.number().int().describe('lines after the header'),
  entries: z.number().int().describe('distinct people (name and address) kept as keyed hashes'),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  refusal: z.string().nullable().describe('header, invalid or future_date when refused'),
  importedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
})
export const idParams = slugParams.extend({ id: z.uuid() })
