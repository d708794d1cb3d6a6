import type { Encryption } from '../../crypto/encryption'
import { type FieldErrorCode, type FieldIssue, InvalidInput } from '../../domain/errors'
import { type IdentityInput, identityLookupPurpose, normaliseIdentity } from '../../domain/subjects/identity'

/** Who the choice is of: an identity as the subject index knows them, or an anonymous consent id (a banner's). */
export type ConsentPerson = { identity: IdentityInput } | { anonymousId: string }

const ANONYMOUS_PURPOSE = 'consent-anonymous-id'
const ANONYMOUS_ID = /^[\x21-\x7e]{8,200}$/
const VALUE_CODES: Partial<Record<IdentityInput['kind'], FieldErrorCode>> = {
  email: 'invalid_email',
  phone: 'invalid_phone',
  national_number: 'invalid_national_number',
}

/** The key a person's consents are kept under, and how they are shown. */
export interface ConsentSubject {
  subjectKey: string
  kind: string
  masked: string
  /** The normalised identity (or anonymous id) when the caller gave it; never stored in the record. */
  value?: string | undefined
}

/**
 * The subject key of a person: for an identity the subject index's own blind index (subject_identities.lookup_key),
 * so consent recorded before the person is in the index joins them once they are; for an anonymous id a blind
 * index of its own purpose. Field problems name `path`.
 */
export function consentSubjectOf(
  encryption: Encryption,
  person: ConsentPerson,
  path = 'body',
): ConsentSubject {
  if ('anonymousId' in person) {
    const id = person.anonymousId
    if (!ANONYMOUS_ID.test(id))
      throw new InvalidInput([
        {
          path: `${path}.anonymousId`,
          code: 'invalid_format',
          message: 'An anonymous consent id is 8 to 200 visible ASCII characters (a UUID is a good choice).',
        },
      ])
    return {
      subjectKey: encryption.blindIndex(id, ANONYMOUS_PURPOSE),
      kind: 'anonymous',
      masked: `${id.slice(0, 4)}•••`,
      value: id,
    }
  }
  const result = normaliseIdentity(person.identity)
  if (!result.ok) {
    const errors: FieldIssue[] = result.problems.map((p) => ({
      path: `${path}.identity.${p.field}`,
      message: p.message,
      code:
        p.message === 'Required'
          ? 'required'
          : p.field === 'value'
            ? (VALUE_CODES[person.identity.kind] ?? 'invalid')
            : 'invalid',
    }))
    throw new InvalidInput(errors)
  }
  const identity = result.value
  return {
    subjectKey: encryption.blindIndex(
      identity.lookupValue,
      identityLookupPurpose(identity.kind, identity.systemKey),
    ),
    kind: identity.kind,
    masked: identity.masked,
    value: identity.value,
  }
}
