import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { hashToken, randomToken } from '../../crypto/tokens'
import type { GuardianRelationship } from '../../domain/consent/children'
import { type FieldIssue, InvalidInput } from '../../domain/errors'
import { normaliseIdentity } from '../../domain/subjects/identity'
import { lockKey } from '../../jobs/one-per-key'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import type { Organization } from '../organizations'
import { writeConsentEvents } from './log'
import {
  brusselsDay,
  PARENTAL_LINK_DAYS,
  PARENTAL_MAILS_PER_DAY,
  parentalIdentityContext,
  parentalLinkEnd,
} from './parental-rules'
import { labelInSentence, purposeLabelIn } from './purpose-wording'
import { findConsentPurpose } from './purposes'
import * as repo from './repository'
import {
  type ConsentSubject,
  consentSubjectOf,
  type ParentConfirmationStep,
  prepareConsent,
  type RecordConsentInput,
  type RecordedConsent,
} from './service'

const PARENT_KEY_PURPOSE = 'consent-parent-address'
const DAY_MS = 86_400_000

export interface AskParentInput {
  relationship: GuardianRelationship
  email: string
}

/**
 * The answer to an ask: the confirmation asked of the parent, or - when the child's choice is older than the
 * purpose's current status - the later record that stands (the ask is then history only: no request, no mail).
 */
export type ParentalRequested = RecordedConsent &
  (
    | { parentConfirmation: { requestId: string; linkExpiresAt: Date }; supersededBy?: undefined }
    | { parentConfirmation?: undefined; supersededBy: { eventId: string; occurredAt: Date } }
  )

function askProblems(
  input: RecordConsentInput,
  subject: ConsentSubject,
  guardian: ReturnType<typeof normaliseGuardian>,
): FieldIssue[] {
  const errors: FieldIssue[] = []
  const invalid = (message: string) => errors.push({ path: 'body.age.askParent', code: 'invalid', message })
  if (input.state !== 'given')
    invalid('A parent is asked to confirm a consent given, not a refusal or a withdrawal.')
  if (input.age?.group !== 'under_13') invalid('A parent is asked to confirm only for a person under 13.')
  if (input.age?.parentalConsent)
    invalid(
      'Either the parental consent already verified (parentalConsent) or a confirmation to ask (askParent).',
    )
  if (input.text === undefined && input.textHash === undefined)
    errors.push({
      path: 'body.text',
      code: 'required',
      message: 'The parent is shown the exact text the child agreed to: give the text or its hash.',
    })
  if (!guardian.ok)
    errors.push({
      path: 'body.age.askParent.email',
      code: 'invalid_email',
      message: 'Not an e-mail address Custos can read.',
    })
  else if (subject.kind === 'email' && subject.value === guardian.value.value)
    errors.push({
      path: 'body.age.askParent.email',
      code: 'invalid',
      message: 'The parent’s address is the child’s own: the confirmation must reach someone else.',
    })
  return errors
}

const normaliseGuardian = (email: string) => normaliseIdentity({ kind: 'email', value: email })

/**
 * A child under 13 said yes to a purpose (Art. 8 GDPR; Belgian law of 30 July 2018, art. 7): instead of a consent,
 * Custos records `pending_parental` - not a consent, so nothing may act on it and the check API does not count it -
 * and mails the parent a single-use link valid PARENTAL_LINK_DAYS days (only its SHA-256 is kept) to the page that
 * shows the exact text the child agreed to (decision 0093).
 *
 * One transaction writes the chain's record, the request, the mail and the audit event, or none of them. A new
 * request for the same child and purpose (a retried call, a second submission) supersedes the pending one in that
 * transaction: its link then says so and records nothing. The answer is the same whether the mail went out or the
 * address already had PARENTAL_MAILS_PER_DAY of them in 24 hours (counted under a lock on the address, so two asks
 * at once cannot both pass; then none goes out and the audit says so): the caller learns nothing about the address.
 * A child's choice older (`occurredAt`) than the purpose's current status is recorded as history only: the later
 * choice stands, no request is opened, no parent is mailed, and the answer names the record that stands.
 */
