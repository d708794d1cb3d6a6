import type { Encryption } from '../../crypto/encryption'
import type { DataSubjectRequest, RequestSubject } from '../../domain/requests'
import { identityLookupPurpose, normaliseIdentity } from '../../domain/subjects/identity'
import { reviveRequest } from './state'

/**
 * A request's personal data at rest: the requester as given (name, e-mail, postal address) is kept out of the
 * `state` JSON and encrypted in `subject_encrypted`; the address the request came from in
 * `requester_email_encrypted`, with `requester_email_key`, the subject index's own blind index of an e-mail
 * address, so a request is found by its address (and joins the index) without the address in clear.
 */
const subjectContext = (requestId: string) => `requests.subject:${requestId}`
const requesterEmailContext = (requestId: string) => `requests.requester_email:${requestId}`

export function sealRequestSubject(
  encryption: Encryption,
  requestId: string,
  subject: RequestSubject,
): string {
  return encryption.encrypt(JSON.stringify(subject), subjectContext(requestId))
}

export function sealRequesterEmail(encryption: Encryption, requestId: string, email: string): string {
  return encryption.encrypt(email, requesterEmailContext(requestId))
}

/** The blind index of an e-mail address, the same as the subject index keeps for an e-mail identity. */
export function emailLookupKey(encryption: Encryption, email: string): string | null {
  const normalised = normaliseIdentity({ kind: 'email', value: email })
  if (!normalised.ok) return null
  return encryption.blindIndex(normalised.value.lookupValue, identityLookupPurpose('email', ''))
}

function subjectFrom(value: unknown): RequestSubject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const v = value as Record<string, unknown>
  return {
    ...(typeof v.name === 'string' ? { name: v.name } : {}),
    ...(typeof v.email === 'string' ? { email: v.email } : {}),
    ...(Array.isArray(v.postalAddress) ? { postalAddress: v.postalAddress.map(String) } : {}),
  }
}

interface SealedRequestColumns {
  id: string
  state: unknown
  subject_encrypted: string | null
}

/** The requester as given; a row not sealed yet (written before migration 0009) still has it in its state. */
export function openRequestSubject(encryption: Encryption, row: SealedRequestColumns): RequestSubject {
  if (row.subject_encrypted !== null) {
    return subjectFrom(JSON.parse(encryption.decrypt(row.subject_encrypted, subjectContext(row.id))))
  }
  const state = row.state as { subject?: unknown } | null
  return subjectFrom(state?.subject)
}

/** The e-mail address the request came from (a portal request's verified address), or null. */
export function openRequesterEmail(
  encryption: Encryption,
  row: { id: string; requester_email_encrypted: string | null; requester_email: string | null },
): string | null {
  if (row.requester_email_encrypted !== null) {
    return encryption.decrypt(row.requester_email_encrypted, requesterEmailContext(row.id))
  }
  return row.requester_email
}

/** The whole request, the requester decrypted: for one request, never for a list. */
export function requestOf(encryption: Encryption, row: SealedRequestColumns): DataSubjectRequest {
  return reviveRequest(row.state, openRequestSubject(encryption, row))
}
