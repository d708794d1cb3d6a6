/** The queries of sub-processor changes: the objection period, the changes, the objections, the subscribers. */
import type { Kysely, Transaction } from 'kysely'
import type { DB, SubprocessorChangeRow, SubprocessorObjectionRow, SubprocessorVendor } from '../../db/schema'

type Db = Kysely<DB> | Transaction<DB>

// Settings

export async function objectionDaysOf(db: Db, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('processor_settings')
    .select('objection_days')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst()
  return row?.objection_days ?? 7
}

export function saveObjectionDays(trx: Transaction<DB>, organizationId: string, days: number) {
  return trx
    .insertInto('processor_settings')
    .values({ organization_id: organizationId, objection_days: days })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet({ objection_days: days }))
    .execute()
}

// Sub-processor changes

export function listChanges(db: Db, organizationId: string): Promise<SubprocessorChangeRow[]> {
  return db
    .selectFrom('subprocessor_changes')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('announced_at', 'desc')
    .orderBy('id')
    .limit(200)
    .execute()
}

export function findChange(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('subprocessor_changes')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertChange(
  trx: Transaction<DB>,
  row: {
    id: string
    organizationId: string
    kind: 'add' | 'remove'
    vendor: SubprocessorVendor
    note: string
    windowDays: number
    announcedAt: Date
    effectiveAt: Date
  },
): Promise<SubprocessorChangeRow> {
  return trx
    .insertInto('subprocessor_changes')
    .values({
      id: row.id,
      organization_id: row.organizationId,
      kind: row.kind,
      vendor: JSON.stringify(row.vendor),
      note: row.note,
      window_days: row.windowDays,
      announced_at: row.announcedAt,
      effective_at: row.effectiveAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Announced changes whose objection window has closed by `now`. */
export function dueChanges(db: Db, now: Date): Promise<SubprocessorChangeRow[]> {
  return db
    .selectFrom('subprocessor_changes')
    .selectAll()
    .where('status', '=', 'announced')
    .where('effective_at', '<=', now)
    .orderBy('effective_at')
    .limit(100)
    .execute()
}

export function lockChange(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('subprocessor_changes')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export function setChangeStatus(
  trx: Transaction<DB>,
  id: string,
  patch: {
    status?: 'announced' | 'effective' | 'withdrawn'
    applied_at?: Date | null
    apply_error?: string | null
  },
) {
  return trx
    .updateTable('subprocessor_changes')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
}

export function listObjections(
  db: Db,
  organizationId: string,
  changeIds: string[],
): Promise<SubprocessorObjectionRow[]> {
  if (changeIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('subprocessor_objections')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('change_id', 'in', changeIds)
    .orderBy('created_at')
    .execute()
}

export async function insertObjection(
  trx: Transaction<DB>,
  row: {
    organizationId: string
    changeId: string
    recipient: string
    clientId: string | null
    reason: string
  },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('subprocessor_objections')
    .values({
      organization_id: row.organizationId,
      change_id: row.changeId,
      recipient: row.recipient,
      client_id: row.clientId,
      reason: row.reason,
    })
    .onConflict((oc) => oc.columns(['change_id', 'recipient']).doNothing())
    .returning('id')
    .executeTakeFirst()
  return inserted !== undefined
}

// Subscribers

export function confirmedSubscribers(db: Db, organizationId: string) {
  return db
    .selectFrom('subprocessor_subscribers')
    .select(['id', 'email', 'language'])
    .where('organization_id', '=', organizationId)
    .where('confirmed_at', 'is not', null)
    .orderBy('created_at')
    .execute()
}
