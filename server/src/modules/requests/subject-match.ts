import type { Kysely, Transaction } from 'kysely'
import type { Encryption } from '../../crypto/encryption'
import type { DB } from '../../db/schema'
import { identityLookupPurpose, normaliseIdentity } from '../../domain/subjects/identity'
import { findIdentitiesByLookup, listIdentitySystems } from '../subjects'

/**
 * Looks the requester up in the subject index (by blind index, never by decrypting): the e-mail address, and a
 * customer number in any system that has customer numbers. Matching is a help for the agent, not an identity
 * check: a match is recorded on the request, identity is only confirmed by an explicit method.
 */
export interface SubjectMatch {
  subjectId: string | null
  /** Which identities matched that person. */
  matchedBy: ('email' | 'customer_number')[]
  /** The identities pointed at different people: left for the agent. */
  ambiguous: boolean
}

export async function matchSubject(
  db: Kysely<DB> | Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  identities: { email?: string | null | undefined; customerNumber?: string | null | undefined },
): Promise<SubjectMatch> {
  const lookups: { by: 'email' | 'customer_number'; key: string }[] = []
  if (identities.email) {
    const email = normaliseIdentity({ kind: 'email', value: identities.email })
    if (email.ok) {
      lookups.push({
        by: 'email',
        key: encryption.blindIndex(email.value.lookupValue, identityLookupPurpose('email', '')),
      })
    }
  }
  if (identities.customerNumber) {
    const systems = (await listIdentitySystems(db, organizationId)).filter(
      (s) => s.kind === 'customer_number',
    )
    for (const { systemKey: system_key } of systems) {
      const number = normaliseIdentity({
        kind: 'customer_number',
        value: identities.customerNumber,
        systemKey: system_key,
      })
      if (number.ok) {
        lookups.push({
          by: 'customer_number',
          key: encryption.blindIndex(
            number.value.lookupValue,
            identityLookupPurpose('customer_number', system_key),
          ),
        })
      }
    }
  }
  if (lookups.length === 0) return { subjectId: null, matchedBy: [], ambiguous: false }
  const rows = await findIdentitiesByLookup(
    db,
    organizationId,
    lookups.map((l) => l.key),
  )
  const subjects = [...new Set(rows.map((r) => r.subjectId))]
  const [only] = subjects
  if (subjects.length !== 1 || only === undefined) {
    return { subjectId: null, matchedBy: [], ambiguous: subjects.length > 1 }
  }
  const keys = new Set(rows.map((r) => r.lookupKey))
  const matchedBy = [...new Set(lookups.filter((l) => keys.has(l.key)).map((l) => l.by))]
  return { subjectId: only, matchedBy, ambiguous: false }
}
