import { randomUUID } from 'node:crypto'
import type { Transaction } from 'kysely'
import { type Actor, systemActor } from '../../audit/actor'
import { type AppContext, inTransaction } from '../../context'
import { hashToken, randomToken } from '../../crypto/tokens'
import type { DB, Language } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import {
  type NewRequest,
  openRequest,
  type RequestType,
  requestReference,
  requestTimeline,
} from '../../domain/requests'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import type { Organization } from '../organizations'
import { deadlineOptions } from '../organizations'
import { loadRegister } from '../register'
import { storeAttachment, storeIntake } from './attachments'
import type { CreateRequestInput } from './input-schemas'
import { MAX_ATTACHMENT_BYTES } from './input-schemas'
import { type JournalEntry, journal } from './journal'
import { statusTokenHash, VERIFY_HOURS, verifyUrl } from './links'
import { openProblem, requestProblem, transitionProblem } from './problems'
import { insertRequest, nextRequestSequence, updateRequestColumns } from './repository'
import { applyTransition, recordSubjectMatch } from './transition'

export function portalActor(requestId: string | null = null): Actor {
  return systemActor('public request portal', requestId)
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
  org: Organization,
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
  const mailIds = await inTransaction(ctx, async (ctx) => {
    const newRequest: NewRequest = {
      id,
      reference: await newReference(ctx.db, org.id, receivedAt),
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
    await insertRequest(ctx.db, ctx.encryption, {
      organizationId: org.id,
      request,
      timeline: requestTimeline(request, now, deadlineOptions(org)),
      options: deadlineOptions(org),
      requesterEmail: subject.email ?? null,
      statusTokenHash: statusTokenHash(ctx, id),
    })
    if (input.details) {
      await storeIntake(ctx.db, ctx.encryption, org.id, id, 'other', {
        details: input.details,
        customerNumber: null,
      })
    }
    const extra: JournalEntry[] = []
    if (file && input.attachment) {
      const attachmentId = await storeAttachment(ctx.db, ctx.encryption, {
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
      const match = await recordSubjectMatch(ctx, org.id, { email: subject.email }, now)
      if (match.subjectId) await updateRequestColumns(ctx.db, org.id, id, { subject_id: match.subjectId })
      extra.push(match.entry)
    }
    const applied = await applyTransition(ctx, actor, org, register, result, now, {}, extra)
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
export async function submitPortalRequest(ctx: AppContext, org: Organization, form: PortalSubmission) {
  const now = new Date()
  const id = randomUUID()
  const token = randomToken()
  const email = form.email.trim().toLowerCase()
  const actor = portalActor()
  const mailId = await inTransaction(ctx, async (ctx) => {
    const reference = await newReference(ctx.db, org.id, now)
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
    await insertRequest(ctx.db, ctx.encryption, {
      organizationId: org.id,
      request,
      timeline: requestTimeline(request, now, deadlineOptions(org)),
      options: deadlineOptions(org),
      requesterEmail: email,
      verifyTokenHash: hashToken(token),
      statusTokenHash: statusTokenHash(ctx, id),
    })
    const { idDocument, ...fields } = form
    await storeIntake(ctx.db, ctx.encryption, org.id, id, 'original', {
      details: form.details,
      customerNumber: form.customerNumber,
      form: { ...fields, email, submittedAt: now.toISOString(), idDocument: idDocument !== undefined },
    })
    const attached: JournalEntry[] = []
    if (idDocument) {
      const attachmentId = await storeAttachment(ctx.db, ctx.encryption, {
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
    const mailId = await queueMail(ctx.db, ctx.encryption, {
      organizationId: org.id,
      to: email,
      language: form.language,
      template: 'request-verification',
      params: {
        organizationName: org.legalName || org.name,
        reference,
        verifyUrl: verifyUrl(ctx, org, token, form.language),
        validHours: VERIFY_HOURS,
      },
    })
    // The acknowledgement is sent once the address is confirmed, not now.
    const received = result.events.filter((e) => e.action !== 'request.letter_queued')
    await journal(ctx.db, ctx.encryption, actor, org.id, request, [
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