export async function askParentalConfirmation(
  ctx: AppContext,
  org: Pick<Organization, 'id' | 'slug' | 'name' | 'legalName'>,
  input: RecordConsentInput,
  parent: AskParentInput,
  resolved?: ConsentSubject,
  now = new Date(),
): Promise<ParentalRequested> {
  const guardian = normaliseGuardian(parent.email)
  const subject = resolved ?? consentSubjectOf(ctx.encryption, input.person)
  const errors = askProblems(input, subject, guardian)
  if (errors.length > 0 || !guardian.ok) throw new InvalidInput(errors)

  const id = randomUUID()
  const linkExpiresAt = parentalLinkEnd(now)
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
  // Checked against the register and the rules before anything is written (field problems as 422).
  const prepared = await prepareConsent(
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
  const purpose = await findConsentPurpose(ctx, input.organizationId, input.purpose)
  const parentKey = ctx.encryption.blindIndex(guardian.value.value, PARENT_KEY_PURPOSE)
  const token = randomToken(32)
  const language = input.language
  const done = await inTransaction(ctx, async (tx) => {
    await lockKey(
      tx,
      'consent-parental-child',
      `${input.organizationId}:${subject.subjectKey}:${input.purpose}`,
    )
    await lockKey(tx, 'consent-parental-mails', `${input.organizationId}:${parentKey}`)
    const sentToday = await repo.parentalRequestsSince(
      tx.db,
      input.organizationId,
      parentKey,
      new Date(now.getTime() - DAY_MS),
    )
    const limited = sentToday >= PARENTAL_MAILS_PER_DAY
    // A request still open (its link running, its record still the purpose's status) is kept when the ask repeats
    // it (same text: a retried call, a second tap) or when no new mail may go out today: a mailed link is never
    // replaced by one the parent does not have.
    const open = await repo.openParentalRequestOf(
      tx.db,
      input.organizationId,
      subject.subjectKey,
      input.purpose,
    )
    if (
      open &&
      open.link_expires_at.getTime() > now.getTime() &&
      (open.text_hash === (prepared.draft.text_hash ?? '') || limited)
    ) {
      const [current] = (await repo.statusOf(tx.db, input.organizationId, [subject.subjectKey])).filter(
        (s) => s.purpose === input.purpose,
      )
      const event =
        current?.event_id === open.pending_event_id
          ? await repo.consentEventById(tx.db, open.pending_event_id)
          : undefined
      if (event) {
        await recordAudit(tx.db, input.recordedBy, {
          organizationId: input.organizationId,
          action: 'consent.parental_requested',
          targetType: 'consent',
          targetId: event.id,
          summary: {
            requestId: open.id,
            consentEventId: event.id,
            purpose: input.purpose,
            channel: input.channel,
            identityKind: subject.kind,
            identityMasked: subject.masked,
            parentMasked: open.parent_masked,
            linkExpiresAt: open.link_expires_at.toISOString(),
            mailed: false,
            keptOpenRequest: true,
            ...(open.text_hash !== (prepared.draft.text_hash ?? '') ? { newTextNotAsked: true } : {}),
          },
        })
        return { kept: { request: open, event }, mailId: null, limited, stored: undefined, later: undefined }
      }
    }
    const [stored] = await writeConsentEvents(tx.db, [prepared.draft])
    if (!stored) throw new Error('The consent chain wrote no record')
    // A choice older than the purpose's current status (an app that sends its history late) is kept in the chain
    // as history only: the later choice stands, so no parent is asked and an open request stays as it is.
    const [current] = (await repo.statusOf(tx.db, input.organizationId, [subject.subjectKey])).filter(
      (s) => s.purpose === input.purpose,
    )
    if (current && current.event_id !== stored.id) {
      const later = { eventId: current.event_id, occurredAt: current.occurred_at }
      await recordAudit(tx.db, input.recordedBy, {
        organizationId: input.organizationId,
        action: 'consent.parental_requested',
        targetType: 'consent',
        targetId: stored.id,
        summary: {
          consentEventId: stored.id,
          purpose: input.purpose,
          channel: input.channel,
          identityKind: subject.kind,
          identityMasked: subject.masked,
          mailed: false,
          olderThanStatus: { eventId: later.eventId, occurredAt: later.occurredAt.toISOString() },
        },
      })
      return { kept: undefined, mailId: null, limited, stored, later }
    }
    const supersedes = await repo.supersedePendingParental(
      tx.db,
      input.organizationId,
      subject.subjectKey,
      input.purpose,
      id,
      now,
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
      text_hash: prepared.draft.text_hash ?? '',
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
      pending_event_id: stored.id,
    })
    const mailId = limited
      ? null
      : await queueMail(tx.db, ctx.encryption, {
          organizationId: input.organizationId,
          to: guardian.value.value,
          language,
          template: 'consent-parental',
          params: {
            organizationName: org.legalName || org.name,
            childMasked: subject.masked,
            purposeLabel: purpose ? labelInSentence(purposeLabelIn(purpose, language)) : input.purpose,
            confirmUrl: `${ctx.config.publicUrl}/p/${org.slug}/parental?t=${token}&lang=${language}`,
            days: PARENTAL_LINK_DAYS,
            expiresOn: brusselsDay(linkExpiresAt),
          },
        })
    await recordAudit(tx.db, input.recordedBy, {
      organizationId: input.organizationId,
      action: 'consent.parental_requested',
      targetType: 'consent',
      targetId: stored.id,
      summary: {
        requestId: id,
        consentEventId: stored.id,
        purpose: input.purpose,
        channel: input.channel,
        identityKind: subject.kind,
        identityMasked: subject.masked,
        parentMasked: guardian.value.masked,
        linkExpiresAt: linkExpiresAt.toISOString(),
        mailed: !limited,
        ...(supersedes.length > 0 ? { supersedes } : {}),
      },
    })
    return { kept: undefined, mailId, limited, stored, later: undefined }
  })
  if (done.kept) {
    const { request, event } = done.kept
    return {
      id: event.id,
      seq: Number(event.seq),
      hash: event.hash,
      prevHash: event.prev_hash,
      purpose: event.purpose,
      state: 'pending_parental',
      textHash: event.text_hash,
      occurredAt: event.occurred_at,
      recordedAt: event.recorded_at,
      expiresAt: event.expires_at,
      parentConfirmation: { requestId: request.id, linkExpiresAt: request.link_expires_at },
    }
  }
  const { mailId, limited, stored, later } = done
  if (!stored) throw new Error('The consent chain wrote no record')
  if (later) return { ...prepared.recorded(stored), supersededBy: later }
  if (mailId) await dispatchQueuedMail(ctx, [mailId])
  else if (limited)
    ctx.logger.warn(
      { requestId: id },
      'Parental confirmation not mailed: the address had its mails for today',
    )
  return { ...prepared.recorded(stored), parentConfirmation: { requestId: id, linkExpiresAt } }
}
