import type { ExpressionBuilder, Kysely, SelectQueryBuilder, Transaction } from 'kysely'
import type { DB } from '../../db/schema'

type Db = Kysely<DB> | Transaction<DB>

/** The reason a failed call of an erased person is closed with (its address cleared, "Retry now" refused). */
export const PERSON_ERASED = 'Person erased: the address this call needed was erased with them'

/** What an erasure did to the addresses consent kept for the person. */
export interface ConsentErasure {
  /** Running consents whose kept address (for their expiry's call) was cleared. */
  consentIdentitiesCleared: number
  /** Failed withdrawal/expiry calls closed for good, their address cleared. */
  consentPropagationsCleared: number
  /** Calls still pending: they keep the address until made, since they carry out the person's own withdrawal. */
  consentPropagationsKept: number
  /** The parent's confirmation requests still pending that the erasure closed (present only when some were). */
  parentalRequestsClosed?: number
}

/** The count of parental requests closed, as a summary field present only when there were some. */
const parentalClosed = (n: number) => (n > 0 ? { parentalRequestsClosed: n } : {})

/**
 * The parent's confirmation requests of an erased person (or identity) keep no address: each one's sealed copy of
 * the child's identity is cleared, and a request still pending is closed as superseded without a record - its link
 * then records nothing, so a later confirmation cannot write the erased address back. Answers how many were closed.
 */
async function forgetParentalRequests(
  db: Db,
  organizationId: string,
  subjectKeys: (
    eb: ExpressionBuilder<DB, 'consent_parental_requests'>,
  ) => SelectQueryBuilder<DB, 'subject_identities', { lookup_key: string }>,
  now: Date,
): Promise<number> {
  const closed = await db
    .updateTable('consent_parental_requests')
    .set({ status: 'superseded', decided_at: now, identity_sealed: null, closed_because: 'person_erased' })
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'pending')
    .where('subject_key', 'in', subjectKeys)
    .executeTakeFirst()
  await db
    .updateTable('consent_parental_requests')
    .set({ identity_sealed: null })
    .where('organization_id', '=', organizationId)
    .where('identity_sealed', 'is not', null)
    .where('subject_key', 'in', subjectKeys)
    .execute()
  return Number(closed.numUpdatedRows)
}

/**
 * Erasure of a subject from the index (issue 17): a running consent's status row keeps the identity it was given
 * under, encrypted, for the call that passes its expiry on (decision 0069), and each withdrawal/expiry call keeps
 * the address it sends until it is done. Once the person is erased:
 * - the status keeps only its masked identity, and an expiry later has no one to name (its call is recorded as
 *   failed, saying why);
 * - a call that failed is closed for good ("person erased", its address cleared: "Retry now" is refused);
 * - a call still pending keeps its address until it is made (it carries out the person's own withdrawal), and
 *   is counted as kept and marked (`subject_erased_at`): should it then fail for good, its address is cleared at
 *   once and "Retry now" is refused as for the calls closed here.
 * - the parent's confirmation requests keep no copy of the child's identity, and one still pending is closed as
 *   superseded without a record (its link records nothing).
 * The consent records themselves (the proof) never held the value. Runs in the erasure's transaction, before the
 * subject's identities are deleted.
 */
export async function forgetConsentIdentitiesOfSubject(
  db: Db,
  organizationId: string,
  subjectId: string,
): Promise<ConsentErasure> {
  const lookupKeys = db
    .selectFrom('subject_identities')
    .select('lookup_key')
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
  const parentalRequestsClosed = await forgetParentalRequests(
    db,
    organizationId,
    (eb) =>
      eb
        .selectFrom('subject_identities')
        .select('lookup_key')
        .where('organization_id', '=', organizationId)
        .where('subject_id', '=', subjectId),
    new Date(),
  )
  const cleared = await db
    .updateTable('consent_status')
    .set({ identity_encrypted: null })
    .where('organization_id', '=', organizationId)
    .where('identity_encrypted', 'is not', null)
    .where('subject_key', 'in', lookupKeys)
    .executeTakeFirst()
  const eventsOfPerson = db
    .selectFrom('consent_events')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('subject_key', 'in', lookupKeys)
  const now = new Date()
  const closed = await db
    .updateTable('consent_propagations')
    .set({
      identity_encrypted: null,
      last_error: PERSON_ERASED,
      updated_at: now,
      finished_at: now,
      subject_erased_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'failed')
    .where('identity_encrypted', 'is not', null)
    .where('consent_event_id', 'in', eventsOfPerson)
    .executeTakeFirst()
  // Pending calls keep the address, marked: if one then fails for good, its address is cleared at once.
  const kept = await db
    .updateTable('consent_propagations')
    .set({ subject_erased_at: now })
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'pending')
    .where('identity_encrypted', 'is not', null)
    .where('consent_event_id', 'in', eventsOfPerson)
    .executeTakeFirst()
  return {
    consentIdentitiesCleared: Number(cleared.numUpdatedRows),
    consentPropagationsCleared: Number(closed.numUpdatedRows),
    consentPropagationsKept: Number(kept.numUpdatedRows),
    ...parentalClosed(parentalRequestsClosed),
  }
}

/**
 * One identity removed from a subject (not the whole subject erased): a running consent given under that identity
 * no longer keeps its address for its expiry's call, and the parent's confirmation requests under it are cleared
 * and closed as for an erasure. Runs in the removal's transaction, before the identity is
 * deleted. Answers how many status rows were cleared and, when some were, how many pending requests were closed.
 */
export async function forgetConsentIdentityOf(
  db: Db,
  organizationId: string,
  identityId: string,
): Promise<{ consentIdentitiesCleared: number; parentalRequestsClosed?: number }> {
  const parentalRequestsClosed = await forgetParentalRequests(
    db,
    organizationId,
    (eb) =>
      eb
        .selectFrom('subject_identities')
        .select('lookup_key')
        .where('organization_id', '=', organizationId)
        .where('id', '=', identityId),
    new Date(),
  )
  const result = await db
    .updateTable('consent_status')
    .set({ identity_encrypted: null })
    .where('organization_id', '=', organizationId)
    .where('identity_encrypted', 'is not', null)
    .where('subject_key', 'in', (eb) =>
      eb
        .selectFrom('subject_identities')
        .select('lookup_key')
        .where('organization_id', '=', organizationId)
        .where('id', '=', identityId),
    )
    .executeTakeFirst()
  return {
    consentIdentitiesCleared: Number(result.numUpdatedRows),
    ...parentalClosed(parentalRequestsClosed),
  }
}
