import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import {
  type AgeGroup,
  childConsentProblem,
  type GuardianRelationship,
  type GuardianVerification,
} from '../../domain/consent/children'
import { type FieldIssue, InvalidInput } from '../../domain/errors'
import { normaliseIdentity } from '../../domain/subjects/identity'
import { type AgeEvidence, evidenceToStore } from './evidence'
import { appendConsentEvent, type ConsentEventDraft, type StoredConsentEvent } from './log'
import {
  type ConsentChannel,
  type ConsentLanguage,
  type ConsentMethod,
  consentStatusIdentityContext,
  consentTextHash,
  type RecordedState,
  truncateIp,
} from './model'
import { propagationDrafts } from './propagation'
import { sendPropagations } from './propagation-jobs'
import { findConsentPurpose } from './purposes'
import * as repo from './repository'
import { type ConsentPerson, type ConsentSubject, consentSubjectOf } from './subject'
import { isKnownText, markTextKnown } from './texts'

export { type ConsentPerson, type ConsentSubject, consentSubjectOf } from './subject'

export interface RecordConsentInput {
  organizationId: string
  person: ConsentPerson
  /** A purpose key of the register with legal basis consent. */
  purpose: string
  /** `pending_parental` only from the parent's confirmation (parental.ts), never from a caller. */
  state: RecordedState | 'pending_parental'
  /** The text shown, by its hash (consentTextHash) when it is stored already ... */
  textHash?: string | undefined
  /** ... or the text itself (stored once, then referenced by its hash). */
  text?: string | undefined
  language: ConsentLanguage
  channel: ConsentChannel
  method: ConsentMethod
  /** When the person chose; now when absent. */
  occurredAt?: Date | undefined
  /** When a given consent ends (renewal needed); none when absent. */
  expiresAt?: Date | null | undefined
  /** The system it was recorded in ("webshop", "crm"). */
  source?: string | undefined
  /** The person's IP address: only its truncated form is kept. */
  ip?: string | undefined
  userAgent?: string | undefined
  /** Where the proof is kept outside Custos: a phone call's reference, a scanned form's reference. */
  evidence?: { callReference?: string | undefined; documentReference?: string | undefined } | undefined
  /** The integrator's own reference for the person (a mailing tool's contact id), sent in webhook events. */
  externalRef?: string | undefined
  /** The age question's answer and, under 13, the parent's or guardian's consent (Art. 8 GDPR). */
  age?: AgeInput | undefined
  /** A step of the parent's confirmation by e-mail that Custos carries out (parental.ts); a confirmed one is the parental consent. */
  parentConfirmation?: ParentConfirmationStep | undefined
  recordedBy: Actor
}

/** One step of the parent's confirmation by e-mail, as the record keeps it (the parent only masked). */
export interface ParentConfirmationStep {
  requestId: string
  step: 'requested' | 'confirmed' | 'refused' | 'expired'
  relationship: GuardianRelationship
  parentMasked: string
  requestedAt: Date
  linkExpiresAt: Date
}

/** What the person said of their age and, under 13, who consented for them and how that was verified. */
export interface AgeInput {
  group: AgeGroup
  parentalConsent?:
    | {
        relationship: GuardianRelationship
        /** The parent's or guardian's e-mail address or phone number: kept masked in the record. */
        identity: { kind: 'email' | 'phone'; value: string }
        verification: GuardianVerification
        /** Where the proof of the verification is kept: the confirmation mail's id, the signed form's number. */
        reference: string
        /** When it was verified; when the choice was made if absent. */
        verifiedAt?: Date | undefined
      }
    | undefined
}

export interface RecordedConsent {
  id: string
  seq: number
  hash: string
  prevHash: string
  purpose: string
  state: RecordedState | 'pending_parental'
  textHash: string | null
  occurredAt: Date
  recordedAt: Date
  expiresAt: Date | null
}

/**
 * Records one consent choice as proof and answers once it is durable (decision 0032): the purpose must be a
 * consent purpose of the register, the text is stored once and referenced by its hash, the IP address is kept
 * truncated. Withdrawals also go to the audit log and the consent.withdrawn webhooks.
 */
