import { randomUUID } from 'node:crypto'
import type { Transaction } from 'kysely'
import { type Actor, systemActor } from '../../audit/actor'
import { roleCan } from '../../auth/policy'
import type { AppContext } from '../../context'
import { hashToken, randomToken } from '../../crypto/tokens'
import type { DB, Language, OrganizationRow } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { textIn } from '../../domain/register/localized'
import type { RegisterDocument } from '../../domain/register/schema'
import {
  type ActionInputs,
  type CompletionDetails,
  type DataSubjectRequest,
  formatDate,
  isOpen,
  type NewRequest,
  openRequest,
  processorRoutes,
  REQUEST_TYPE_INFO,
  type RequestAction,
  type RequestType,
  requestReference,
  requestTimeline,
  type TransitionResult,
  transition,
} from '../../domain/requests'
import { notFound, Problem } from '../../http/problem'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { loadRegister } from '../register/service'
import { eraseAfterDecision, readIntake, storeAttachment, storeIntake } from './attachments'
import { entriesWithLetter, type JournalEntry, journal, queueLetter } from './journal'
import { statusTokenHash, statusUrl, VERIFY_HOURS, verifyUrl } from './links'
import { openRequesterEmail, requestOf } from './personal'
import { openProblem, requestProblem, transitionProblem } from './problems'
import { registerChoices, unknownRegisterKeys } from './register-choices'
import {
  countTasks,
  findHandler,
  insertNote,
  insertRequest,
  insertTasks,
  lockRequest,
  lockRequestByVerifyToken,
  nextRequestSequence,
  type RequestRowChanges,
  saveRequestState,
  updateRequestColumns,
  updateTask,
} from './repository'
import type { ActionBody, CreateRequestInput } from './schemas'
import { MAX_ATTACHMENT_BYTES } from './schemas'
import { deadlineOptions } from './settings'
import { matchSubject } from './subject-match'
import { tasksFromRegister } from './tasks'

/** How identity is recorded when the requester confirmed the e-mail address given on the portal. */
export const PORTAL_IDENTITY_METHOD = 'e-mail address verified on the portal'

export function portalActor(requestId: string | null = null): Actor {
  return systemActor('public request portal', requestId)
}

/** Statuses in which the checklist of systems is needed. */
const WORKING_STATUSES: readonly string[] = ['in_progress', 'extended']

interface Applied {
  mailIds: string[]
}

/**
 * Stores the outcome of a transition: the new state and its mirrored columns, the letter (queued in the outbox
 * in the subject's language), the events in the request's history and the audit log, the checklist when work
 * starts, and the erasure of identity documents once decided. Runs inside the caller's transaction.
 */
async function applyTransition(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  register: RegisterDocument,
  result: Extract<TransitionResult, { ok: true }>,
  at: Date,
  changes: RequestRowChanges = {},
  extra: JournalEntry[] = [],
): Promise<Applied> {
  const request = result.request
  const timeline = requestTimeline(request, at, deadlineOptions(org))
  const letter = result.letter ? await queueLetter(trx, ctx, org, register, request, result.letter) : null
  await saveRequestState(trx, ctx.encryption, org.id, request, timeline, changes)
  const entries = [...entriesWithLetter(result.events, letter), ...extra]
  if (WORKING_STATUSES.includes(request.status) && (await countTasks(trx, request.id)) === 0) {
    const tasks = tasksFromRegister(register, org.default_language)
    await insertTasks(trx, org.id, request.id, tasks)
    entries.push({ action: 'request.tasks_created', at, data: { count: tasks.length } })
  }
  if (request.decision !== null || request.forwarding !== null || request.status === 'closed') {
    const erased = await eraseAfterDecision(trx, org.id, request.id, at)
    if (erased > 0) entries.push({ action: 'request.id_documents_erased', at, data: { count: erased } })
  }
  await journal(trx, ctx.encryption, actor, org.id, request, entries)
  return { mailIds: letter?.mailId ? [letter.mailId] : [] }
}

