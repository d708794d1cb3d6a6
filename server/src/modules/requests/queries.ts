import type { Grant } from '../../auth/policy'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { NotFound } from '../../domain/errors'
import { textIn } from '../../domain/register/localized'
import {
  availableActions,
  composeLetter,
  type DataSubjectRequest,
  type LetterKind,
  type LetterSpec,
  OPEN_STATUSES,
  processorRoutes,
  REQUEST_STATUSES,
  type RequestTimeline,
  type RequestType,
  renderLetterHtml,
  renderLetterText,
  requestTimeline,
  type TimelineState,
} from '../../domain/requests'
import { getOutboxMessage, outboxStatuses } from '../../mail/outbox'
import type { Organization } from '../organizations'
import { deadlineOptions } from '../organizations'
import { loadRegister } from '../register'
import type { RequestDetail, RequestListItem } from './answer-schemas'
import { readIntake } from './attachments'
import { clientChoices } from './client-choices'
import { refreshStoredDeadlines } from './deadline-refresh'
import { statusUrl, VERIFY_HOURS } from './links'
import { emailLookupKey, openRequesterEmail, requestOf } from './personal'
import { requestPermissions } from './policy'
import {
  countRequests,
  findHandler,
  findRequest,
  findRequestEvent,
  listAttachments,
  listNotes,
  listRequestEvents,
  listRequestPage,
  listTasks,
  type RequestListFilter,
} from './repository'
import type { ChecklistScope } from './tasks'

type Row = NonNullable<Awaited<ReturnType<typeof findRequest>>>

export function verificationOf(row: Row, now: Date): RequestListItem['verification'] {
  if (row.channel !== 'portal') return 'not_required'
  if (row.email_verified_at) return 'verified'
  const expired = now.getTime() - row.created_at.getTime() > VERIFY_HOURS * 3_600_000
  return row.verify_token_hash === null || expired ? 'expired' : 'pending'
}

function listItem(
  row: Row,
  request: DataSubjectRequest,
  timeline: RequestTimeline,
  now: Date,
): RequestListItem {
  return {
    id: request.id,
    reference: request.reference,
    status: request.status,
    types: [...request.types],
    channel: request.channel,
    language: request.language,
    receivedAt: request.receivedAt.toISOString(),
    subjectName: request.subject.name ?? null,
    assigneeId: request.assigneeId,
    verification: verificationOf(row, now),
    dueDate: timeline.dueDate,
    extendedDueDate: timeline.extendedDueDate,
    currentDueDate: timeline.currentDueDate,
    state: timeline.state,
    workingDaysLeft: timeline.workingDaysLeft,
    daysOverdue: timeline.daysOverdue,
  }
}

export interface ListOptions {
  status?: (typeof REQUEST_STATUSES)[number] | undefined
  open?: 'true' | 'false' | undefined
  state?: TimelineState | undefined
  assigneeId?: string | null | undefined
  type?: RequestType | undefined
  subjectId?: string | undefined
  /** The address the request came from. */
  email?: string | undefined
  limit: number
  offset: number
}

export async function listRequests(ctx: AppContext, org: Organization, options: ListOptions) {
  const now = new Date()
  const filter: RequestListFilter = {
    organizationId: org.id,
    assigneeId: options.assigneeId,
    type: options.type,
    subjectId: options.subjectId,
  }
  if (options.email !== undefined && options.email !== '') {
    const key = emailLookupKey(ctx.encryption, options.email)
    if (key === null) return { total: 0, items: [] }
    filter.requesterEmailKey = key
  }
  if (options.status) filter.statuses = [options.status]
  else if (options.open === 'true') filter.statuses = OPEN_STATUSES
  else if (options.open === 'false')
    filter.statuses = REQUEST_STATUSES.filter((s) => !OPEN_STATUSES.includes(s))
  if (options.state) filter.deadline = { state: options.state, today: toBrusselsDate(now) }
  await refreshStoredDeadlines(ctx.db, org)
  const [total, rows] = await Promise.all([
    countRequests(ctx.db, filter),
    listRequestPage(ctx.db, filter, options.limit, options.offset),
  ])
  // Only the page is revived, timed and decrypted; the order and the state filter came from the stored deadlines.
  return {
    total,
    items: rows.map((row) => {
      const request = requestOf(ctx.encryption, row)
      return listItem(row, request, requestTimeline(request, now, deadlineOptions(org)), now)
    }),
  }
}

