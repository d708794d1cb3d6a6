import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { hashToken, randomToken } from '../../crypto/tokens'
import type { GuardianRelationship } from '../../domain/consent/children'
import { type FieldIssue, InvalidInput } from '../../domain/errors'
import { textIn } from '../../domain/register/localized'
import { normaliseIdentity } from '../../domain/subjects/identity'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import type { Organization } from '../organizations'
import { type ConsentLanguage, consentTextHash } from './model'
import { mailLanguage } from './preferences'
import { findConsentPurpose } from './purposes'
import * as repo from './repository'
import {
  type ConsentSubject,
  consentSubjectOf,
  type ParentConfirmationStep,
  type RecordConsentInput,
  type RecordedConsent,
  recordConsent,
  storeConsentText,
} from './service'

/** How long the parent's link works; the mail says so. Unanswered by then, the consent is recorded as refused. */
export const PARENTAL_LINK_DAYS = 7
/** Confirmation mails one parent's address gets from one organisation in 24 hours, at most. */
export const PARENTAL_MAILS_PER_DAY = 5

const PARENT_KEY_PURPOSE = 'consent-parent-address'
const DAY_MS = 86_400_000

export interface AskParentInput {
  relationship: GuardianRelationship
  email: string
}

export interface ParentalRequested extends RecordedConsent {
  parentConfirmation: { requestId: string; linkExpiresAt: Date }
}

/**
 * A child under 13 said yes to a purpose (Art. 8 GDPR; Belgian law of 30 July 2018, art. 7): instead of a consent,
 * Custos records `pending_parental` - not a consent, so nothing may act on it and the check API does not count it -
 * and mails the parent a single-use link valid PARENTAL_LINK_DAYS days (only its SHA-256 is kept) to the page that
 * shows the exact text the child agreed to (decision 0093). The answer is the same whether the mail went out or
 * the address already had PARENTAL_MAILS_PER_DAY of them today (then none goes out; the audit says so): the caller
 * learns nothing about the address.
 */
