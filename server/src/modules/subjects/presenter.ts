import { randomUUID } from 'node:crypto'
import type { Encryption } from '../../crypto/encryption'
import type { IdentityKind, Language, SubjectEventKind } from '../../db/schema'
import { birthDatePrecision, minorStatusOn } from '../../domain/birth-date'
import { toBrusselsDate } from '../../domain/brussels-time'
import { parseNationalNumber } from '../../domain/national-number'
import { normalisePhone } from '../../domain/phone'
import {
  identityEncryptionContext,
  identityLookupPurpose,
  type NormalisedIdentity,
} from '../../domain/subjects/identity'
import { openSubjectName } from './name-seal'
import type { NewIdentity } from './repository'

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

interface IdentityRow {
  id: string
  kind: IdentityKind
  system_key: string
  value_encrypted: string
  value_masked: string
  created_at: Date
}

/**
 * What a national register number tells of the person's age today: minor, adult, or unknown when the number holds
 * only the birth year (or year and month) and that is not enough, or no birth date at all. The number itself is
 * decrypted for this only and never leaves; undefined when it cannot be read.
 */
function ageFromNumber(encryption: Encryption, row: IdentityRow, today: string) {
  let digits: string
  try {
    digits = encryption.decrypt(row.value_encrypted, identityEncryptionContext(row.kind))
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
export function presentIdentity(
  encryption: Encryption,
  row: IdentityRow,
  today = toBrusselsDate(new Date()),
) {
  const base = {
    id: row.id,
    kind: row.kind,
    systemKey: row.system_key === '' ? null : row.system_key,
    createdAt: row.created_at.toISOString(),
  }
  if (row.kind === 'national_number') {
    const age = ageFromNumber(encryption, row, today)
    return {
      ...base,
      value: row.value_masked,
      display: row.value_masked,
      masked: true,
      ...(age ? { age } : {}),
    }
  }
  let value: string
  try {
    value = encryption.decrypt(row.value_encrypted, identityEncryptionContext(row.kind))
  } catch {
    return { ...base, value: row.value_masked, display: row.value_masked, masked: true }
  }
  const phone = row.kind === 'phone' ? normalisePhone(value) : null
  return { ...base, value, display: phone?.ok ? phone.international : value, masked: false }
}

export function presentRelationship(row: {
  id: string
  relationship: string
  started_on: string | null
  ended_on: string | null
  note: string | null
  created_at: Date
}) {
  return {
    id: row.id,
    relationship: row.relationship,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  }
}

export function presentEvent(row: {
  id: string
  kind: SubjectEventKind
  occurred_on: string
  note: string | null
  created_at: Date
}) {
  return {
    id: row.id,
    kind: row.kind,
    occurredOn: row.occurred_on,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  }
}

export function presentSubjectBase(
  encryption: Encryption,
  row: {
    id: string
    display_name: string | null
    display_name_encrypted: string | null
    preferred_language: Language | null
    created_at: Date
    updated_at: Date
  },
) {
  return {
    id: row.id,
    name: openSubjectName(encryption, row),
    language: row.preferred_language,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
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