async function recordSubjectMatch(
  trx: Transaction<DB>,
  ctx: AppContext,
  orgId: string,
  identities: { email?: string | null | undefined; customerNumber?: string | null | undefined },
  at: Date,
): Promise<{ subjectId: string | null; entry: JournalEntry }> {
  const match = await matchSubject(trx, ctx.encryption, orgId, identities)
  return {
    subjectId: match.subjectId,
    entry: {
      action: 'request.subject_index_checked',
      at,
      data: {
        matched: match.subjectId !== null,
        subjectId: match.subjectId,
        by: match.matchedBy,
        ambiguous: match.ambiguous,
      },
    },
  }
}

async function newReference(trx: Transaction<DB>, orgId: string, receivedAt: Date) {
  const receivedOn = toBrusselsDate(receivedAt)
  const sequence = await nextRequestSequence(trx, orgId, Number(receivedOn.slice(0, 4)))
  return requestReference(receivedOn, sequence)
}

/** A date-only receipt is taken at noon in Brussels (the day is what counts); never later than now. */
function receiptInstant(value: string, now: Date): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const noon = new Date(`${value}T12:00:00+01:00`)
    return toBrusselsDate(noon) === toBrusselsDate(now) && noon > now ? now : noon
  }
  return new Date(value)
}

/** Staff intake: a request received by e-mail, phone, letter, at the office or on social media. */
export async function createStaffRequest(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  input: CreateRequestInput,
): Promise<string> {
  const now = new Date()
  const receivedAt = receiptInstant(input.receivedAt, now)
  if (receivedAt.getTime() > now.getTime()) {
    throw requestProblem(422, 'received_in_future', 'The date of receipt cannot be in the future.', [
      { path: 'body.receivedAt', message: 'Cannot be in the future' },
    ])
  }
  const file = input.attachment ? Buffer.from(input.attachment.base64, 'base64') : null
  if (file && file.length > MAX_ATTACHMENT_BYTES) {
    throw requestProblem(413, 'attachment_too_large', 'The attachment is larger than 5 MB.', [
      { path: 'body.attachment.base64', message: 'At most 5 MB' },
    ])
  }
  const register = await loadRegister(ctx, org)
  const id = randomUUID()
  const subject = {
    name: input.subject.name,
    ...(input.subject.email ? { email: input.subject.email.toLowerCase() } : {}),
    ...(input.subject.postalAddress?.length ? { postalAddress: input.subject.postalAddress } : {}),
  }
  const mailIds = await ctx.db.transaction().execute(async (trx) => {
    const newRequest: NewRequest = {
      id,
      reference: await newReference(trx, org.id, receivedAt),
      types: input.types,
      channel: input.channel,
      language: input.language,
      receivedAt,
      subject,
      ...(input.identityConfirmedBy ? { identityConfirmedBy: input.identityConfirmedBy } : {}),
    }
    const result = openRequest(newRequest, now, deadlineOptions(org))
    if (!result.ok)
      throw isOpenError(result.reason) ? openProblem(result.reason) : transitionProblem(result.reason)
    const request = result.request
    await insertRequest(trx, ctx.encryption, {
      organizationId: org.id,
      request,
      timeline: requestTimeline(request, now, deadlineOptions(org)),
      requesterEmail: subject.email ?? null,
      statusTokenHash: statusTokenHash(ctx, id),
    })
    if (input.details) {
      await storeIntake(trx, ctx.encryption, org.id, id, 'other', {
        details: input.details,
        customerNumber: null,
      })
    }
    const extra: JournalEntry[] = []
    if (file && input.attachment) {
      const attachmentId = await storeAttachment(trx, ctx.encryption, {
        organizationId: org.id,
        requestId: id,
        kind: 'original',
        filename: input.attachment.filename,
        contentType: input.attachment.contentType,
        content: file,
      })
      extra.push({
        action: 'request.attachment_added',
        at: now,
        data: { attachmentId, kind: 'original', filename: input.attachment.filename, sizeBytes: file.length },
      })
    }
    if (subject.email) {
      const match = await recordSubjectMatch(trx, ctx, org.id, { email: subject.email }, now)
      if (match.subjectId) await updateRequestColumns(trx, org.id, id, { subject_id: match.subjectId })
      extra.push(match.entry)
    }
    const applied = await applyTransition(trx, ctx, actor, org, register, result, now, {}, extra)
    return applied.mailIds
  })
  await dispatchQueuedMail(ctx, mailIds)
  return id
}

