import { z } from 'zod'
import {
  ERASURE_EXCEPTIONS,
  FEE_GROUNDS,
  IDENTITY_EVIDENCE,
  LETTER_KINDS,
  REFUSAL_GROUNDS,
  REQUEST_ACTIONS,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  type RequestAction,
} from '../../domain/requests'
import { languageSchema, slugParams } from '../../http/common-schemas'

/** Request and response schemas of the data subject request API. */

export const MAX_DETAILS = 5000
/** Originals attached at intake (a scanned letter, a saved e-mail). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024

const text = (max = 2000) => z.string().trim().min(1, 'Required').max(max)
const reasons = z
  .array(text(2000))
  .min(1, 'Give at least one reason')
  .max(20)
  .describe('the reasons, one per item; the letter gives them to the subject')
const isoDate = z.iso.date()
const key = z.string().trim().min(1).max(100)

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

const keptData = z.strictObject({
  dataCategories: z
    .array(key)
    .min(1)
    .max(50)
    .describe('the data category keys of the register that are kept'),
  ground: z.enum(ERASURE_EXCEPTIONS).describe('the exception of Art. 17(3) that allows keeping them'),
  retentionRule: key
    .optional()
    .describe('a retention rule key of the register (names the law that requires it)'),
  until: isoDate.optional().describe('until when they are kept; the letter says so'),
  explanation: z.string().trim().max(2000).optional().describe('why, in words the subject understands'),
})

export const completionDetails = z.strictObject({
  access: z
    .strictObject({
      delivery: z
        .enum(['download', 'enclosed'])
        .describe('download: a link to the package; enclosed: the files go with the letter'),
      availableUntil: isoDate.optional().describe('until when the download link works'),
      activityKeys: z
        .array(key)
        .max(100)
        .optional()
        .describe(
          'the activities of the register the letter describes (absent: those found for the subject)',
        ),
      noData: z.boolean().optional().describe('true: no personal data of the subject were found'),
    })
    .optional()
    .describe('for access (Art. 15): how the copy is given'),
  portability: z
    .strictObject({
      delivery: z
        .enum(['download', 'enclosed', 'transmitted'])
        .describe('download, enclosed, or transmitted directly to another controller (Art. 20(2))'),
      transmittedTo: z.string().trim().max(500).optional().describe('for transmitted: the other controller'),
      availableUntil: isoDate.optional().describe('until when the download link works'),
    })
    .optional()
    .describe('for portability (Art. 20): how the data are given'),
  rectification: z
    .strictObject({
      corrected: z
        .array(text(500))
        .max(100)
        .describe('what was corrected, one item each; the letter lists them'),
    })
    .optional()
    .describe('for rectification (Art. 16)'),
  erasure: z
    .strictObject({
      erased: z.array(key).max(100).describe('the data category keys that were erased'),
      kept: z.array(keptData).max(50).default([]).describe('what is kept, with its legal ground'),
    })
    .optional()
    .describe('for erasure (Art. 17)'),
  restriction: z
    .strictObject({
      scope: z.string().trim().max(2000).optional().describe('what processing is restricted'),
    })
    .optional()
    .describe('for restriction (Art. 18)'),
  objectionLegitimateInterest: z
    .strictObject({
      stopped: z.array(key).max(100).describe('the activity keys whose processing stopped'),
    })
    .optional()
    .describe('for an objection to processing based on legitimate interests (Art. 21(1))'),
  withdrawConsent: z
    .strictObject({
      purposes: z
        .array(key)
        .max(100)
        .describe('the consent purpose keys withdrawn; recorded in the consent log'),
    })
    .optional()
    .describe('for a withdrawal of consent (Art. 7(3))'),
  recipientsNotified: z
    .array(text(500))
    .max(100)
    .optional()
    .describe('the recipients told of the rectification, erasure or restriction (Art. 19)'),
  note: z.string().trim().max(5000).optional().describe('an internal note, kept in the history'),
})

const refusal = {
  ground: z.enum(REFUSAL_GROUNDS).describe('the ground of the refusal; the letter words it'),
  reasons,
  legalReference: z
    .string()
    .trim()
    .max(500)
    .optional()
    .describe('the law the refusal rests on, where the ground needs one'),
}
const optionalNote = z.strictObject({
  note: z.string().trim().max(2000).optional().describe('an internal note, kept in the history'),
})

/** The body of each action, as the API takes it (forward_to_controller picks the controller from the register). */
export const ACTION_BODIES = {
  assign: assigneeBody,
  start: z.strictObject({
    identityConfirmedBy: z
      .string()
      .trim()
      .max(500)
      .optional()
      .describe(
        'how the identity is already established, e.g. "known client, wrote from the address on file"',
      ),
  }),
  request_identity: z.strictObject({
    needed: z
      .array(z.enum(IDENTITY_EVIDENCE))
      .min(1)
      .max(IDENTITY_EVIDENCE.length)
      .describe('what the subject is asked to provide'),
    reason: text(2000).describe('why it is needed (Art. 12(6)); the letter tells the subject'),
    details: z.string().trim().max(2000).optional().describe('anything else the subject should know'),
  }),
  confirm_identity: z.strictObject({
    method: text(500).describe('how the identity was confirmed, e.g. "copy of ID card, checked and deleted"'),
  }),
  extend: z.strictObject({ reasons }),
  warn_fee: z.strictObject({
    ground: z.enum(FEE_GROUNDS).describe('why a fee applies: manifestly unfounded or excessive (Art. 12(5))'),
    reasons,
    amountCents: z.number().int().min(1).max(100_000_00).describe('the fee in euro cents'),
    paymentDetails: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .describe('how to pay, e.g. the IBAN and reference'),
  }),
  fee_paid: z.strictObject({}),
  waive_fee: optionalNote,
  forward_to_controller: z
    .strictObject({
      activityKey: key.optional().describe('the processor activity of the register the request concerns'),
      client: z.string().trim().max(500).optional().describe('which client, when the activity has several'),
      clientId: z
        .uuid()
        .optional()
        .describe(
          'a client of the Processors page: the request goes to its contact for requests, in its language (activityKey, if given, must be one of its activities)',
        ),
      controller: z
        .strictObject({
          name: text(500).describe("the controller's name"),
          contact: z.string().trim().max(500).optional().describe('how to reach the controller'),
        })
        .optional()
        .describe('a controller not (yet) in the register'),
    })
    .refine((b) => b.activityKey !== undefined || b.controller !== undefined || b.clientId !== undefined, {
      message: 'Name the client (clientId), the processor activity (activityKey) or the controller',
      path: ['activityKey'],
    }),
  complete: z.strictObject({ details: completionDetails.describe('what was done, per right exercised') }),
  partially_refuse: z.strictObject({
    details: completionDetails.describe('what was done for the part that is answered'),
    refusedTypes: z
      .array(requestTypeSchema)
      .max(REQUEST_TYPES.length)
      .default([])
      .describe('the rights refused as a whole'),
    refusedScope: z.string().trim().max(2000).optional().describe('what else is refused, in words'),
    ...refusal,
  }),
  refuse: z.strictObject(refusal),
  close: optionalNote,
  withdraw: optionalNote,
} satisfies Record<RequestAction, z.ZodType>

