import type { Actor } from '../../audit/actor'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { hashToken } from '../../crypto/tokens'
import type { ParentalClosedBecause } from '../../db/schema'
import type { GuardianRelationship } from '../../domain/consent/children'
import { InvalidInput } from '../../domain/errors'
import { writeConsentEvents } from './log'
import type { ConsentLanguage } from './model'
import { parentalIdentityContext } from './parental-rules'
import { purposeDescriptionIn, purposeLabelIn, type ShownText } from './purpose-wording'
import { findConsentPurpose } from './purposes'
import * as repo from './repository'
import { type ConsentSubject, type ParentConfirmationStep, prepareConsent } from './service'

const DAY_MS = 86_400_000
type RequestStatus = 'pending' | 'confirmed' | 'refused' | 'expired' | 'superseded'

/** What the parent's page shows: the organisation's request as the child made it. */
export interface ParentalRequestView {
  id: string
  status: RequestStatus
  purpose: string
  /** The purpose's name as shown (in German the organisation's German name, or its text marked as not German). */
  purposeLabel: ShownText
  purposeDescription: ShownText | undefined
  /** Whether the register still lists the purpose as consent-based. */
  purposeListed: boolean
  text: string
  textLanguage: string
  childMasked: string
  parentMasked: string
  requestedAt: Date
  linkExpiresAt: Date
  decidedAt: Date | null
  /**
   * Why a superseded request records nothing: a new request replaced it, a later choice for the purpose stands, the
   * child was erased, or its link ended while the purpose was no longer consent-based; null when not known (a
   * request closed before migration 0090) or not superseded.
   */
  closedBecause: ParentalClosedBecause | null
}

async function viewOf(
  ctx: AppContext,
  row: Awaited<ReturnType<typeof repo.findParentalRequestByToken>> & object,
  language: ConsentLanguage,
): Promise<ParentalRequestView> {
  const purpose = await findConsentPurpose(ctx, row.organization_id, row.purpose)
  const text = await repo.findText(ctx.db, row.organization_id, row.text_hash)
  return {
    id: row.id,
    status: row.status,
    purpose: row.purpose,
    purposeLabel: purpose
      ? purposeLabelIn(purpose, language)
      : { text: row.purpose, lang: undefined, notInGerman: false, byOrganisation: true },
    purposeDescription: purpose ? purposeDescriptionIn(purpose, language) : undefined,
    purposeListed: purpose !== undefined,
    text: text?.body ?? '',
    textLanguage: text?.language ?? row.language,
    childMasked: row.identity_masked,
    parentMasked: row.parent_masked,
    requestedAt: row.requested_at,
    linkExpiresAt: row.link_expires_at,
    decidedAt: row.decided_at,
    closedBecause: row.closed_because,
  }
}

type RequestRow = NonNullable<Awaited<ReturnType<typeof repo.findParentalRequestByToken>>>

/** Whether a later choice for the purpose took the place of the request's pending record in the chain. */
async function overtaken(db: AppContext['db'], row: RequestRow): Promise<boolean> {
  const [current] = (await repo.statusOf(db, row.organization_id, [row.subject_key])).filter(
    (s) => s.purpose === row.purpose,
  )
  return current?.event_id !== row.pending_event_id
}

/**
 * The request a parent's link names, for their page; undefined for a link Custos does not know. Opening changes
 * nothing (mail scanners open links), except that a link past its end closes the request as expired first. A
 * pending request overtaken by a later choice for the purpose is shown as superseded (nothing was recorded with it).
 */
export async function openParentalRequest(
  ctx: AppContext,
  organizationId: string,
  token: string,
  language: ConsentLanguage,
  now = new Date(),
): Promise<ParentalRequestView | undefined> {
  if (token.length < 20 || token.length > 200) return undefined
  let row = await repo.findParentalRequestByToken(ctx.db, organizationId, hashToken(token))
  if (!row) return undefined
  if (row.status === 'pending' && row.link_expires_at.getTime() <= now.getTime()) {
    await closeParentalRequest(ctx, row, 'expired', { now })
    row = (await repo.findParentalRequestByToken(ctx.db, organizationId, hashToken(token))) ?? row
  }
  if (row.status === 'pending' && (await overtaken(ctx.db, row)))
    row = { ...row, status: 'superseded', closed_because: 'later_choice' }
  return viewOf(ctx, row, language)
}

