import type { Transaction } from 'kysely'
import type { Queryable } from '../../../db/queryable'
import type {
  DB,
  SuppressionChannel,
  SuppressionKind,
  SuppressionReason,
  SuppressionSource,
} from '../../../db/schema'

export interface EntryRow {
  id: string
  kind: SuppressionKind
  masked: string
  reason: SuppressionReason
  channel: SuppressionChannel
  source: SuppressionSource
  request_id: string | null
  note: string
  created_by: string
  created_at: Date
}

const ENTRY_COLUMNS = [
  'id',
  'kind',
  'masked',
  'reason',
  'channel',
  'source',
  'request_id',
  'note',
  'created_by',
  'created_at',
] as const

export function listEntries(db: Queryable, organizationId: string, limit: number): Promise<EntryRow[]> {
  return db
    .selectFrom('suppression_entries')
    .select(ENTRY_COLUMNS)
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** Adds an entry; the same identifier, reason and channel again is the existing entry (answered unchanged). */
export async function insertEntry(
  trx: Transaction<DB>,
  row: {
    organizationId: string
    kind: SuppressionKind
    hash: Buffer
    masked: string
    reason: SuppressionReason
    channel: SuppressionChannel
    source: SuppressionSource
    requestId: string | null
    note: string
    createdBy: string
  },
): Promise<{ entry: EntryRow; created: boolean }> {
  const inserted = await trx
    .insertInto('suppression_entries')
    .values({
      organization_id: row.organizationId,
      kind: row.kind,
      identifier_hash: row.hash,
      masked: row.masked,
      reason: row.reason,
      channel: row.channel,
      source: row.source,
      request_id: row.requestId,
      note: row.note,
      created_by: row.createdBy,
    })
    .onConflict((oc) =>
      oc.columns(['organization_id', 'kind', 'identifier_hash', 'reason', 'channel']).doNothing(),
    )
    .returning(ENTRY_COLUMNS)
    .executeTakeFirst()
  if (inserted) return { entry: inserted, created: true }
  const existing = await trx
    .selectFrom('suppression_entries')
    .select(ENTRY_COLUMNS)
    .where('organization_id', '=', row.organizationId)
    .where('kind', '=', row.kind)
    .where('identifier_hash', '=', row.hash)
    .where('reason', '=', row.reason)
    .where('channel', '=', row.channel)
    .executeTakeFirstOrThrow()
  return { entry: existing, created: false }
}

export function deleteEntry(trx: Transaction<DB>, organizationId: string, id: string) {
  return trx
    .deleteFrom('suppression_entries')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(ENTRY_COLUMNS)
    .executeTakeFirst()
}

export function countEntriesByReason(db: Queryable, organizationId: string) {
  return db
    .selectFrom('suppression_entries')
    .select(['reason', (eb) => eb.fn.countAll<number>().as('count')])
    .where('organization_id', '=', organizationId)
    .groupBy('reason')
    .execute()
}