export async function recordConsent(
  ctx: AppContext,
  input: RecordConsentInput,
  /** The person already resolved (the preference centre's link carries the key, not the address). */
  resolved?: ConsentSubject,
): Promise<RecordedConsent> {
  const prepared = await prepareConsent(ctx, input, resolved)
  const stored = await appendConsentEvent(ctx.db, prepared.draft)
  if (stored.pendingPropagations.length > 0) await sendPropagations(ctx, stored.pendingPropagations)
  return prepared.recorded(stored)
}

/** A choice checked and ready to be chained; `recorded` gives the caller's answer once it is stored. */
export interface PreparedConsent {
  draft: ConsentEventDraft
  recorded(stored: StoredConsentEvent): RecordedConsent
}

/**
 * Checks one choice against the register and the rules (field problems as InvalidInput) and builds its event;
 * nothing is written. recordConsent appends it through the consent log; a caller whose own writes must commit
 * with the event appends it with writeConsentEvents in its transaction (decision 0093).
 */
export async function prepareConsent(
  ctx: AppContext,
  input: RecordConsentInput,
  resolved?: ConsentSubject,
): Promise<PreparedConsent> {
  const errors: FieldIssue[] = []
  const subject = resolved ?? consentSubjectOf(ctx.encryption, input.person)
  const purpose = await findConsentPurpose(ctx, input.organizationId, input.purpose)
  if (!purpose)
    errors.push({
      path: 'body.purpose',
      code: 'unknown_purpose',
      message: 'Not a purpose of the register with legal basis consent.',
      params: { value: input.purpose },
    })
  let textHash: string | null = null
  let text: { hash: string; language: string; body: string } | null = null
  if (input.text !== undefined) {
    textHash = consentTextHash(input.text)
    if (input.textHash !== undefined && input.textHash !== textHash)
      errors.push({
        path: 'body.textHash',
        code: 'invalid',
        message: 'This is not the SHA-256 of the text given.',
      })
    if (!isKnownText(input.organizationId, textHash))
      text = { hash: textHash, language: input.language, body: input.text }
  } else if (input.textHash !== undefined) {
    textHash = input.textHash
    if (!isKnownText(input.organizationId, textHash)) {
      if (await repo.textExists(ctx.db, input.organizationId, textHash))
        markTextKnown(input.organizationId, textHash)
      else
        errors.push({
          path: 'body.textHash',
          code: 'unknown_reference',
          message: 'No consent text with this hash is stored; send the text itself, or store it first.',
        })
    }
  }
  const recordedAt = new Date()
  const occurredAt = input.occurredAt ?? recordedAt
  if (occurredAt.getTime() > recordedAt.getTime() + 300_000)
    errors.push({
      path: 'body.occurredAt',
      code: 'invalid',
      message: 'A choice cannot be made in the future.',
    })
  const expiresAt = input.state === 'given' ? (input.expiresAt ?? null) : null
  if (expiresAt && expiresAt.getTime() <= occurredAt.getTime())
    errors.push({
      path: 'body.expiresAt',
      code: 'invalid',
      message: 'A consent must end after it was given.',
    })
  const age = ageEvidence(input, purpose?.offeredToChildren ?? false, occurredAt, recordedAt, errors)
  if (errors.length > 0) throw new InvalidInput(errors)

  const propagations =
    input.state === 'withdrawn'
      ? await propagationDrafts(ctx, input.organizationId, input.purpose, subject)
      : undefined
  const evidence = evidenceToStore({
    callReference: input.evidence?.callReference,
    documentReference: input.evidence?.documentReference,
    age,
  })
  const draft: ConsentEventDraft = {
    organization_id: input.organizationId,
    subject_key: subject.subjectKey,
    identity_kind: subject.kind,
    identity_masked: subject.masked,
    purpose: input.purpose,
    state: input.state,
    text_hash: textHash,
    language: input.language,
    channel: input.channel,
    method: input.method,
    occurred_at: occurredAt,
    recorded_at: recordedAt,
    expires_at: expiresAt,
    source: input.source ?? null,
    ip: truncateIp(input.ip),
    user_agent: input.userAgent ? input.userAgent.slice(0, 500) : null,
    evidence,
    external_ref: input.externalRef ?? null,
    actor_type: input.recordedBy.type,
    actor_id: input.recordedBy.id,
    actor_label: input.recordedBy.label,
    text,
    actor: input.recordedBy,
    propagations,
    // Kept only while a consent with an end runs, so that its expiry reaches the systems (a banner's id never).
    sealedIdentity:
      input.state === 'given' && expiresAt && subject.kind !== 'anonymous' && subject.value
        ? ctx.encryption.encrypt(
            subject.value,
            consentStatusIdentityContext(subject.subjectKey, input.purpose),
          )
        : null,
  }
  return {
    draft,
    recorded: (stored) => {
      if (textHash) markTextKnown(input.organizationId, textHash)
      const { pendingPropagations: _pending, ...chained } = stored
      return {
        ...chained,
        purpose: input.purpose,
        state: input.state,
        textHash,
        occurredAt,
        recordedAt,
        expiresAt,
      }
    },
  }
}

