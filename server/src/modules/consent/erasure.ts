import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../db/schema'

/**
 * Erasure of a subject from the index (issue 17): a running consent's status row keeps the identity it was given
 * under, encrypted, for the call that passes its expiry on (decision 0069). Once the person is erased, that copy
 * goes too: the status keeps only its masked identity, and an expiry later has no one to name (its call is
 * recorded as failed, saying why). The consent records themselves (the proof) never held the value. Runs in the
 * erasure's transaction, before the subject's identities are deleted. Returns how many status rows were cleared.
 */
export async function forgetConsentIdentitiesOfSubject(
  db: Kysely<DB> | Transaction<DB>,
  organizationId: string,
  subjectId: string,
): Promise<number> {
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
        .where('subject_id', '=', subjectId),
    )
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