export type ActionBody<A extends RequestAction> = z.infer<(typeof ACTION_BODIES)[A]>

export const ACTION_SUMMARIES: Record<RequestAction, string> = {
  assign: 'Give the request to an agent (null: unassigned)',
  start: 'Start handling; no further identity check needed',
  request_identity: 'Ask the subject for what is needed to confirm identity (Art. 12(6)), with the reason',
  confirm_identity: 'Record how identity was confirmed',
  extend:
    'Extend by two months with reasons, within the first month (Art. 12(3)); queues the extension letter',
  warn_fee: 'Warn of a reasonable fee for a manifestly unfounded or excessive request (Art. 12(5))',
  fee_paid: 'The fee was paid',
  waive_fee: 'Waive the fee',
  forward_to_controller:
    'The data concern processing done as processor: forward to the controller from the register and tell the subject',
  complete: 'Answer the request; queues the answer letter (with the Art. 15 information for access)',
  partially_refuse: 'Answer part, refuse part with reasons and the complaint route (Art. 12(4))',
  refuse: 'Refuse with the ground, reasons and the complaint route (Art. 12(4))',
  close: 'File an answered request',
  withdraw: 'The subject withdrew the request',
}

const iso = z.string()
const dateOrNull = z.string().nullable()

export const timelineSchema = z.object({
  today: z.string(),
  receivedOn: z.string(),
  clockBasis: z.enum(['receipt', 'identity_confirmed']),
  clockStartsOn: dateOrNull,
  dueDate: dateOrNull,
  maximumExtendedDueDate: dateOrNull,
  extendedDueDate: dateOrNull,
  currentDueDate: dateOrNull,
  extensionNoticeDeadline: dateOrNull,
  canExtend: z.boolean(),
  answeredOn: dateOrNull,
  state: z.enum(['not_started', 'on_time', 'at_risk', 'overdue', 'closed_on_time', 'closed_late']),
  workingDaysLeft: z.number().nullable(),
  daysOverdue: z.number(),
  reminders: z.array(
    z.object({
      date: z.string(),
      kind: z.enum(['before_due', 'overdue']),
      workingDaysBefore: z.number(),
      dueDate: z.string(),
    }),
  ),
})