function isOpenError(reason: string): reason is Parameters<typeof openProblem>[0] {
  return ['types_required', 'unknown_type', 'unknown_channel', 'reference_required', 'invalid_date'].includes(
    reason,
  )
}

export interface PortalSubmission {
  name: string
  email: string
  types: RequestType[]
  details: string | null
  customerNumber: string | null
  language: Language
  /** Optional, checked by its magic bytes; stored encrypted and erased right after the decision. */
  idDocument?: { filename: string; contentType: string; content: Buffer } | undefined
}

/**
 * A request from the public portal: recorded at once (status received, channel portal; the period runs from
 * now), with an e-mail verification link. The acknowledgement waits for the verification. The caller answers
 * the same whatever happens here: nothing tells whether the person is known.
 */
export async function submitPortalRequest(ctx: AppContext, org: OrganizationRow, form: PortalSubmission) {
  const now = new Date()
  const id = randomUUID()
  const token = randomToken()
  const email = form.email.trim().toLowerCase()
  const actor = portalActor()
  const mailId = await ctx.db.transaction().execute(async (trx) => {
    const reference = await newReference(trx, org.id, now)
    const result = openRequest(
      {
        id,
        reference,
        types: form.types,
        channel: 'portal',
        language: form.language,
        receivedAt: now,
        subject: { name: form.name, email },
      },
      now,
      deadlineOptions(org),
    )
    if (!result.ok)
      throw isOpenError(result.reason) ? openProblem(result.reason) : transitionProblem(result.reason)
    const request = result.request
    await insertRequest(trx, ctx.encryption, {
      organizationId: org.id,
      request,
      timeline: requestTimeline(request, now, deadlineOptions(org)),
      requesterEmail: email,
      verifyTokenHash: hashToken(token),
      statusTokenHash: statusTokenHash(ctx, id),
    })
    const { idDocument, ...fields } = form
    await storeIntake(trx, ctx.encryption, org.id, id, 'original', {
      details: form.details,
      customerNumber: form.customerNumber,
      form: { ...fields, email, submittedAt: now.toISOString(), idDocument: idDocument !== undefined },
    })
    const attached: JournalEntry[] = []
    if (idDocument) {
      const attachmentId = await storeAttachment(trx, ctx.encryption, {
        organizationId: org.id,
        requestId: id,
        kind: 'id_document',
        filename: idDocument.filename,
        contentType: idDocument.contentType,
        content: idDocument.content,
        deleteAfterDecision: true,
      })
      attached.push({
        action: 'request.attachment_added',
        at: now,
        data: {
          attachmentId,
          kind: 'id_document',
          filename: idDocument.filename,
          contentType: idDocument.contentType,
          sizeBytes: idDocument.content.length,
          deleteAfterDecision: true,
        },
      })
    }
    const mailId = await queueMail(trx, ctx.encryption, {
      organizationId: org.id,
      to: email,
      language: form.language,
      template: 'request-verification',
      params: {
        organizationName: org.legal_name || org.name,
        reference,
        verifyUrl: verifyUrl(ctx, org, token, form.language),
        validHours: VERIFY_HOURS,
      },
    })
    // The acknowledgement is sent once the address is confirmed, not now.
    const received = result.events.filter((e) => e.action !== 'request.letter_queued')
    await journal(trx, ctx.encryption, actor, org.id, request, [
      ...received.map((e) => ({ action: e.action, at: e.at, data: { ...e.summary } })),
      ...attached,
      {
        action: 'request.verification_sent',
        at: now,
        data: { outboxId: mailId, validHours: VERIFY_HOURS },
      },
    ])
    return mailId
  })
  await dispatchQueuedMail(ctx, [mailId])
}

