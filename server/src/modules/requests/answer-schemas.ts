import { z } from 'zod'
import { LETTER_KINDS, REQUEST_ACTIONS, REQUEST_CHANNELS, type RequestAction } from '../../domain/requests'
import { languageSchema } from '../../http/common-schemas'
import { requestStatusSchema, requestTypeSchema } from './input-schemas'

/** What the data subject request API answers: the worklist, one request in detail, letter previews, the report. */

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
