import { z } from 'zod'
import { AGE_GROUPS, GUARDIAN_RELATIONSHIPS, GUARDIAN_VERIFICATIONS } from '../../domain/consent/children'
import { defineStoredJson, storedDateTime } from '../../lib/stored-json'

/** The steps of a parent's confirmation by e-mail, as each record of it names them. */
export const PARENT_CONFIRMATION_STEPS = ['requested', 'confirmed', 'refused', 'expired'] as const

/**
 * A child's age group and, under 13, the consent of their parent or guardian as kept in the record: who (their
 * relationship and their identity masked - the address itself is not kept in the chain), how the organisation
 * verified it, its reference (where the proof is kept) and when.
 */
export const ageEvidenceSchema = z.strictObject({
  group: z.enum(AGE_GROUPS),
  parentalConsent: z
    .strictObject({
      relationship: z.enum(GUARDIAN_RELATIONSHIPS),
      identityKind: z.enum(['email', 'phone']),
      identityMasked: z.string(),
      verification: z.enum(GUARDIAN_VERIFICATIONS),
      reference: z.string(),
      verifiedAt: storedDateTime,
    })
    .optional(),
  /**
   * The parent's confirmation by e-mail that Custos carries out (decision 0093): the request it belongs to, its
   * step as of this record (asked, confirmed, refused, link expired), who was asked - masked - and until when.
   */
  parentConfirmation: z
    .strictObject({
      requestId: z.string(),
      step: z.enum(PARENT_CONFIRMATION_STEPS),
      relationship: z.enum(GUARDIAN_RELATIONSHIPS),
      parentMasked: z.string(),
      requestedAt: storedDateTime,
      linkExpiresAt: storedDateTime,
    })
    .optional(),
})
export type AgeEvidence = z.infer<typeof ageEvidenceSchema>

export interface ConsentEvidence {
  callReference?: string | undefined
  documentReference?: string | undefined
  age?: AgeEvidence | undefined
}

/**
 * `consent_events.evidence` (decision 0061). Version 1 (no `$v`, written before): the flat references of a call
 * or a paper form. Version 2 adds `age`; version 3 `age.parentConfirmation` (nothing to upgrade). The chain's HMAC covers the value exactly as written - `$v` included -
 * so rows are never rewritten; a version-1 row is read as it is.
 */
export const storedConsentEvidence = defineStoredJson<ConsentEvidence>({
  name: 'consent_events.evidence',
  version: 3,
  schema: z.strictObject({
    callReference: z.string().optional(),
    documentReference: z.string().optional(),
    age: ageEvidenceSchema.optional(),
  }),
  upgrade: (value) => value,
})

/** The evidence as the record keeps it (null when there is none), checked and versioned. */
export function evidenceToStore(evidence: ConsentEvidence): Record<string, unknown> | null {
  const present = Object.fromEntries(Object.entries(evidence).filter((e) => e[1] !== undefined))
  return Object.keys(present).length > 0 ? storedConsentEvidence.toStored(present) : null
}

/** A stored record's evidence, checked (StoredDataInvalid naming the row when it is not one). */
export function readEvidence(stored: unknown, rowId: string): ConsentEvidence | null {
  return stored === null || stored === undefined ? null : storedConsentEvidence.read(stored, rowId)
}