export type ParentalDecisionOutcome =
  | { outcome: 'confirmed' | 'refused'; view: ParentalRequestView }
  /** Answered before, expired, or superseded by a later choice: the page says which, nothing is recorded now. */
  | { outcome: 'closed'; view: ParentalRequestView }

/**
 * The parent's answer through the link: once only. Confirmation records the consent given - channel email,
 * method parental_confirmation, the parent masked and the time as its verification, the text the child agreed
 * to - which goes to the consent.parental_confirmed webhooks; refusal records it refused (method
 * parental_refusal). A link past its end closes the request as expired (refused, never given); a request a later
 * choice overtook closes as superseded, without a record. Throws InvalidInput, having written nothing, when the
 * record cannot be made (the purpose left the register meanwhile): the request stays open.
 */
export async function decideParentalRequest(
  ctx: AppContext,
  organizationId: string,
  token: string,
  decision: 'confirm' | 'refuse',
  context: {
    language: ConsentLanguage
    ip?: string | undefined
    userAgent?: string | undefined
    actor: Actor
  },
  now = new Date(),
): Promise<ParentalDecisionOutcome | undefined> {
  if (token.length < 20 || token.length > 200) return undefined
  const row = await repo.findParentalRequestByToken(ctx.db, organizationId, hashToken(token))
  if (!row) return undefined
  const wanted =
    row.link_expires_at.getTime() <= now.getTime()
      ? 'expired'
      : decision === 'confirm'
        ? 'confirmed'
        : 'refused'
  const closedAs =
    row.status === 'pending' ? await closeParentalRequest(ctx, row, wanted, { now, ...context }) : null
  const latest = (await repo.findParentalRequestByToken(ctx.db, organizationId, hashToken(token))) ?? row
  const view = await viewOf(ctx, latest, context.language)
  return closedAs === 'confirmed' || closedAs === 'refused'
    ? { outcome: closedAs, view }
    : { outcome: 'closed', view }
}

/**
 * Moves a pending request to its end in ONE transaction with what proves it: the request row locked (two answers
 * at once: the second finds it closed), the record appended to the consent chain, the request closed naming that
 * record, the audit event (and so the webhook). An error anywhere - the purpose gone from the register, a crash -
 * leaves the request pending and the chain as it was. A request overtaken by a later choice for the purpose (a new
 * request, the child's own refusal or withdrawal) is closed as superseded without a record: the later choice
 * stands. Answers how this call closed it, or null when another call had closed it first.
 */
