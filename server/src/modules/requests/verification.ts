import { type AppContext, inTransaction } from '../../context'
import { hashToken } from '../../crypto/tokens'
import {
  type DataSubjectRequest,
  isOpen,
  openRequest,
  requestTimeline,
  transition,
} from '../../domain/requests'
import { dispatchQueuedMail } from '../../mail/outbox'
import { DIRECT_MARKETING_PURPOSES, withdrawConsentForRequest } from '../consent'
import type { Organization } from '../organizations'
import { deadlineOptions } from '../organizations'
import { loadRegister } from '../register'
import { searchIdentitiesOf } from '../subjects'
import { suppressObjection } from '../suppression'
import { readIntake } from './attachments'
import { portalActor } from './intake'
import { entriesWithLetter, type JournalEntry, journal, queueLetter } from './journal'
import { statusUrl, VERIFY_HOURS } from './links'
import { openRequesterEmail, requestOf } from './personal'
import { lockRequestByVerifyToken, type RequestRowChanges, updateRequestColumns } from './repository'
import { applyTransition, recordSubjectMatch } from './transition'

/** How identity is recorded when the requester confirmed the e-mail address given on the portal. */
export const PORTAL_IDENTITY_METHOD = 'e-mail address verified on the portal'

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
  org: Organization,
  token: string,
): Promise<VerifyOutcome> {
  const register = await loadRegister(ctx, org)
  const outcome = await inTransaction(ctx, async (ctx) => {
    const row = await lockRequestByVerifyToken(ctx.db, org.id, hashToken(token))
    if (!row) return { outcome: 'invalid' as const, mailIds: [] }
    const now = new Date()
    if (now.getTime() - row.created_at.getTime() > VERIFY_HOURS * 3_600_000) {
      return { outcome: 'expired' as const, mailIds: [] }
    }
    const current = requestOf(ctx.encryption, row)
    const actor = portalActor()
    const options = deadlineOptions(org)
    const changes: RequestRowChanges = { email_verified_at: now, verify_token_hash: null }
    const intake = await readIntake(ctx.db, ctx.encryption, org.id, current.id)
    const match = await recordSubjectMatch(
      ctx,
      org.id,
      { email: openRequesterEmail(ctx.encryption, row), customerNumber: intake?.customerNumber },
      now,
    )
    if (match.subjectId) changes.subject_id = match.subjectId
    // An objection to direct marketing is absolute (Art. 21(3)): the verified address, and the phone numbers the
    // subject index knows of the person, are suppressed at once.
    const requesterEmail = openRequesterEmail(ctx.encryption, row)
    if (current.types.includes('objection_direct_marketing')) {
      const subjectId = match.subjectId ?? row.subject_id
      const phones = subjectId
        ? (await searchIdentitiesOf(ctx, org.id, subjectId))
            .filter((i) => i.kind === 'phone')
            .map((i) => i.value)
        : []
      await suppressObjection(ctx, actor, org, { email: requesterEmail, phones, requestId: current.id })
    }
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
      const applied = await applyTransition(ctx, actor, org, register, step, now, changes, [
        verified,
        match.entry,
      ])
      mailIds.push(...applied.mailIds)
    } else {
      await updateRequestColumns(ctx.db, org.id, current.id, changes)
      await journal(ctx.db, ctx.encryption, actor, org.id, current, [verified, match.entry])
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
        const letter = await queueLetter(ctx.db, ctx, org, register, request, ack.letter)
        const queued = ack.events.filter((e) => e.action === 'request.letter_queued')
        const entries = entriesWithLetter(queued, letter).map((e) => ({
          ...e,
          // The letter's own `to` (its address) must win over the status fields of the event.
          data: { from: request.status, to: request.status, ...e.data },
        }))
        await journal(ctx.db, ctx.encryption, actor, org.id, request, entries)
        if (letter.mailId) mailIds.push(letter.mailId)
      }
    }
    const timeline = requestTimeline(request, now, options)
    return {
      outcome: 'verified' as const,
      request,
      dueDate: timeline.currentDueDate,
      mailIds,
      objector: current.types.includes('objection_direct_marketing')
        ? { email: requesterEmail, subjectId: match.subjectId ?? row.subject_id }
        : null,
    }
  })
  // The objection also withdraws the person's given consents to direct marketing, in the consent chain (which
  // its own batched log writes, decision 0032) once the verification is committed.
  if (outcome.outcome === 'verified' && outcome.objector)
    await withdrawConsentForRequest(ctx, {
      organizationId: org.id,
      person: outcome.objector,
      purposes: DIRECT_MARKETING_PURPOSES,
      kind: 'objection',
      request: {
        reference: outcome.request.reference,
        channel: outcome.request.channel,
        language: outcome.request.language,
      },
      recordedBy: portalActor(),
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
