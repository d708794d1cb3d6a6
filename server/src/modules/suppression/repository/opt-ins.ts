import type { Transaction } from 'kysely'
import type { Queryable } from '../../../db/queryable'
import type { DB, OptInChannel } from '../../../db/schema'

export interface OptInRow {
  id: string
  channel: OptInChannel
  masked: string
  given_on: string
  evidence: string
  created_by: string
  created_at: Date
}

const OPT_IN_COLUMNS = [
  'id',
  'channel',
  'masked',
  'given_on',
  'evidence',
  'created_by',
  'created_at',
] as const

export function listOptIns(db: Queryable, organizationId: string, limit: number): Promise<OptInRow[]> {
  return db
    .selectFrom('suppression_opt_ins')
    .select(OPT_IN_COLUMNS)
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
}

export async function countOptIns(
  db: Queryable,
  organizationId: string,
  channel: OptInChannel = 'phone',
): Promise<number> {
  const row = await db
    .selectFrom('suppression_opt_ins')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('channel', '=', channel)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Records an opt-in; the same number (or name and address) again updates its date and evidence. */
export function upsertOptIn(
  trx: Transaction<DB>,
  row: {
    organizationId: string
    channel: OptInChannel
    hash: Buffer
    masked: string
    givenOn: string
    evidence: string
    createdBy: string
  },
): Promise<OptInRow> {
  return trx
    .insertInto('suppression_opt_ins')
    .values({
      organization_id: row.organizationId,
      channel: row.channel,
      identifier_hash: row.hash,
      masked: row.masked,
      given_on: row.givenOn,
      evidence: row.evidence,
      created_by: row.createdBy,
    })
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'channel', 'identifier_hash'])
        .doUpdateSet({ given_on: row.givenOn, evidence: row.evidence }),
    )
    .returning(OPT_IN_COLUMNS)
    .executeTakeFirstOrThrow()
}

export function deleteOptIn(trx: Transaction<DB>, organizationId: string, id: string) {
  return trx
    .deleteFrom('suppression_opt_ins')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(OPT_IN_COLUMNS)
    .executeTakeFirst()
}