/**
 * The age evidence to keep, checked against the rules for children (domain/consent/children): field problems
 * are added to `errors`. Custos checks that the answers are there and coherent; it cannot check that the age
 * stated is true or that the person who consented is the child's parent - that is the organisation's verification,
 * whose method and reference the record keeps.
 */
function ageEvidence(
  input: RecordConsentInput,
  offeredToChildren: boolean,
  occurredAt: Date,
  recordedAt: Date,
  errors: FieldIssue[],
): AgeEvidence | undefined {
  const parental = input.age?.parentalConsent
  const confirmation = input.parentConfirmation
  const confirmed = confirmation?.step === 'confirmed'
  const problem = childConsentProblem({
    offeredToChildren,
    state: input.state,
    channel: input.channel,
    ageGroup: input.age?.group,
    hasParentalConsent: parental !== undefined || confirmed,
  })
  if (problem === 'age_required')
    errors.push({
      path: 'body.age',
      code: 'required',
      message:
        'This purpose is offered to children: say whether the person is under 13 (age.group) before recording their consent.',
    })
  if (problem === 'parental_consent_required')
    errors.push({
      path: 'body.age.parentalConsent',
      code: 'required',
      message:
        'Under 13 a consent is valid only when given or authorised by a parent or guardian (Art. 8 GDPR, Belgian law of 30 July 2018): record who and how it was verified.',
    })
  if (!input.age) return undefined
  const step = confirmation && {
    parentConfirmation: {
      requestId: confirmation.requestId,
      step: confirmation.step,
      relationship: confirmation.relationship,
      parentMasked: confirmation.parentMasked,
      requestedAt: confirmation.requestedAt.toISOString(),
      linkExpiresAt: confirmation.linkExpiresAt.toISOString(),
    },
  }
  // The parent confirmed through the link Custos mailed them: that is the parental consent and its verification.
  if (confirmation && confirmed && input.state === 'given' && input.age.group === 'under_13')
    return {
      group: 'under_13',
      parentalConsent: {
        relationship: confirmation.relationship,
        identityKind: 'email',
        identityMasked: confirmation.parentMasked,
        verification: 'email_confirmation',
        reference: confirmation.requestId,
        verifiedAt: occurredAt.toISOString(),
      },
      ...step,
    }
  if (!parental || input.state !== 'given') return { group: input.age.group, ...step }
  if (input.age.group !== 'under_13') {
    errors.push({
      path: 'body.age.parentalConsent',
      code: 'invalid',
      message: 'A parental consent is recorded only for a person under 13.',
    })
    return undefined
  }
  const guardian = normaliseIdentity(parental.identity)
  if (!guardian.ok) {
    errors.push({
      path: 'body.age.parentalConsent.identity.value',
      code: parental.identity.kind === 'email' ? 'invalid_email' : 'invalid_phone',
      message: 'Not an e-mail address or phone number Custos can read.',
    })
    return undefined
  }
  const verifiedAt = parental.verifiedAt ?? occurredAt
  if (verifiedAt.getTime() > recordedAt.getTime() + 300_000)
    errors.push({
      path: 'body.age.parentalConsent.verifiedAt',
      code: 'invalid',
      message: 'A verification cannot be in the future.',
    })
  return {
    group: 'under_13',
    parentalConsent: {
      relationship: parental.relationship,
      identityKind: parental.identity.kind,
      identityMasked: guardian.value.masked,
      verification: parental.verification,
      reference: parental.reference,
      verifiedAt: verifiedAt.toISOString(),
    },
  }
}