/** The scope recorded when the checklist was made (absent in checklists made before it was recorded). */
function checklistScopeOf(events: { kind: string; data: Record<string, unknown> }[]): ChecklistScope | null {
  const created = events.find((e) => e.kind === 'request.tasks_created')
  const scope = created?.data.scope as ChecklistScope | undefined
  return scope ?? null
}

interface LetterEventData {
  kind?: LetterKind
  sendBy?: string | null
  delivery?: 'email' | 'post'
  to?: string | null
  outboxId?: string | null
  spec?: LetterSpec
}

export async function getRequestDetail(
  ctx: AppContext,
  org: Organization,
  id: string,
  grant: Grant,
): Promise<RequestDetail> {
  const row = await findRequest(ctx.db, org.id, id)
  if (!row) throw new NotFound('request')
  const now = new Date()
  const options = deadlineOptions(org)
  const request = requestOf(ctx.encryption, row)
  const timeline = requestTimeline(request, now, options)
  const [events, notes, tasks, attachments, register, intake, assignee] = await Promise.all([
    listRequestEvents(ctx.db, ctx.encryption, org.id, id),
    listNotes(ctx.db, org.id, id),
    listTasks(ctx.db, org.id, id),
    listAttachments(ctx.db, org.id, id),
    loadRegister(ctx, org),
    readIntake(ctx.db, ctx.encryption, org.id, id),
    request.assigneeId ? findHandler(ctx.db, org.id, request.assigneeId) : Promise.resolve(undefined),
  ])
  const letterEvents = events.filter((e) => e.kind === 'request.letter_queued')
  const outboxIds = letterEvents.flatMap((e) => {
    const outboxId = (e.data as LetterEventData).outboxId
    return outboxId ? [outboxId] : []
  })
  const outbox = new Map((await outboxStatuses(ctx.db, org.id, outboxIds)).map((m) => [m.id, m]))
  const language = org.defaultLanguage
  const clients = await clientChoices(ctx, org, register, intake?.details ?? null, language)
  return {
    ...listItem(row, request, timeline, now),
    subject: {
      ...(request.subject.name !== undefined ? { name: request.subject.name } : {}),
      ...(request.subject.email !== undefined ? { email: request.subject.email } : {}),
      ...(request.subject.postalAddress ? { postalAddress: [...request.subject.postalAddress] } : {}),
    },
    requesterEmail: openRequesterEmail(ctx.encryption, row),
    emailVerifiedAt: row.email_verified_at?.toISOString() ?? null,
    subjectId: row.subject_id,
    assignee: assignee ? { id: assignee.id, name: assignee.display_name, email: assignee.email } : null,
    identity: {
      requestedAt: request.identity.requestedAt?.toISOString() ?? null,
      needed: [...request.identity.needed],
      reason: request.identity.reason,
      confirmedAt: request.identity.confirmedAt?.toISOString() ?? null,
      method: request.identity.method,
    },
    extension: request.extension
      ? { at: request.extension.at.toISOString(), reasons: [...request.extension.reasons] }
      : null,
    fee: request.fee ? (JSON.parse(JSON.stringify(request.fee)) as Record<string, unknown>) : null,
    forwarding: request.forwarding
      ? (JSON.parse(JSON.stringify(request.forwarding)) as Record<string, unknown>)
      : null,
    decision: request.decision
      ? (JSON.parse(JSON.stringify(request.decision)) as Record<string, unknown>)
      : null,
    closedAt: request.closedAt?.toISOString() ?? null,
    closeReason: request.closeReason,
    updatedAt: request.updatedAt.toISOString(),
    details: intake?.details ?? null,
    customerNumber: intake?.customerNumber ?? null,
    timeline: { ...timeline, reminders: [...timeline.reminders] },
    availableActions: availableActions(request, now, options),
    events: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      kind: e.kind,
      actorLabel: e.actor_label,
      data: withoutSpec(e.data),
    })),
    notes: notes.map((n) => ({
      id: n.id,
      authorId: n.author_id,
      authorLabel: n.author_label,
      body: n.body,
      createdAt: n.created_at.toISOString(),
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      systemKey: t.system_key,
      title: t.title,
      status: t.status,
      doneBy: t.done_by,
      doneAt: t.done_at?.toISOString() ?? null,
      proof: t.proof,
    })),
    checklistScope: checklistScopeOf(events),
    letters: letterEvents.flatMap((e) => {
      const data = e.data as LetterEventData
      if (!data.kind) return []
      const message = data.outboxId ? outbox.get(data.outboxId) : undefined
      return [
        {
          id: e.id,
          kind: data.kind,
          date: data.spec?.date ?? toBrusselsDate(e.at),
          queuedAt: e.at.toISOString(),
          sendBy: data.sendBy ?? null,
          delivery: data.delivery ?? 'email',
          to: data.to ?? null,
          outboxId: data.outboxId ?? null,
          outboxStatus: message?.status ?? null,
          sentAt: message?.sent_at?.toISOString() ?? null,
        },
      ]
    }),
    attachments: attachments.map((a) => ({
      id: a.id,
      kind: a.kind,
      filename: a.filename,
      contentType: a.content_type,
      sizeBytes: a.size_bytes,
      deleteAfterDecision: a.delete_after_decision,
      createdAt: a.created_at.toISOString(),
      deletedAt: a.deleted_at?.toISOString() ?? null,
    })),
    processorRoutes: processorRoutes(register).map((r) => ({
      activityKey: r.activityKey,
      activityName: textIn(r.activityName, language) ?? r.activityKey,
      controller: { ...r.controller },
      agreementSigned: r.agreementSigned,
    })),
    processorClients: clients,
    can: requestPermissions(grant),
  }
}

