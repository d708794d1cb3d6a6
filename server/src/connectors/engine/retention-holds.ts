import { randomUUID } from 'node:crypto'
import type { Encryption } from '../../crypto/encryption'
import type { Queryable } from '../../db/queryable'
import type { WritePlan } from '../../domain/datasets/write-plan'
import { decodeValues, encodeValues } from './row-codec'
import type { RunRow, StepRow } from './run-repository'

/** The encryption context of one hold's key: a key decrypts only for the record it belongs to. */
export const retentionHoldContext = (id: string) => `retention-hold:${id}`

/**
 * Records every row an applied erasure plan kept under a retention rule: its key (encrypted), collection, rule,
 * date field and own end date. Called in the transaction that marks the step done, so a crash never records a
 * hold twice or loses one.
 */
export async function recordHeldRows(
  trx: Queryable,
  encryption: Encryption,
  run: Pick<RunRow, 'id' | 'organization_id' | 'request_id'>,
  step: Pick<StepRow, 'dataset_key' | 'system_key'>,
  plan: WritePlan,
): Promise<number> {
  const values = plan.collections.flatMap((collection) =>
    (collection.held ?? []).map((row) => {
      const id = randomUUID()
      return {
        id,
        organization_id: run.organization_id,
        run_id: run.id,
        request_id: run.request_id,
        dataset_key: step.dataset_key,
        system_key: step.system_key,
        collection: collection.collection,
        rule: row.rule,
        date_field: row.dateField,
        kept_until: row.until,
        open_end: row.until === null ? (row.openEnd ?? 'statutory_period') : null,
        key_encrypted: encryption.encrypt(encodeValues(row.key), retentionHoldContext(id)),
      }
    }),
  )
  // Inserted in slices: one statement per 1000 rows stays far below any parameter limit.
  for (let i = 0; i < values.length; i += 1000)
    await trx
      .insertInto('retention_holds')
      .values(values.slice(i, i + 1000))
      .execute()
  return values.length
}

export interface DueHold {
  id: string
  /** The erasure request that kept the row (null when its request was deleted). */
  requestId: string | null
  datasetKey: string
  systemKey: string
  collection: string
  rule: string
  dateField: string
  keptUntil: string
  /** The row's primary key, decrypted (dates and binary values as they were read). */
  key: unknown[]
}

/**
 * Holds whose end date has passed (kept_until before `today`, yyyy-MM-dd) and that are not released yet: what the
 * retention sweep erases, dataset by dataset, by key. A hold with no end date (a rule without duration: held, end
 * unknown) is never due: null is not before any day.
 */
export async function listDueHolds(
  db: Queryable,
  encryption: Encryption,
  organizationId: string,
  today: string,
): Promise<DueHold[]> {
  const rows = await db
    .selectFrom('retention_holds')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('released_at', 'is', null)
    .where('kept_until', '<', today)
    .orderBy('kept_until')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    requestId: r.request_id,
    datasetKey: r.dataset_key,
    systemKey: r.system_key,
    collection: r.collection,
    rule: r.rule,
    dateField: r.date_field,
    keptUntil: r.kept_until as string,
    key: decodeValues<unknown[]>(encryption.decrypt(r.key_encrypted, retentionHoldContext(r.id))),
  }))
}

/** Marks holds as ended (their rows erased by the sweep); released holds are never listed as due again. */
export async function releaseHolds(
  db: Queryable,
  organizationId: string,
  ids: string[],
  at: Date,
): Promise<void> {
  if (ids.length === 0) return
  await db
    .updateTable('retention_holds')
    .set({ released_at: at })
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute()
}
