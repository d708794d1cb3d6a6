import { z } from 'zod'
import { REQUEST_STATUSES, REQUEST_TYPES } from '../../domain/requests'
import { languageSchema, slugParams } from '../../http/common-schemas'

/** What the data subject request API takes: path parameters, the staff intake, the worklist query, notes, tasks. */

export const MAX_DETAILS = 5000
/** Originals attached at intake (a scanned letter, a saved e-mail). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024

export const text = (max = 2000) => z.string().trim().min(1, 'Required').max(max)
export const isoDate = z.iso.date()
export const key = z.string().trim().min(1).max(100)

export const requestParams = slugParams.extend({ id: z.uuid() })
export const taskParams = requestParams.extend({ taskId: z.uuid() })
export const letterParams = requestParams.extend({ letterId: z.coerce.number().int().min(1) })
export const attachmentParams = requestParams.extend({ attachmentId: z.uuid() })

export const requestTypeSchema = z.enum(REQUEST_TYPES)
export const requestStatusSchema = z.enum(REQUEST_STATUSES)

export const createRequestBody = z.strictObject({
  channel: z
    .enum(['email', 'phone', 'letter', 'in_person', 'social_media', 'web_form'])
    .describe('how the request reached the organisation; portal requests come through /p/{slug}/request'),
  receivedAt: z
    .union([z.iso.datetime({ offset: true }), isoDate])
    .describe('when the request arrived: a date-time, or a Brussels date; not in the future'),
  subject: z
    .strictObject({
      name: text(200).describe('the name the subject gave'),
      email: z.email().max(254).optional().describe('where letters are sent by e-mail'),
      postalAddress: z.array(text(200)).max(6).optional().describe('address lines, for letters by post'),
    })
    .describe('who made the request, as they identified themselves; stored encrypted'),
  types: z
    .array(requestTypeSchema)
    .min(1)
    .max(REQUEST_TYPES.length)
    .describe('the rights exercised (Art. 15-22 GDPR); one request may exercise several'),
  language: languageSchema.describe('the language of the subject: every letter is written in it'),
  details: z.string().trim().max(MAX_DETAILS).optional().describe('what the subject asked, in their words'),
  identityConfirmedBy: text(500)
    .optional()
    .describe(
      'how identity was already confirmed at intake, e.g. "known client, called from the number on file"',
    ),
  attachment: z
    .strictObject({
      filename: z.string().trim().min(1).max(200).describe('the file name, e.g. letter.pdf'),
      contentType: z.string().trim().min(1).max(200).describe('its media type, e.g. application/pdf'),
      base64: z
        .base64()
        .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4)
        .describe('the content, base64'),
    })
    .optional()
    .describe('the original (scanned letter, saved e-mail), at most 5 MB; stored encrypted'),
})
export type CreateRequestInput = z.infer<typeof createRequestBody>

export const listQuery = z.strictObject({
  status: requestStatusSchema.optional().describe('only requests in this workflow status'),
  open: z.enum(['true', 'false']).optional().describe('true: only requests still owed an answer'),
  state: z
    .enum(['not_started', 'on_time', 'at_risk', 'overdue', 'closed_on_time', 'closed_late'])
    .optional()
    .describe('only requests in this deadline state'),
  assignee: z
    .union([z.uuid(), z.enum(['me', 'none'])])
    .optional()
    .describe('a member id, me (the caller) or none (unassigned)'),
  type: requestTypeSchema.optional().describe('only requests exercising this right (among others)'),
  subjectId: z.uuid().optional().describe('only requests matched to this person of the subject index'),
  email: z
    .string()
    .trim()
    .max(320)
    .optional()
    .describe('only requests that came from this e-mail address (matched by its keyed hash)'),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('page size'),
  offset: z.coerce.number().int().min(0).default(0).describe('how many matches to skip'),
})

export const noteBody = z.strictObject({
  body: text(10_000).describe('the note; never shown to the subject'),
})
export const assigneeBody = z.strictObject({
  assigneeId: z.uuid().nullable().describe('the user id of a member who handles requests; null: unassigned'),
})
export const taskBody = z
  .strictObject({
    status: z
      .enum(['open', 'done', 'not_applicable'])
      .describe('open, done (say what was done in proof) or not_applicable (say why)'),
    proof: z.string().trim().max(2000).optional().describe('what was done (done) or why it does not apply'),
  })
  .refine((b) => b.status !== 'done' || (b.proof !== undefined && b.proof !== ''), {
    message: 'Say what was done (proof) when marking a task done',
    path: ['proof'],
  })

export const reportQuery = z.strictObject({
  from: isoDate.optional().describe('first day of receipt (Brussels), inclusive; default: 12 months ago'),
  to: isoDate.optional().describe('last day of receipt (Brussels), inclusive; default: today'),
  format: z.enum(['json', 'csv']).default('json').describe('json (default) or csv'),
})
