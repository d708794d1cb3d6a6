import type { Encryption } from '../../crypto/encryption'
import { safeEqual } from '../../crypto/tokens'
import type { ConsentSubject } from './service'

/** How long an e-mailed preference-centre link works. */
export const PREFERENCE_LINK_DAYS = 7

interface LinkPayload {
  /** organisation id */
  o: string
  /** subject key, identity kind, masked identity */
  k: string
  i: string
  m: string
  /** for an unsubscribe link: the purpose; for a preference link: its end (ms since the epoch) */
  p?: string
  e?: number
  /** The address, sealed (encrypted with the installation key): a withdrawal through the link can be passed on. */
  a?: string
}

const SEALED_ADDRESS = 'consent-link-address'

function sealed(encryption: Encryption, subject: ConsentSubject): { a?: string } {
  return subject.value ? { a: encryption.encrypt(subject.value, SEALED_ADDRESS) } : {}
}

function subjectOf(encryption: Encryption, payload: LinkPayload): ConsentSubject {
  let value: string | undefined
  try {
    value = typeof payload.a === 'string' ? encryption.decrypt(payload.a, SEALED_ADDRESS) : undefined
  } catch {
    value = undefined
  }
  return { subjectKey: payload.k, kind: payload.i, masked: payload.m, ...(value ? { value } : {}) }
}

function sign(encryption: Encryption, purpose: string, payload: LinkPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return `${body}.${encryption.blindIndex(body, purpose)}`
}

function open(encryption: Encryption, purpose: string, token: string): LinkPayload | undefined {
  const [body, mac, extra] = token.split('.')
  if (!body || !mac || extra !== undefined || body.length > 2000) return undefined
  if (!safeEqual(mac, encryption.blindIndex(body, purpose))) return undefined
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LinkPayload
    return typeof payload.o === 'string' && typeof payload.k === 'string' ? payload : undefined
  } catch {
    return undefined
  }
}

const PREFERENCES = 'consent-preference-link'
const UNSUBSCRIBE = 'consent-unsubscribe-link'

/**
 * The token of an e-mailed preference-centre link: the organisation and the person's subject key (the address
 * only sealed, so a withdrawal can be passed on to the organisation's systems), signed with a key derived from the installation secret, valid PREFERENCE_LINK_DAYS. No table: the
 * link proves that whoever holds it received the mail.
 */
export function preferenceToken(
  encryption: Encryption,
  organizationId: string,
  subject: ConsentSubject,
  now = new Date(),
): string {
  return sign(encryption, PREFERENCES, {
    o: organizationId,
    k: subject.subjectKey,
    i: subject.kind,
    m: subject.masked,
    e: now.getTime() + PREFERENCE_LINK_DAYS * 86_400_000,
    ...sealed(encryption, subject),
  })
}

export function openPreferenceToken(
  encryption: Encryption,
  organizationId: string,
  token: string,
  now = new Date(),
): ConsentSubject | undefined {
  const payload = open(encryption, PREFERENCES, token)
  if (!payload || payload.o !== organizationId || !payload.e || payload.e < now.getTime()) return undefined
  return subjectOf(encryption, payload)
}

/**
 * The token of a one-click unsubscribe link (RFC 8058) for one person and one purpose. It does not expire: a
 * mailing's unsubscribe link must keep working for as long as the mail is read.
 */
export function unsubscribeToken(
  encryption: Encryption,
  organizationId: string,
  subject: ConsentSubject,
  purpose: string,
): string {
  return sign(encryption, UNSUBSCRIBE, {
    o: organizationId,
    k: subject.subjectKey,
    i: subject.kind,
    m: subject.masked,
    p: purpose,
    ...sealed(encryption, subject),
  })
}

export function openUnsubscribeToken(
  encryption: Encryption,
  organizationId: string,
  token: string,
): { subject: ConsentSubject; purpose: string } | undefined {
  const payload = open(encryption, UNSUBSCRIBE, token)
  if (!payload || payload.o !== organizationId || !payload.p) return undefined
  return { subject: subjectOf(encryption, payload), purpose: payload.p }
}