export const verificationSchema = z
  .enum(['not_required', 'pending', 'verified', 'expired'])
  .describe('e-mail verification of a portal request')

export const listItemSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: requestStatusSchema,
  types: z.array(requestTypeSchema),
  channel: z.enum(REQUEST_CHANNELS),
  language: languageSchema,
  receivedAt: iso,
  subjectName: z.string().nullable(),
  assigneeId: z.string().nullable(),
  verification: verificationSchema,
  dueDate: dateOrNull,
  extendedDueDate: dateOrNull,
  currentDueDate: dateOrNull,
  state: timelineSchema.shape.state,
  workingDaysLeft: z.number().nullable(),
  daysOverdue: z.number(),
})

export const listResponse = z.object({ items: z.array(listItemSchema), total: z.number() })

const eventSchema = z.object({
  id: z.number(),
  at: iso,
  kind: z.string(),
  actorLabel: z.string(),
  data: z.record(z.string(), z.unknown()),
})
export const noteSchema = z.object({
  id: z.string(),
  authorId: z.string().nullable(),
  authorLabel: z.string(),
  body: z.string(),
  createdAt: iso,
})
export const taskSchema = z.object({
  id: z.string(),
  systemKey: z.string().nullable(),
  title: z.string(),
  status: z.enum(['open', 'done', 'not_applicable']),
  doneBy: z.string().nullable(),
  doneAt: iso.nullable(),
  proof: z.string().nullable(),
})
const letterSchema = z.object({
  id: z.number(),
  kind: z.enum(LETTER_KINDS),
  date: z.string(),
  queuedAt: iso,
  sendBy: dateOrNull,
  delivery: z.enum(['email', 'post']),
  to: z.string().nullable(),
  outboxId: z.string().nullable(),
  outboxStatus: z.string().nullable(),
  sentAt: iso.nullable(),
})
const attachmentSchema = z.object({
  id: z.string(),
  kind: z.enum(['original', 'id_document', 'answer', 'other']),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  deleteAfterDecision: z.boolean(),
  createdAt: iso,
  deletedAt: iso.nullable(),
})
const routeSchema = z.object({
  activityKey: z.string(),
  activityName: z.string(),
  controller: z.object({ name: z.string(), contact: z.string().optional() }),
  agreementSigned: z.boolean(),
})

const clientChoiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'ended']),
  activityKeys: z.array(z.string()),
  activities: z
    .array(z.object({ key: z.string(), name: z.string() }))
    .describe(
      'the processor activities done for the client, named in the request’s language: the forward form lets staff name one (activityKey)',
    ),
  suggestedBecause: z
    .array(
      z.object({
        kind: z.enum(['activity', 'system', 'client']),
        key: z.string().nullable(),
        name: z.string(),
      }),
    )
    .describe(
      'what in the request names this client: an activity or system done for it, or its name; empty: not suggested',
    ),
})