function withoutSpec(data: Record<string, unknown>): Record<string, unknown> {
  const { spec: _spec, ...rest } = data
  return rest
}

/**
 * One letter of the request: as it was mailed (the outbox copy), or, for a letter to post, composed again from
 * its recorded facts with the current register - ready to print.
 */
export async function getLetter(ctx: AppContext, org: Organization, id: string, letterId: number) {
  const row = await findRequest(ctx.db, org.id, id)
  const event = row ? await findRequestEvent(ctx.db, ctx.encryption, org.id, id, letterId) : undefined
  const data = event?.data as LetterEventData | undefined
  if (!row || !event || event.kind !== 'request.letter_queued' || !data?.spec || !data.kind) {
    throw new NotFound('letter')
  }
  const request = requestOf(ctx.encryption, row)
  const letter = composeLetter(data.spec, {
    register: await loadRegister(ctx, org),
    links: { status: statusUrl(ctx, org, id, request.language) },
  })
  if (data.outboxId) {
    const mail = await getOutboxMessage(ctx.db, ctx.encryption, org.id, data.outboxId)
    // Once its bodies are purged after delivery, the letter is composed again from its recorded facts.
    if (mail && mail.text_body !== null && mail.html_body !== null) {
      return {
        id: letterId,
        kind: data.kind,
        language: letter.language,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
        letter,
      }
    }
  }
  return {
    id: letterId,
    kind: data.kind,
    language: letter.language,
    subject: letter.subject,
    text: renderLetterText(letter),
    html: renderLetterHtml(letter),
    letter,
  }
}