export async function askParentalConfirmation(
  ctx: AppContext,
  org: Pick<Organization, 'id' | 'slug' | 'name' | 'legalName'>,
  input: RecordConsentInput,
  parent: AskParentInput,
  resolved?: ConsentSubject,
): Promise<ParentalRequested> {
  const errors: FieldIssue[] = []
  if (input.state !== 'given')
    errors.push({
      path: 'body.age.askParent',
      code: 'invalid',
      message: 'A parent is asked to confirm a consent given, not a refusal or a withdrawal.',
    })
  if (input.age?.group !== 'under_13')
    errors.push({
      path: 'body.age.askParent',
      code: 'invalid',
      message: 'A parent is asked to confirm only for a person under 13.',
    })
  if (input.age?.parentalConsent)
    errors.push({
      path: 'body.age.askParent',
      code: 'invalid',
      message:
        'Either the parental consent already verified (parentalConsent) or a confirmation to ask (askParent).',
    })
  if (input.text === undefined && input.textHash === undefined)
    errors.push({
      path: 'body.text',
      code: 'required',
      message: 'The parent is shown the exact text the child agreed to: give the text or its hash.',
    })
  const guardian = normaliseIdentity({ kind: 'email', value: parent.email })
  if (!guardian.ok)
    errors.push({
      path: 'body.age.askParent.email',
      code: 'invalid_email',
      message: 'Not an e-mail address Custos can read.',
    })
  const subject = resolved ?? consentSubjectOf(ctx.encryption, input.person)
  if (guardian.ok && subject.kind === 'email' && subject.value === guardian.value.value)
    errors.push({
      path: 'body.age.askParent.email',
      code: 'invalid',
      message: 'The parent’s address is the child’s own: the confirmation must reach someone else.',
    })
  if (errors.length > 0 || !guardian.ok) throw new InvalidInput(errors)

  const purpose = await findConsentPurpose(ctx, input.organizationId, input.purpose)
  // The text stored first, so that the request can reference it (recordConsent checks the rest).
  let textHash = input.textHash
  if (input.text !== undefined && purpose) {
    textHash = consentTextHash(input.text)
    if (input.textHash === undefined || input.textHash === textHash)
      await storeConsentText(ctx, input.organizationId, { body: input.text, language: input.language })
  }
  const id = randomUUID()
  const now = new Date()
  const linkExpiresAt = new Date(now.getTime() + PARENTAL_LINK_DAYS * DAY_MS)
  const step: ParentConfirmationStep = {
    requestId: id,
    step: 'requested',
    relationship: parent.relationship,
    parentMasked: guardian.value.masked,
    requestedAt: now,
    linkExpiresAt,
  }
  const occurredAt = input.occurredAt ?? now
  const consentDays =
    input.expiresAt && input.expiresAt.getTime() > occurredAt.getTime()
      ? Math.max(1, Math.round((input.expiresAt.getTime() - occurredAt.getTime()) / DAY_MS))
      : null
  const pending = await recordConsent(
    ctx,
    {
      ...input,
      state: 'pending_parental',
      age: { group: 'under_13' },
      expiresAt: undefined,
      parentConfirmation: step,
    },
    subject,
  )
  const parentKey = ctx.encryption.blindIndex(guardian.value.value, PARENT_KEY_PURPOSE)
  const token = randomToken(32)
  const language = input.language
  const { mailId, limited } = await inTransaction(ctx, async (tx) => {
    const sentToday = await repo.parentalRequestsSince(
      tx.db,
      input.organizationId,
      parentKey,
      new Date(now.getTime() - DAY_MS),
    )
    await repo.insertParentalRequest(tx.db, {
      id,
      organization_id: input.organizationId,
      subject_key: subject.subjectKey,
      identity_kind: subject.kind,
      identity_masked: subject.masked,
      identity_sealed:
        consentDays && subject.value && subject.kind !== 'anonymous'
          ? ctx.encryption.encrypt(subject.value, parentalIdentityContext(id))
          : null,
      purpose: input.purpose,
      text_hash: pending.textHash ?? textHash ?? '',
      language,
      channel: input.channel,
      source: input.source ?? null,
      external_ref: input.externalRef ?? null,
      consent_days: consentDays,
      relationship: parent.relationship,
      parent_key: parentKey,
      parent_masked: guardian.value.masked,
      token_hash: hashToken(token),
      requested_at: now,
      link_expires_at: linkExpiresAt,
      pending_event_id: pending.id,
    })
    const limited = sentToday >= PARENTAL_MAILS_PER_DAY
    const label = purpose?.labelIn(mailLanguage(language)) ?? input.purpose
    const mailId = limited
      ? null
      : await queueMail(tx.db, ctx.encryption, {
          organizationId: input.organizationId,
          to: guardian.value.value,
          language: mailLanguage(language),
          template: 'consent-parental',
          params: {
            organizationName: org.legalName || org.name,
            childMasked: subject.masked,
            purposeLabel: label,
            confirmUrl: `${ctx.config.publicUrl}/p/${org.slug}/parental?t=${token}&lang=${language}`,
            days: PARENTAL_LINK_DAYS,
            expiresOn: linkExpiresAt.toISOString().slice(0, 10),
          },
        })
    await recordAudit(tx.db, input.recordedBy, {
      organizationId: input.organizationId,
      action: 'consent.parental_requested',
      targetType: 'consent',
      targetId: pending.id,
      summary: {
        requestId: id,
        consentEventId: pending.id,
        purpose: input.purpose,
        channel: input.channel,
        identityKind: subject.kind,
        identityMasked: subject.masked,
        parentMasked: guardian.value.masked,
        linkExpiresAt: linkExpiresAt.toISOString(),
        mailed: !limited,
      },
    })
    return { mailId, limited }
  })
  if (mailId) await dispatchQueuedMail(ctx, [mailId])
  else if (limited)
    ctx.logger.warn(
      { requestId: id },
      'Parental confirmation not mailed: the address had its mails for today',
    )
  return { ...pending, parentConfirmation: { requestId: id, linkExpiresAt } }
}

const parentalIdentityContext = (requestId: string) => `consent-parental:${requestId}`

/** What the parent's page shows: the organisation's request as the child made it. */
export interface ParentalRequestView {
  id: string
  status: 'pending' | 'confirmed' | 'refused' | 'expired'
  purpose: string
  purposeLabel: string
  purposeDescription: string | undefined
  text: string
  textLanguage: string
  childMasked: string
  parentMasked: string
  requestedAt: Date
  linkExpiresAt: Date
  decidedAt: Date | null
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
    purposeLabel: purpose?.labelIn(mailLanguage(language)) ?? row.purpose,
    purposeDescription: purpose?.description
      ? textIn(purpose.description, mailLanguage(language))
      : undefined,
    text: text?.body ?? '',
    textLanguage: text?.language ?? row.language,
    childMasked: row.identity_masked,
    parentMasked: row.parent_masked,
    requestedAt: row.requested_at,
    linkExpiresAt: row.link_expires_at,
    decidedAt: row.decided_at,
  }
}

/**
 * The request a parent's link names, for their page; undefined for a link Custos does not know. Opening changes
 * nothing (mail scanners open links), except that a link past its end closes the request as expired first.
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
  return viewOf(ctx, row, language)
}

export type ParentalDecisionOutcome =
  | { outcome: 'confirmed' | 'refused'; view: ParentalRequestView }
  /** Answered before, expired, or overtaken by a later choice: the page says so, nothing is recorded. */
  | { outcome: 'closed'; view: ParentalRequestView }