export const detailSchema = listItemSchema.extend({
  subject: z.object({
    name: z.string().optional(),
    email: z.string().optional(),
    postalAddress: z.array(z.string()).optional(),
  }),
  requesterEmail: z.string().nullable(),
  emailVerifiedAt: iso.nullable(),
  subjectId: z.string().nullable().describe('the matching person of the subject index, when found'),
  assignee: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  identity: z.object({
    requestedAt: iso.nullable(),
    needed: z.array(z.string()),
    reason: z.string().nullable(),
    confirmedAt: iso.nullable(),
    method: z.string().nullable(),
  }),
  extension: z.object({ at: iso, reasons: z.array(z.string()) }).nullable(),
  fee: z.record(z.string(), z.unknown()).nullable(),
  forwarding: z.record(z.string(), z.unknown()).nullable(),
  decision: z.record(z.string(), z.unknown()).nullable(),
  closedAt: iso.nullable(),
  closeReason: z.enum(['answered', 'withdrawn']).nullable(),
  updatedAt: iso,
  details: z.string().nullable().describe('what the subject wrote (decrypted from the intake record)'),
  customerNumber: z.string().nullable(),
  timeline: timelineSchema,
  availableActions: z.array(z.enum(REQUEST_ACTIONS as [RequestAction, ...RequestAction[]])),
  events: z.array(eventSchema),
  notes: z.array(noteSchema),
  tasks: z.array(taskSchema),
  checklistScope: z
    .object({
      reason: z.enum(['relationship', 'no_subject', 'no_relationship', 'not_in_register']),
      relationships: z.array(z.string()),
      categories: z.array(z.string()),
    })
    .nullable()
    .describe(
      "which activities' systems the checklist lists: relationship - only those about the requester's relationships in the subject index (categories: the subject categories they match); otherwise all, because the requester is not in the index (no_subject), has no relationship there (no_relationship) or has one that is not a subject category of the register (not_in_register, naming it); null for a checklist made before this was recorded or not made yet",
    ),
  letters: z.array(letterSchema),
  attachments: z.array(attachmentSchema),
  processorRoutes: z.array(routeSchema),
  processorClients: z
    .array(clientChoiceSchema)
    .describe(
      'the clients of the Processors page a request can be forwarded to, with why one seems concerned',
    ),
  can: z
    .object({ handle: z.boolean(), run: z.boolean(), erase: z.boolean(), rectify: z.boolean() })
    .describe(
      'what the caller may do on this request: handle (assign, notes, tasks, workflow actions), run connectors that read (and every dry run), erase, rectify (correct or restrict)',
    ),
})
export type RequestDetail = z.infer<typeof detailSchema>
export type RequestListItem = z.infer<typeof listItemSchema>

export const letterPreviewSchema = z.object({
  id: z.number(),
  kind: z.enum(LETTER_KINDS),
  language: languageSchema,
  subject: z.string(),
  text: z.string(),
  html: z.string(),
})

export const reportQuery = z.strictObject({
  from: isoDate.optional().describe('first day of receipt (Brussels), inclusive; default: 12 months ago'),
  to: isoDate.optional().describe('last day of receipt (Brussels), inclusive; default: today'),
  format: z.enum(['json', 'csv']).default('json').describe('json (default) or csv'),
})

const statsSchema = z.object({
  received: z.number(),
  answered: z.number(),
  answeredOnTime: z.number(),
  onTimeShare: z.number().nullable().describe('answered within the legal time / answered (0-1)'),
  medianDays: z.number().nullable().describe('calendar days from receipt to answer'),
  p95Days: z.number().nullable(),
  open: z.number(),
  overdue: z.number(),
  withdrawn: z.number(),
})
export const reportSchema = z.object({
  from: z.string(),
  to: z.string(),
  generatedAt: iso,
  totals: statsSchema,
  byType: z.array(statsSchema.extend({ type: requestTypeSchema })),
})
