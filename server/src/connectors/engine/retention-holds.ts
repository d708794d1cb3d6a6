import { randomUUID } from 'node:crypto'
import type { Encryption } from '../../crypto/encryption'
import type { Queryable } from '../../db/queryable'
import { toBrusselsDate } from '../../domain/brussels-time'
import type { HeldRow, WritePlan } from '../../domain/datasets/write-plan'
import { decodeValues, encodeValues } from './row-codec'
import type { RunRow, StepRow } from './run-repository'

/** The encryption context of one hold's key: a key decrypts only for the record it belongs to. */
export const retentionHoldContext = (id: string) => `retention-hold:${id}`

const dayBefore = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}

/**
 * Records every row an applied erasure plan kept under a retention rule: its key (encrypted), collection, rule,
 * date field and own end date - and every row it kept under a legal hold that it would otherwise have changed
 * (decision 0090), with the hold, and the rule that keeps it on once the hold ends if one does. Called in the
 * transaction that marks the step done, so a crash never records a hold twice or loses one.
 */
export async function recordHeldRows(
  trx: Queryable,
  encryption: Encryption,
  run: Pick<RunRow, 'id' | 'organization_id' | 'request_id'>,
  step: Pick<StepRow, 'dataset_key' | 'system_key'>,
  plan: WritePlan,
  /** The erasure's day (yyyy-MM-dd): a row kept by a legal hold alone is due from then on, once the hold ends. */
  today: string = toBrusselsDate(new Date()),
): Promise<number> {
  const record = (
    collection: string,
    key: unknown[],
    rule: Omit<HeldRow, 'key'> | undefined,
    legalHoldId: string | null,
  ) => {
    const id = randomUUID()
    return {
      id,
      organization_id: run.organization_id,
      run_id: run.id,
      request_id: run.request_id,
      dataset_key: step.dataset_key,
      system_key: step.system_key,
      collection,
      rule: rule?.rule ?? null,
      date_field: rule ? rule.dateField : null,
      // Kept by a legal hold alone: no rule keeps the row past the erasure, so it is due once the hold ends.
      kept_until: rule ? rule.until : dayBefore(today),
      open_end: rule && rule.until === null ? (rule.openEnd ?? 'statutory_period') : null,
      legal_hold_id: legalHoldId,
      key_encrypted: encryption.encrypt(encodeValues(key), retentionHoldContext(id)),
    }
  }
  const values = plan.collections.flatMap((collection) => [
    ...(collection.held ?? []).map((row) => record(collection.collection, row.key, row, null)),
    ...(collection.legalHeld ?? []).map((row) =>
      record(collection.collection, row.key, row.retention, row.hold),
    ),
  ])
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
  /** The retention rule that kept the row; null: a legal hold alone kept it (legalHold). */
  rule: string | null
  dateField: string | null
  keptUntil: string
  /** The legal hold that kept the row when the erasure ran (lifted or ended by now), with whom it was on. */
  legalHold: { id: string; scope: string; subjectId: string | null; requestId: string | null } | null
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
    .selectFrom('retention_holds as r')
    .leftJoin('legal_holds as l', 'l.id', 'r.legal_hold_id')
    .selectAll('r')
    .select([
      'l.scope as legal_scope',
      'l.subject_id as legal_subject_id',
      'l.request_id as legal_request_id',
    ])
    .where('r.organization_id', '=', organizationId)
    .where('r.released_at', 'is', null)
    .where('r.kept_until', '<', today)
    // A row a legal hold kept waits until the hold is lifted or its end date has passed.
    .where((eb) =>
      eb.or([
        eb('r.legal_hold_id', 'is', null),
        eb('l.lifted_at', 'is not', null),
        eb('l.ends_on', '<', today),
      ]),
    )
    .orderBy('r.kept_until')
    .orderBy('r.id')
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
    legalHold: r.legal_hold_id
      ? {
          id: r.legal_hold_id,
          scope: r.legal_scope ?? '',
          subjectId: r.legal_subject_id ?? null,
          requestId: r.legal_request_id ?? null,
        }
      : null,
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
