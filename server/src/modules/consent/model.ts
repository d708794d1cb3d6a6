import { createHash, createHmac } from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'
import { hmacSha256 } from '../../crypto/encryption'
import { consentEventCanonical } from './event-canonical'

/**
 * What a person can choose; `expired` is written by Custos when a consent's period ends, `pending_parental` when
 * a child under 13 said yes and their parent has been asked to confirm by e-mail (decision 0093): not a consent.
 */
export const RECORDED_STATES = ['given', 'refused', 'withdrawn'] as const
export const CONSENT_STATES = [...RECORDED_STATES, 'expired', 'pending_parental'] as const
export type RecordedState = (typeof RECORDED_STATES)[number]
export type ConsentState = (typeof CONSENT_STATES)[number]

/** Where the choice was made; `system` is Custos itself (an expiry). */
export const CONSENT_CHANNELS = [
  'web_form',
  'banner',
  'paper',
  'phone',
  'email',
  'app',
  'preference_centre',
  'portal_request',
  'import',
  'system',
] as const
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number]

/**
 * How: accept/reject/save (a banner's buttons, a form's box), gpc (the browser's Global Privacy Control signal),
 * import (from an earlier system), one_click (an RFC 8058 unsubscribe), request (a data subject request),
 * expiry (Custos, at the end of the period), parental_confirmation / parental_refusal (a parent's answer through
 * the link Custos mailed them, for a child under 13).
 */
export const CONSENT_METHODS = [
  'accept',
  'reject',
  'save',
  'gpc',
  'import',
  'one_click',
  'request',
  'expiry',
  'parental_confirmation',
  'parental_refusal',
] as const
/** The methods only Custos writes: the end of a period, a parent's answer to the confirmation mail. */
export const SYSTEM_METHODS = ['expiry', 'parental_confirmation', 'parental_refusal'] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]

/** The public side also speaks German (issue 17); staff pages and letters stay nl/fr/en. */
export const CONSENT_LANGUAGES = ['nl', 'fr', 'en', 'de'] as const
export type ConsentLanguage = (typeof CONSENT_LANGUAGES)[number]

/** A consent whose end is this close counts as due for renewal. */
export const RENEWAL_WINDOW_DAYS = 30

/** The hash a consent text is referenced by: SHA-256 of its UTF-8 bytes, lower-case hex (computable by anyone). */
export function consentTextHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex')
}

/**
 * The address kept with a choice: an IPv4 address with its last octet zeroed (as Cookiebot keeps it), an IPv6
 * address with all but its first 48 bits zeroed; null for anything that is not an address.
 */
export function truncateIp(ip: string | undefined | null): string | null {
  if (!ip) return null
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  const v4 = mapped?.[1] ?? ip
  if (isIPv4(v4)) return v4.replace(/\.\d+$/, '.0')
  if (!isIPv6(ip)) return null
  const [head = '', tail = ''] = ip.split('::')
  const left = head === '' ? [] : head.split(':')
  const right = ip.includes('::') ? (tail === '' ? [] : tail.split(':')) : []
  const groups = ip.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 3)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::`
}

/** The fields a consent event's hash covers (every column but the hash itself). */
export interface ChainedConsentFields {
  id: string
  organization_id: string
  seq: number
  subject_key: string
  identity_kind: string
  identity_masked: string
  purpose: string
  state: string
  text_hash: string | null
  language: string
  channel: string
  method: string
  occurred_at: Date
  recorded_at: Date
  expires_at: Date | null
  source: string | null
  ip: string | null
  user_agent: string | null
  evidence: Record<string, unknown> | null
  external_ref: string | null
  actor_type: string
  actor_id: string | null
  actor_label: string
  prev_hash: string
}

export const CONSENT_GENESIS_HASH = '0'.repeat(64)

const chainKeys = new WeakMap<Buffer, Buffer>()
const eventHmacs = new WeakMap<Buffer, (message: string) => Buffer>()

/**
 * The consent chain's own key, derived from the audit chain key (so it needs the same installation secret); the
 * same Buffer for the same audit key, so that its HMAC pads are computed once (consentEventHash).
 */
export function consentChainKey(auditChainKey: Buffer): Buffer {
  let key = chainKeys.get(auditChainKey)
  if (!key) {
    key = createHmac('sha256', auditChainKey).update('custos/consent-chain/v1').digest()
    chainKeys.set(auditChainKey, key)
  }
  return key
}

/**
 * HMAC-SHA256 over the canonical JSON of the row and the previous hash: the bytes of createHmac, with the key's
 * pads computed once per key (hmacSha256), since this runs for every event recorded and verified (decision 0116).
 */
export function consentEventHash(fields: ChainedConsentFields, key: Buffer): string {
  let hmac = eventHmacs.get(key)
  if (!hmac) {
    hmac = hmacSha256(key)
    eventHmacs.set(key, hmac)
  }
  return hmac(consentEventCanonical(fields)).toString('hex')
}

/** The state that holds now: a given consent past its end is expired. */
/** The encryption context of the identity a status row keeps while a consent with an end date runs. */
export const consentStatusIdentityContext = (subjectKey: string, purpose: string) =>
  `consent-status:${subjectKey}:${purpose}`

export function effectiveState(state: string, expiresAt: Date | null, now: Date): ConsentState {
  if (state === 'given' && expiresAt && expiresAt.getTime() <= now.getTime()) return 'expired'
  return state as ConsentState
}

export function renewalDue(state: ConsentState, expiresAt: Date | null, now: Date): boolean {
  if (!expiresAt) return false
  if (state === 'expired') return true
  return state === 'given' && expiresAt.getTime() - now.getTime() <= RENEWAL_WINDOW_DAYS * 86_400_000
}
