import { randomUUID } from 'node:crypto'
import type { Encryption } from '../../crypto/encryption'
import type { IdentityKind } from '../../db/schema'
import { birthDatePrecision, minorStatusOn } from '../../domain/birth-date'
import { toBrusselsDate } from '../../domain/brussels-time'
import { parseNationalNumber } from '../../domain/national-number'
import { normalisePhone } from '../../domain/phone'
import {
  identityEncryptionContext,
  identityLookupPurpose,
  type NormalisedIdentity,
} from '../../domain/subjects/identity'
import type { NewIdentity } from './repository'
import type { Subject, SubjectEvent, SubjectIdentity, SubjectRelationship } from './subject'

/** The blind-index key of a normalised identity. */
export function lookupKeyOf(
  encryption: Encryption,
  identity: Pick<NormalisedIdentity, 'kind' | 'systemKey' | 'lookupValue'>,
) {
  return encryption.blindIndex(identity.lookupValue, identityLookupPurpose(identity.kind, identity.systemKey))
}

/** The row to store for an identity: the value encrypted, a masked copy, and the blind index for lookup. */
export function sealIdentity(
  encryption: Encryption,
  organizationId: string,
  subjectId: string,
  identity: NormalisedIdentity,
): NewIdentity {
  return {
    id: randomUUID(),
    organizationId,
    subjectId,
    kind: identity.kind,
    systemKey: identity.systemKey,
    valueEncrypted: encryption.encrypt(identity.value, identityEncryptionContext(identity.kind)),
    valueMasked: identity.masked,
    lookupKey: lookupKeyOf(encryption, identity),
  }
}

/**
 * What a national register number tells of the person's age today: minor, adult, or unknown when the number holds
 * only the birth year (or year and month) and that is not enough, or no birth date at all. The number itself is
 * decrypted for this only and never leaves; undefined when it cannot be read.
 */
function ageFromNumber(encryption: Encryption, identity: SubjectIdentity, today: string) {
  let digits: string
  try {
    digits = encryption.decrypt(identity.valueEncrypted, identityEncryptionContext(identity.kind))
  } catch {
    return undefined
  }
  const parsed = parseNationalNumber(digits)
  if (!parsed.ok) return undefined
  const { birth } = parsed.value
  return { status: minorStatusOn(birth, today), birthDateKnown: birthDatePrecision(birth) }
}

/**
 * An identity as the API shows it. National register numbers are only ever shown masked, with the age they tell
 * (minor, adult or unknown); other identities are decrypted for the staff who manage them. The ciphertext never
 * leaves.
 */
export function presentIdentity(encryption: Encryption, identity: SubjectIdentity, today?: string) {
  const base = {
    id: identity.id,
    kind: identity.kind,
    systemKey: identity.systemKey === '' ? null : identity.systemKey,
    createdAt: identity.createdAt.toISOString(),
  }
  if (identity.kind === 'national_number') {
    const age = ageFromNumber(encryption, identity, today ?? toBrusselsDate(new Date()))
    return {
      ...base,
      value: identity.valueMasked,
      display: identity.valueMasked,
      masked: true,
      ...(age ? { age } : {}),
    }
  }
  let value: string
  try {
    value = encryption.decrypt(identity.valueEncrypted, identityEncryptionContext(identity.kind))
  } catch {
    return { ...base, value: identity.valueMasked, display: identity.valueMasked, masked: true }
  }
  const phone = identity.kind === 'phone' ? normalisePhone(value) : null
  return { ...base, value, display: phone?.ok ? phone.international : value, masked: false }
}

export function presentRelationship(r: SubjectRelationship) {
  return {
    id: r.id,
    relationship: r.relationship,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  }
}

export function presentEvent(e: SubjectEvent) {
  return {
    id: e.id,
    kind: e.kind,
    occurredOn: e.occurredOn,
    note: e.note,
    createdAt: e.createdAt.toISOString(),
  }
}

export function presentSubjectBase(subject: Subject) {
  return {
    id: subject.id,
    name: subject.name,
    language: subject.language,
    createdAt: subject.createdAt.toISOString(),
    updatedAt: subject.updatedAt.toISOString(),
  }
}

/** What the audit log keeps of an identity: never the value in clear, only its masked form. */
export function auditedIdentity(identity: { kind: IdentityKind; systemKey: string; masked: string }) {
  return {
    kind: identity.kind,
    ...(identity.systemKey === '' ? {} : { systemKey: identity.systemKey }),
    masked: identity.masked,
  }
}