export type VerifyOutcome =
  | { outcome: 'invalid' }
  | { outcome: 'expired' }
  | { outcome: 'verified'; request: DataSubjectRequest; statusUrl: string; dueDate: string | null }

/**
 * The requester followed the verification link: identity is confirmed by the e-mail address (start, or confirm
 * identity when an agent already asked), the subject index is checked, and the acknowledgement with the due date
 * and the status link is queued in the subject's language.
 */
export async function verifyPortalRequest(
  ctx: AppContext,
  org: OrganizationRow,
  token: string,
): Promise<VerifyOutcome> {
  const register = await loadRegister(ctx, org)
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const row = await lockRequestByVerifyToken(trx, org.id, hashToken(token))
    if (!row) return { outcome: 'invalid' as const, mailIds: [] }
    const now = new Date()
    if (now.getTime() - row.created_at.getTime() > VERIFY_HOURS * 3_600_000) {
      return { outcome: 'expired' as const, mailIds: [] }
    }
    const current = requestOf(ctx.encryption, row)
    const actor = portalActor()
    const options = deadlineOptions(org)
    const changes: RequestRowChanges = { email_verified_at: now, verify_token_hash: null }
    const intake = await readIntake(trx, ctx.encryption, org.id, current.id)
    const match = await recordSubjectMatch(
      trx,
      ctx,
      org.id,
      { email: openRequesterEmail(ctx.encryption, row), customerNumber: intake?.customerNumber },
      now,
    )
    if (match.subjectId) changes.subject_id = match.subjectId
    const verified: JournalEntry = {
      action: 'request.email_verified',
      at: now,
      data: { method: PORTAL_IDENTITY_METHOD },
    }
    const step =
      current.status === 'received'
        ? transition(current, 'start', now, { identityConfirmedBy: PORTAL_IDENTITY_METHOD }, options)
        : current.status === 'awaiting_identity'
          ? transition(current, 'confirm_identity', now, { method: PORTAL_IDENTITY_METHOD }, options)
          : null
    let request = current
    const mailIds: string[] = []
    if (step?.ok) {
      request = step.request
      const applied = await applyTransition(trx, ctx, actor, org, register, step, now, changes, [
        verified,
        match.entry,
      ])
      mailIds.push(...applied.mailIds)
    } else {
      await updateRequestColumns(trx, org.id, current.id, changes)
      await journal(trx, ctx.encryption, actor, org.id, current, [verified, match.entry])
    }
    if (isOpen(request)) {
      // The acknowledgement the portal held back: the domain's, as of now, with identity confirmed.
      const ack = openRequest(
        {
          id: request.id,
          reference: request.reference,
          types: request.types,
          channel: request.channel,
          language: request.language,
          receivedAt: request.receivedAt,
          subject: request.subject,
          identityConfirmedBy: PORTAL_IDENTITY_METHOD,
        },
        now,
        options,
      )
      if (ack.ok && ack.letter) {
        const letter = await queueLetter(trx, ctx, org, register, request, ack.letter)
        const queued = ack.events.filter((e) => e.action === 'request.letter_queued')
        const entries = entriesWithLetter(queued, letter).map((e) => ({
          ...e,
          // The letter's own `to` (its address) must win over the status fields of the event.
          data: { from: request.status, to: request.status, ...e.data },
        }))
        await journal(trx, ctx.encryption, actor, org.id, request, entries)
        if (letter.mailId) mailIds.push(letter.mailId)
      }
    }
    const timeline = requestTimeline(request, now, options)
    return {
      outcome: 'verified' as const,
      request,
      dueDate: timeline.currentDueDate,
      mailIds,
    }
  })
  await dispatchQueuedMail(ctx, outcome.mailIds)
  if (outcome.outcome !== 'verified') return { outcome: outcome.outcome }
  return {
    outcome: 'verified',
    request: outcome.request,
    dueDate: outcome.dueDate,
    statusUrl: statusUrl(ctx, org, outcome.request.id, outcome.request.language),
  }
}

