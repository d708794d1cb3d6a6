import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { effectiveState } from './model'
import { type ConsentProof, consentProofByKeys } from './proof'
import { consentPurposesOf } from './purposes'
import * as repo from './repository'
import { type ConsentSubject, consentSubjectOf, type RecordedConsent, recordConsent } from './service'

/**
 * The consent purposes an objection to direct marketing (Art. 21(2)-(3)) concerns: the built-in catalogue's
 * direct marketing purpose and the profiling for personalised offers that goes with it. A purpose of the
 * organisation's own taxonomy is not recognised as direct marketing (the register has no such flag); a withdrawal
 * request names its purposes itself.
 */
export const DIRECT_MARKETING_PURPOSES: readonly string[] = ['direct_marketing', 'profiling_personalisation']

/** Who a data subject request is of, as far as consent is concerned. */
export interface RequestPerson {
  /** The requester's (verified) e-mail address. */
  email?: string | null | undefined
  /** The subject of the index the request was matched to: all their identities count. */
  subjectId?: string | null | undefined
}

const CHANNEL = {
  portal: 'portal_request',
  email: 'email',
  phone: 'phone',
  letter: 'paper',
  in_person: 'paper',
  social_media: 'web_form',
  web_form: 'web_form',
} as const

/** The subject keys of the person: the e-mail address's blind index and those of the subject's identities. */
async function keysOf(
  ctx: AppContext,
  organizationId: string,
  person: RequestPerson,
): Promise<ConsentSubject[]> {
  const keys = new Map<string, ConsentSubject>()
  if (person.email) {
    try {
      const s = consentSubjectOf(ctx.encryption, { identity: { kind: 'email', value: person.email } })
      keys.set(s.subjectKey, s)
    } catch {
      // An address the subject index cannot normalise has no consent records under it.
    }
  }
  if (person.subjectId)
    for (const i of await repo.lookupKeysOfSubject(ctx.db, organizationId, person.subjectId))
      if (!keys.has(i.lookup_key))
        keys.set(i.lookup_key, { subjectKey: i.lookup_key, kind: i.kind, masked: i.value_masked })
  return [...keys.values()]
}

export interface RequestWithdrawal {
  organizationId: string
  person: RequestPerson
  /** Consent purposes of the register; keys that are not (any more) are skipped. */
  purposes: readonly string[]
  /**
   * `request`: the person asked to withdraw these purposes - recorded as withdrawn under every identity with a
   * given consent, and under the e-mail address (else the first identity) when none had one, so the request is
   * on the chain. `objection`: only given consents are withdrawn.
   */
  kind: 'request' | 'objection'
  request: { reference: string; channel: keyof typeof CHANNEL; language: 'nl' | 'fr' | 'en' }
  recordedBy: Actor
  now?: Date
}

/**
 * Records the withdrawals a data subject request brings about in the consent chain (issue 17 item 6): each one is
 * an ordinary consent record (channel from the request's channel, method `request`, source and document reference
 * the request's reference), so it goes to the audit log and the consent.withdrawn webhooks like any other. A
 * consent already withdrawn or refused is left as it is; running it twice records nothing more.
 */
export async function withdrawConsentForRequest(
  ctx: AppContext,
  input: RequestWithdrawal,
): Promise<RecordedConsent[]> {
  const now = input.now ?? new Date()
  const known = await consentPurposesOf(ctx, input.organizationId, { fresh: true })
  const purposes = [...new Set(input.purposes)].filter((p) => known.has(p))
  if (purposes.length === 0) return []
  const keys = await keysOf(ctx, input.organizationId, input.person)
  if (keys.length === 0) return []
  const status = await repo.statusOf(
    ctx.db,
    input.organizationId,
    keys.map((k) => k.subjectKey),
  )
  const stateOf = (key: string, purpose: string) => {
    const row = status.find((s) => s.subject_key === key && s.purpose === purpose)
    return row ? effectiveState(row.state, row.expires_at, now) : null
  }
  const targets: { subject: ConsentSubject; purpose: string }[] = []
  for (const purpose of purposes) {
    const given = keys.filter((k) => stateOf(k.subjectKey, purpose) === 'given')
    for (const subject of given) targets.push({ subject, purpose })
    if (given.length === 0 && input.kind === 'request') {
      const first = keys[0] as ConsentSubject
      const state = stateOf(first.subjectKey, purpose)
      if (state !== 'withdrawn' && state !== 'refused') targets.push({ subject: first, purpose })
    }
  }
  const recorded: RecordedConsent[] = []
  for (const { subject, purpose } of targets)
    recorded.push(
      await recordConsent(
        ctx,
        {
          organizationId: input.organizationId,
          // The person is resolved already (`subject`); recordConsent reads it from there.
          person: { anonymousId: subject.subjectKey },
          purpose,
          state: 'withdrawn',
          language: input.request.language,
          channel: CHANNEL[input.request.channel],
          method: 'request',
          occurredAt: now,
          source: `request ${input.request.reference}`,
          evidence: { documentReference: input.request.reference },
          recordedBy: input.recordedBy,
        },
        subject,
      ),
    )
  return recorded
}

/**
 * The consent proof of the person a request is of, for the access package: through the requester's e-mail address
 * and every identity of the matched subject. Null when nothing was ever recorded.
 */
export async function consentProofOfRequester(
  ctx: AppContext,
  organizationId: string,
  person: RequestPerson,
): Promise<ConsentProof | null> {
  const keys = await keysOf(ctx, organizationId, person)
  if (keys.length === 0) return null
  const proof = await consentProofByKeys(ctx, organizationId, keys)
  return proof.events.length > 0 ? proof : null
}