/**
 * The parent's answer through the link: once only. Confirmation records the consent given - channel email,
 * method parental_confirmation, the parent masked and the time as its verification, the text the child agreed
 * to - which goes to the consent.parental_confirmed webhooks; refusal records it refused (method
 * parental_refusal). A link past its end closes the request as expired (refused, never given).
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
  if (row.status !== 'pending') return { outcome: 'closed', view: await viewOf(ctx, row, context.language) }
  if (row.link_expires_at.getTime() <= now.getTime()) {
    await closeParentalRequest(ctx, row, 'expired', { now })
    return {
      outcome: 'closed',
      view: await viewOf(ctx, { ...row, status: 'expired', decided_at: now }, context.language),
    }
  }
  const status = decision === 'confirm' ? 'confirmed' : 'refused'
  const closed = await closeParentalRequest(ctx, row, status, { now, ...context })
  const latest = (await repo.findParentalRequestByToken(ctx.db, organizationId, hashToken(token))) ?? row
  const view = await viewOf(ctx, latest, context.language)
  return closed ? { outcome: status, view } : { outcome: 'closed', view }
}

type RequestRow = NonNullable<Awaited<ReturnType<typeof repo.findParentalRequestByToken>>>

/**
 * Moves a pending request to its end - claimed first, so that two answers at once record one - and writes the
 * record for it in the consent chain and the audit log. A request overtaken by a later choice for the purpose (the
 * child withdrew meanwhile) is closed as expired without a record: the later choice stands. Answers whether this
 * call closed it.
 */
async function closeParentalRequest(
  ctx: AppContext,
  row: RequestRow,
  status: 'confirmed' | 'refused' | 'expired',
  context: {
    now: Date
    language?: ConsentLanguage
    ip?: string | undefined
    userAgent?: string | undefined
    actor?: Actor
  },
): Promise<boolean> {
  const { now } = context
  const [current] = (await repo.statusOf(ctx.db, row.organization_id, [row.subject_key])).filter(
    (s) => s.purpose === row.purpose,
  )
  const overtaken = current?.event_id !== row.pending_event_id
  const claimed = await repo.claimParentalRequest(ctx.db, row.id, overtaken ? 'expired' : status, now)
  if (!claimed) return false
  if (overtaken) return false
  const actor = context.actor ?? systemActor('parental confirmation expiry')
  const step: ParentConfirmationStep = {
    requestId: row.id,
    step: status,
    relationship: row.relationship as GuardianRelationship,
    parentMasked: row.parent_masked,
    requestedAt: row.requested_at,
    linkExpiresAt: row.link_expires_at,
  }
  const given = status === 'confirmed'
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
  const recorded = await recordConsent(
    ctx,
    {
      organizationId: row.organization_id,
      person: { anonymousId: 'resolved' },
      purpose: row.purpose,
      state: given ? 'given' : 'refused',
      textHash: row.text_hash,
      language: row.language as ConsentLanguage,
      channel: status === 'expired' ? 'system' : 'email',
      method: status === 'expired' ? 'expiry' : given ? 'parental_confirmation' : 'parental_refusal',
      // An expiry is dated when the link ended (the job runs later), never after the moment it is written.
      occurredAt:
        status === 'expired' ? new Date(Math.min(row.link_expires_at.getTime(), now.getTime())) : now,
      expiresAt: given && row.consent_days ? new Date(now.getTime() + row.consent_days * DAY_MS) : undefined,
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
  await inTransaction(ctx, async (tx) => {
    await repo.setParentalDecisionEvent(tx.db, row.id, recorded.id)
    await recordAudit(tx.db, actor, {
      organizationId: row.organization_id,
      action: `consent.parental_${status}`,
      targetType: 'consent',
      targetId: recorded.id,
      summary: {
        requestId: row.id,
        consentEventId: recorded.id,
        seq: recorded.seq,
        purpose: row.purpose,
        channel: status === 'expired' ? 'system' : 'email',
        method: status === 'expired' ? 'expiry' : given ? 'parental_confirmation' : 'parental_refusal',
        identityKind: row.identity_kind,
        identityMasked: row.identity_masked,
        parentMasked: row.parent_masked,
        occurredAt: recorded.occurredAt.toISOString(),
        ...(row.external_ref ? { externalRef: row.external_ref } : {}),
      },
    })
  })
  return true
}

/** Closes the requests whose link ended unanswered (hourly, with the consent expiry): recorded as refused. */
export async function expireParentalRequests(
  ctx: AppContext,
  now = new Date(),
  limit = 1000,
): Promise<number> {
  const due = await repo.dueParentalRequests(ctx.db, now, limit)
  let closed = 0
  for (const row of due) if (await closeParentalRequest(ctx, row, 'expired', { now })) closed++
  return closed
}