/** Turns the API body of an action into the domain's input, checking it against the register and the members. */
async function domainInput<A extends RequestAction>(
  ctx: AppContext,
  org: OrganizationRow,
  register: RegisterDocument,
  action: A,
  body: ActionBody<A>,
): Promise<{ input: ActionInputs[A]; forwardTo?: { activityName: string | null } }> {
  const typed = { action, body } as {
    [K in RequestAction]: { action: K; body: ActionBody<K> }
  }[RequestAction]
  switch (typed.action) {
    case 'assign': {
      await checkAssignee(ctx, org, typed.body.assigneeId, 'body.assigneeId')
      return { input: typed.body as ActionInputs[A] }
    }
    case 'forward_to_controller': {
      const { activityKey, client, controller } = typed.body
      if (activityKey === undefined) {
        return {
          input: {
            controller: controller as ActionInputs['forward_to_controller']['controller'],
          } as ActionInputs[A],
          forwardTo: { activityName: null },
        }
      }
      const routes = processorRoutes(register, [activityKey])
      if (routes.length === 0) {
        throw requestProblem(
          422,
          'not_processor_activity',
          `The register has no processor activity "${activityKey}" with a client to forward to.`,
          [{ path: 'body.activityKey', message: 'Not a processor activity of the register with a client' }],
        )
      }
      const chosen = client
        ? routes.filter((r) => r.controller.name.toLocaleLowerCase() === client.toLocaleLowerCase())
        : routes
      const [route] = chosen
      if (chosen.length !== 1 || route === undefined) {
        throw requestProblem(
          422,
          client ? 'client_not_of_activity' : 'client_required',
          client
            ? `"${client}" is not a client of the activity "${activityKey}".`
            : `The activity "${activityKey}" is done for several clients: name the client.`,
          [{ path: 'body.client', message: `One of: ${routes.map((r) => r.controller.name).join(', ')}` }],
        )
      }
      return {
        input: { controller: controller ?? route.controller, activityKey } as ActionInputs[A],
        forwardTo: { activityName: textIn(route.activityName, org.default_language) ?? activityKey },
      }
    }
    case 'complete':
    case 'partially_refuse': {
      const errors = unknownRegisterKeys(typed.body.details as CompletionDetails, registerChoices(register))
      if (errors.length > 0) {
        throw requestProblem(
          422,
          'unknown_register_keys',
          'The answer names data categories, retention rules, activities or purposes the register does not have.',
          errors,
        )
      }
      return { input: typed.body as unknown as ActionInputs[A] }
    }
    default:
      return { input: typed.body as unknown as ActionInputs[A] }
  }
}

async function checkAssignee(ctx: AppContext, org: OrganizationRow, userId: string | null, path: string) {
  if (userId === null) return
  const handler = await findHandler(ctx.db, org.id, userId)
  if (!handler || !roleCan(handler.role, 'requests:write')) {
    throw requestProblem(
      422,
      'assignee_not_handler',
      'The assignee must be a member who may handle requests.',
      [{ path, message: 'Not a member who may handle requests' }],
    )
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Runs one action of the workflow on a request. */
export async function performAction<A extends RequestAction>(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  id: string,
  action: A,
  body: ActionBody<A>,
): Promise<void> {
  const register = await loadRegister(ctx, org)
  const { input, forwardTo } = await domainInput(ctx, org, register, action, body)
  const mailIds = await ctx.db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, org.id, id)
    if (!row) throw notFound('Request')
    const current = requestOf(ctx.encryption, row)
    const at = new Date()
    const result = transition(current, action, at, input, deadlineOptions(org))
    if (!result.ok) throw transitionProblem(result.reason)
    const extra: JournalEntry[] = []
    const mailIds: string[] = []
    if (action === 'forward_to_controller' && result.request.forwarding) {
      const forwarded = await forwardToController(
        trx,
        ctx,
        org,
        register,
        result.request,
        forwardTo?.activityName ?? null,
        at,
      )
      extra.push(forwarded.entry)
      if (forwarded.mailId) mailIds.push(forwarded.mailId)
    }
    const applied = await applyTransition(trx, ctx, actor, org, register, result, at, {}, extra)
    return [...applied.mailIds, ...mailIds]
  })
  await dispatchQueuedMail(ctx, mailIds)
}

