import { sql, type Transaction } from 'kysely'
import type { DB } from '../../../db/schema'

/**
 * Serialises the replacement of one organisation's list until the transaction ends (review m8): without it two
 * imports at once each delete the rows they can see - not the other's, still uncommitted - and both lists stay.
 * Taken just before the delete, so a second import reads and inserts its file meanwhile and waits only for the
 * first one's commit; its delete then sees the first list, committed, and removes it. On the embedded database
 * transactions run one at a time anyway.
 */
export async function lockListReplacement(
  trx: Transaction<DB>,
  list: 'dncm' | 'robinson',
  organizationId: string,
) {
  await sql`select pg_advisory_xact_lock(hashtext(${`custos.${list}-import`}), hashtext(${organizationId}))`.execute(
    trx,
  )
}
