/**
 * "May we contact this person for marketing on this channel?" (issue 17, decision 0033). The facts about the
 * person come from the organisation's suppression list, its copy of the DNCM list and its opt-ins; the rules are:
 *
 * 1. an objection to direct marketing (Art. 21(2)-(3)) is absolute: every channel, whatever else is known;
 * 2. a person erased who asked never to be contacted again: every channel;
 * 3. an unsubscribe stops the channel it was given for;
 * 4. by phone, the DNCM list must have been consulted in the last 5 days (a list older than that is no proof);
 *    a listed number may be called only when its holder opted in to this organisation's calls;
 * 5. by post, a person on the organisation's Robinson Mail list (name and address) gets no addressed advertising,
 *    unless they asked this organisation for its post (opt-in); with a list in use, a check without the person's
 *    name cannot be matched against it (`robinson_name_missing`). Without a list nothing is matched (the facts give
 *    no legal duty or freshness rule for it, decision 0086);
 * 6. when the check names a consent purpose: a recorded, valid consent for it is the reason to contact the person
 *    (`consent`); by e-mail, marketing needs that prior consent, so without it the answer is `no_consent`. By
 *    phone and post a missing consent stops nothing (the DNCM rules and objections do);
 * 7. otherwise nothing we know stops it. For e-mail and SMS the law needs prior consent (or the customer
 *    exception) in any case: name the purpose to have it checked.
 */
import type { IsoDate } from '../calendar-date'

export type MarketingChannel = 'email' | 'phone' | 'post'
export type SuppressionReason = 'objection' | 'unsubscribe' | 'erased_do_not_contact'

export type CheckReason =
  | 'objection'
  | 'erased_do_not_contact'
  | 'unsubscribed'
  | 'dncm_not_consulted'
  | 'dncm_listed'
  | 'opt_in_override'
  | 'robinson_listed'
  | 'robinson_name_missing'
  | 'consent'
  | 'no_consent'
  | 'no_reason_found'
  | 'invalid_identifier'

export const CHECK_REASONS: readonly CheckReason[] = [
  'objection',
  'erased_do_not_contact',
  'unsubscribed',
  'dncm_not_consulted',
  'dncm_listed',
  'opt_in_override',
  'robinson_listed',
  'robinson_name_missing',
  'consent',
  'no_consent',
  'no_reason_found',
  'invalid_identifier',
]

export interface CheckFacts {
  readonly channel: MarketingChannel
  /** Entries found for any identifier of the person, with the channel each concerns. */
  readonly entries: readonly {
    readonly reason: SuppressionReason
    readonly channel: MarketingChannel | 'all'
  }[]
  /** Whether the identifier of the channel itself was given and readable. */
  readonly identifierValid: boolean
  readonly dncm?: { readonly fresh: boolean; readonly listed: boolean; readonly optIn: boolean }
  /** For post: whether a Robinson list is in use, the person's name was given, they are on it, they opted in. */
  readonly robinson?: {
    readonly inUse: boolean
    readonly nameGiven: boolean
    readonly listed: boolean
    readonly optIn: boolean
  }
  /** When the check names a consent purpose: whether the person's consent for it is given now. */
  readonly consentGiven?: boolean | undefined
}

export interface Verdict {
  readonly allowed: boolean
  readonly reason: CheckReason
}

export function decide(facts: CheckFacts): Verdict {
  const concerns = facts.entries.filter((e) => e.channel === 'all' || e.channel === facts.channel)
  if (concerns.some((e) => e.reason === 'objection')) return { allowed: false, reason: 'objection' }
  if (concerns.some((e) => e.reason === 'erased_do_not_contact'))
    return { allowed: false, reason: 'erased_do_not_contact' }
  if (concerns.some((e) => e.reason === 'unsubscribe')) return { allowed: false, reason: 'unsubscribed' }
  if (!facts.identifierValid) return { allowed: false, reason: 'invalid_identifier' }
  if (facts.channel === 'phone') {
    const dncm = facts.dncm ?? { fresh: false, listed: false, optIn: false }
    if (!dncm.fresh) return { allowed: false, reason: 'dncm_not_consulted' }
    if (dncm.listed)
      return dncm.optIn
        ? { allowed: true, reason: 'opt_in_override' }
        : { allowed: false, reason: 'dncm_listed' }
  }
  if (facts.channel === 'post' && facts.robinson?.inUse) {
    const robinson = facts.robinson
    if (!robinson.nameGiven) return { allowed: false, reason: 'robinson_name_missing' }
    if (robinson.listed)
      return robinson.optIn
        ? { allowed: true, reason: 'opt_in_override' }
        : { allowed: false, reason: 'robinson_listed' }
  }
  if (facts.consentGiven === true) return { allowed: true, reason: 'consent' }
  if (facts.consentGiven === false && facts.channel === 'email')
    return { allowed: false, reason: 'no_consent' }
  return { allowed: true, reason: 'no_reason_found' }
}

/** How many days a downloaded DNCM list may be used (dncm.be: re-download at least every 5 days). */
export const DNCM_MAX_AGE_DAYS = 5

/** The last day a list of `fileDate` may be used. */
export function dncmUsableUntil(fileDate: IsoDate): IsoDate {
  const d = new Date(`${fileDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + DNCM_MAX_AGE_DAYS)
  return d.toISOString().slice(0, 10)
}

export function dncmFresh(fileDate: IsoDate | null | undefined, today: IsoDate): boolean {
  return fileDate != null && dncmUsableUntil(fileDate) >= today
}