/**
 * Art. 28(3)(e): the request goes to the controller's contact when the register gives an e-mail address
 * (recorded with the outbox message); otherwise the record says it must be forwarded by hand.
 */
async function forwardToController(
  trx: Transaction<DB>,
  ctx: AppContext,
  org: OrganizationRow,
  register: RegisterDocument,
  request: DataSubjectRequest,
  activityName: string | null,
  at: Date,
): Promise<{ entry: JournalEntry; mailId: string | null }> {
  const forwarding = request.forwarding
  if (!forwarding) throw new Error('not forwarded')
  const contact = forwarding.controller.contact?.trim()
  const facts = { controller: forwarding.controller.name, activityKey: forwarding.activityKey }
  if (!contact || !EMAIL.test(contact)) {
    return {
      entry: { action: 'request.forwarding_manual', at, data: { ...facts, contact: contact ?? null } },
      mailId: null,
    }
  }
  const language = org.default_language
  const intake = await readIntake(trx, ctx.encryption, org.id, request.id)
  const mailId = await queueMail(trx, ctx.encryption, {
    organizationId: org.id,
    to: contact,
    language,
    template: 'request-forwarded',
    params: {
      processorName: register.organization.legalName ?? register.organization.name,
      controllerName: forwarding.controller.name,
      reference: request.reference,
      receivedOn: formatDate(toBrusselsDate(request.receivedAt)),
      types: request.types.map((t) => REQUEST_TYPE_INFO[t].label[language]),
      activityName,
      subjectName: request.subject.name ?? null,
      subjectEmail: request.subject.email ?? null,
      subjectAddress: [...(request.subject.postalAddress ?? [])],
      details: intake?.details ?? null,
      replyTo:
        register.notice.requestEmail ??
        register.organization.dpo?.email ??
        register.organization.email ??
        null,
    },
  })
  return {
    entry: {
      action: 'request.forwarding_sent',
      at,
      data: { ...facts, to: contact, outboxId: mailId },
    },
    mailId,
  }
}

export async function setAssignee(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  id: string,
  assigneeId: string | null,
) {
  await performAction(ctx, actor, org, id, 'assign', { assigneeId })
}

export async function addNote(ctx: AppContext, actor: Actor, org: OrganizationRow, id: string, body: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, org.id, id)
    if (!row) throw notFound('Request')
    const note = await insertNote(trx, {
      organizationId: org.id,
      requestId: id,
      authorId: actor.type === 'user' ? actor.id : null,
      authorLabel: actor.label,
      body,
    })
    await journal(trx, ctx.encryption, actor, org.id, { id, reference: row.reference }, [
      {
        action: 'request.note_added',
        at: note.created_at,
        data: { noteId: note.id },
        audit: { noteId: note.id },
      },
    ])
    return note
  })
}

export async function changeTask(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  id: string,
  taskId: string,
  input: { status: 'open' | 'done' | 'not_applicable'; proof?: string | undefined },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await lockRequest(trx, org.id, id)
    if (!row) throw notFound('Request')
    if (row.status === 'closed') {
      throw new Problem(409, 'Conflict', 'The request is closed; its checklist can no longer change.')
    }
    const at = new Date()
    const open = input.status === 'open'
    const task = await updateTask(trx, org.id, id, taskId, {
      status: input.status,
      doneBy: open ? null : actor.label,
      doneAt: open ? null : at,
      proof: open ? null : input.proof?.trim() || null,
    })
    if (!task) throw notFound('Task')
    await journal(trx, ctx.encryption, actor, org.id, { id, reference: row.reference }, [
      {
        action: 'request.task_updated',
        at,
        data: { taskId, systemKey: task.system_key, status: task.status, proof: task.proof },
        audit: { taskId, systemKey: task.system_key, status: task.status },
      },
    ])
    return task
  })
}