async function closeParentalRequest(
  ctx: AppContext,
  row: RequestRow,
  status: 'confirmed' | 'refused' | 'expired',
  context: {
    now: Date
    ip?: string | undefined
    userAgent?: string | undefined
    actor?: Actor
  },
): Promise<RequestStatus | null> {
  const { now } = context
  const actor = context.actor ?? systemActor('parental confirmation expiry')
  const given = status === 'confirmed'
  const channel = status === 'expired' ? 'system' : 'email'
  const method = status === 'expired' ? 'expiry' : given ? 'parental_confirmation' : 'parental_refusal'
  const step: ParentConfirmationStep = {
    requestId: row.id,
    step: status,
    relationship: row.relationship as GuardianRelationship,
    parentMasked: row.parent_masked,
    requestedAt: row.requested_at,
    linkExpiresAt: row.link_expires_at,
  }
  let value: string | undefined
  if (row.identity_sealed)
    try {
      value = ctx.encryption.decrypt(row.identity_sealed, parentalIdentityContext(row.id))
    } catch {
      value = undefined
    }
  const subject: ConsentSubject = {
    subjectKey: row.subject_key,
    kind: row.identity_kind,
    masked: row.identity_masked,
    ...(value ? { value } : {}),
  }
  let prepared: Awaited<ReturnType<typeof prepareConsent>> | undefined
  if (!(await overtaken(ctx.db, row)))
    try {
      prepared = await prepareConsent(
        ctx,
        {
          organizationId: row.organization_id,
          person: { anonymousId: 'resolved' },
          purpose: row.purpose,
          state: given ? 'given' : 'refused',
          textHash: row.text_hash,
          language: row.language as ConsentLanguage,
          channel,
          method,
          // An expiry is dated when the link ended (the job runs later), never after the moment it is written.
          occurredAt:
            status === 'expired' ? new Date(Math.min(row.link_expires_at.getTime(), now.getTime())) : now,
          expiresAt:
            given && row.consent_days ? new Date(now.getTime() + row.consent_days * DAY_MS) : undefined,
          source: row.source ?? undefined,
          ip: context.ip,
          userAgent: context.userAgent,
          externalRef: row.external_ref ?? undefined,
          age: { group: 'under_13' },
          parentConfirmation: step,
          recordedBy: actor,
        },
        subject,
      )
    } catch (error) {
      // A link past its end whose purpose left the register (no longer consent-based: nothing acts on it) cannot
      // be recorded refused; it is closed without a record, so that its page says so and the hourly job does not
      // come back to it every hour. An answer in time instead leaves the request open (the parent may try again).
      if (status !== 'expired' || !(error instanceof InvalidInput)) throw error
      prepared = undefined
    }
  const closed = await inTransaction(ctx, async (tx) => {
    if (!(await repo.lockPendingParentalRequest(tx.db, row.id))) return null
    // The chain's head before the status: a choice appended meanwhile (the group-commit log takes this lock, not
    // the request's) is then either seen here or appended after this answer - the later choice stands.
    await repo.lockChainHead(tx.db, row.organization_id)
    const [current] = (await repo.statusOf(tx.db, row.organization_id, [row.subject_key])).filter(
      (s) => s.purpose === row.purpose,
    )
    if (!prepared || current?.event_id !== row.pending_event_id) {
      const cause = current?.event_id !== row.pending_event_id ? 'later_choice' : 'purpose_ended'
      await repo.closeParentalRequestRow(tx.db, row.id, 'superseded', now, null, cause)
      return { status: 'superseded' as const }
    }
    const [stored] = await writeConsentEvents(tx.db, [prepared.draft])
    if (!stored) throw new Error('The consent chain wrote no record')
    await repo.closeParentalRequestRow(tx.db, row.id, status, now, stored.id)
    await recordAudit(tx.db, actor, {
      organizationId: row.organization_id,
      action: `consent.parental_${status}`,
      targetType: 'consent',
      targetId: stored.id,
      summary: {
        requestId: row.id,
        consentEventId: stored.id,
        seq: stored.seq,
        purpose: row.purpose,
        channel,
        method,
        identityKind: row.identity_kind,
        identityMasked: row.identity_masked,
        parentMasked: row.parent_masked,
        occurredAt: prepared.draft.occurred_at.toISOString(),
        ...(row.external_ref ? { externalRef: row.external_ref } : {}),
      },
    })
    return { status, stored }
  })
  if (closed?.stored) prepared?.recorded(closed.stored)
  return closed?.status ?? null
}

/**
 * Closes the requests whose link ended unanswered (hourly, with the consent expiry): recorded as refused, or
 * superseded when a later choice overtook them. A request that cannot be closed now (its purpose left the
 * register) stays pending and is logged; the others are closed.
 */
export async function expireParentalRequests(
  ctx: AppContext,
  now = new Date(),
  limit = 1000,
): Promise<number> {
  const due = await repo.dueParentalRequests(ctx.db, now, limit)
  let closed = 0
  for (const row of due)
    try {
      if ((await closeParentalRequest(ctx, row, 'expired', { now })) === 'expired') closed++
    } catch (error) {
      ctx.logger.error(
        { err: error, requestId: row.id },
        'Parental confirmation request not closed at its end',
      )
    }
  return closed
}
