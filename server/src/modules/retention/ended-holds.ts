import { createHash, randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import type { Driver } from '../../connectors/driver'
import { erasureHasher } from '../../connectors/engine/erasure-hash'
import { type DueHold, listDueHolds, releaseHolds } from '../../connectors/engine/retention-holds'
import { decodeValues, encodeValues } from '../../connectors/engine/row-codec'
import { type AppContext, inTransaction } from '../../context'
import type { DatasetCollection } from '../../domain/datasets/schema'
import { childFirstOrder, keyOf } from '../../domain/datasets/write-plan'
import {
  type BatchChanges,
  batchChanges,
  referringFields,
  sweepStrategies,
} from '../../domain/retention/sweep-plan'
import { type Dataset, listDatasets, openDriverForDataset } from '../datasets'
import type { Organization } from '../organizations'
import { referencedRows } from './referenced-rows'
import {
  findStartedBatch,
  insertBatch,
  insertRun,
  listLegalHolds,
  markBatchDone,
  type RunRow,
  updateRun,
} from './repository'
import { todayOf } from './sweep'

const BATCH = 500
const batchContext = (runId: string) => `retention-run:${runId}`
const keyText = (key: readonly unknown[]) =>
  key.map((v) => (v instanceof Date ? v.toISOString() : String(v))).join('|')

interface EndedBatch extends BatchChanges {
  holdIds: string[]
}

/**
 * Rows an erasure kept under a retention rule (retention_holds, recorded by key) whose period has ended - and rows it
 * kept under a legal hold, once that hold is lifted or has ended (decision 0090) - are erased
 * now, as the erasure would have: deleted when the collection erases by deleting (masked instead while another row
 * refers to them), else masked field by field. Holds of a request or subject under a legal hold, and of a system
 * or collection under one, wait. Each batch is recorded before it is applied and its holds released in the
 * transaction that marks it done, so a crash resumes without erasing or releasing twice.
 */
export async function sweepEndedHolds(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  options: { today?: string } = {},
): Promise<RunRow[]> {
  const today = options.today ?? todayOf()
  const due = await listDueHolds(ctx.db, ctx.encryption, org.id, today)
  // Unfinished runs first (a crash), whatever is due now.
  const open = await ctx.db
    .selectFrom('retention_runs')
    .selectAll()
    .where('organization_id', '=', org.id)
    .where('kind', '=', 'ended_holds')
    .where('status', '=', 'running')
    .execute()
  if (due.length === 0 && open.length === 0) return []
  const legal = await listLegalHolds(ctx.db, org.id, today)
  const heldRequests = new Set(legal.filter((h) => h.scope === 'request').map((h) => h.request_id))
  const heldSubjects = new Set(legal.filter((h) => h.scope === 'subject').map((h) => h.subject_id))
  const requestIds = [...new Set(due.map((d) => d.requestId).filter((id): id is string => id !== null))]
  const subjectOf = new Map(
    requestIds.length
      ? (
          await ctx.db
            .selectFrom('requests')
            .select(['id', 'subject_id'])
            .where('organization_id', '=', org.id)
            .where('id', 'in', requestIds)
            .execute()
        ).map((r) => [r.id, r.subject_id])
      : [],
  )
  const datasets = new Map((await listDatasets(ctx.db, org.id)).map((d) => [d.key, d]))
  const waits = (hold: DueHold) =>
    (hold.requestId !== null &&
      (heldRequests.has(hold.requestId) || heldSubjects.has(subjectOf.get(hold.requestId) ?? null))) ||
    // A row a legal hold on a person or a request kept: it waits while another hold on that person or request is in
    // force (the row is theirs; the hold that kept it was lifted or has ended).
    (hold.legalHold?.subjectId != null && heldSubjects.has(hold.legalHold.subjectId)) ||
    (hold.legalHold?.requestId != null && heldRequests.has(hold.legalHold.requestId)) ||
    legal.some(
      (h) =>
        (h.scope === 'system' && h.system_key === hold.systemKey) ||
        (h.scope === 'collection' && h.dataset_key === hold.datasetKey && h.collection === hold.collection),
    )
  const groups = new Map<string, DueHold[]>()
  for (const hold of due) {
    if (waits(hold)) continue
    const group = `${hold.datasetKey}\u0000${hold.collection}`
    groups.set(group, [...(groups.get(group) ?? []), hold])
  }
  const runs: RunRow[] = []
  for (const run of open) {
    const dataset = datasets.get(run.dataset_key)
    const collection = dataset?.document.collections.find((c) => c.name === run.collection)
    if (!dataset || !collection) continue
    const group = `${run.dataset_key}\u0000${run.collection}`
    runs.push(await eraseGroup(ctx, actor, org, dataset, collection, groups.get(group) ?? [], today, run))
    groups.delete(group)
  }
  // Collections that refer to others first (as an erasure writes), so a row is deleted rather than masked when the
  // rows that referred to it were due too.
  const order = (group: DueHold[]) => {
    const first = group[0] as DueHold
    const doc = datasets.get(first.datasetKey)?.document
    return doc ? childFirstOrder(doc).indexOf(first.collection) : 0
  }
  const pending = [...groups.values()].sort(
    (a, b) => (a[0] as DueHold).datasetKey.localeCompare((b[0] as DueHold).datasetKey) || order(a) - order(b),
  )
  for (const holds of pending) {
    const first = holds[0] as DueHold
    const dataset = datasets.get(first.datasetKey)
    const collection = dataset?.document.collections.find((c) => c.name === first.collection)
    if (!dataset || !collection || collection.shared || !collection.primaryKey?.length) continue
    if (dataset.connector !== 'postgres' && dataset.connector !== 'mysql') continue
    runs.push(await eraseGroup(ctx, actor, org, dataset, collection, holds, today, null))
  }
  return runs
}

async function eraseGroup(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  dataset: Dataset,
  collection: DatasetCollection,
  holds: DueHold[],
  today: string,
  openRun: RunRow | null,
): Promise<RunRow> {
  const action = collection.erasure === 'delete' ? 'delete' : 'mask'
  const hash = erasureHasher(ctx.config.secretKey, org.id)
  const keyHash = (key: readonly unknown[]) => hash(`retention-key:${encodeValues(key)}`).slice(0, 32)
  let run =
    openRun ??
    (await insertRun(ctx.db, {
      id: randomUUID(),
      organization_id: org.id,
      kind: 'ended_holds',
      rule_key: `ended-holds:${[...new Set(holds.map((h) => h.rule ?? 'legal-hold'))].sort().join(',')}`,
      dataset_key: dataset.key,
      system_key: dataset.systemKey,
      collection: collection.name,
      action,
      cutoff: null,
      today,
      status: 'running',
      planned_rows: holds.length,
      started_by_label: actor.label,
    }))
  const driver = openDriverForDataset(ctx, dataset)
  try {
    const started = await findStartedBatch(ctx.db, run.id)
    if (started) {
      const batch = decodeValues<EndedBatch>(
        ctx.encryption.decrypt(started.changes_encrypted, batchContext(run.id)),
      )
      await apply(driver, collection, batch)
      run = await finish(ctx, org.id, run, started.seq, batch, started.cursor_encrypted)
    }
    const done = new Set(
      started
        ? decodeValues<EndedBatch>(ctx.encryption.decrypt(started.changes_encrypted, batchContext(run.id)))
            .holdIds
        : [],
    )
    const todo = holds.filter((h) => !done.has(h.id))
    const referring = referringFields(dataset.document, collection.name)
    const strategies = sweepStrategies(collection, action)
    const pk = collection.primaryKey as string[]
    for (let i = 0; i < todo.length; i += BATCH) {
      const part = todo.slice(i, i + BATCH)
      // Read the rows by their first key field (one IN query), keep those whose whole key was held.
      const wanted = new Set(part.map((h) => keyText(h.key)))
      const found = await driver.select(
        collection,
        [{ field: pk[0] as string, values: [...new Set(part.map((h) => h.key[0]))] }],
        [...new Set([...pk, ...strategies.map(([f]) => f.name), ...referring.map((r) => r.target)])],
      )
      const rows = found.filter((row) => wanted.has(keyText(keyOf(collection, row))))
      const referenced =
        action === 'delete' ? await referencedRows(driver, referring, rows) : new Set<number>()
      const batch: EndedBatch = {
        ...batchChanges(collection, action, rows, { referenced, hash }),
        holdIds: part.map((h) => h.id),
      }
      const seq = run.batches + 1
      const cursor = ctx.encryption.encrypt(encodeValues([seq]), batchContext(run.id))
      await insertBatch(ctx.db, {
        run_id: run.id,
        seq,
        status: 'started',
        changes_encrypted: ctx.encryption.encrypt(encodeValues(batch), batchContext(run.id)),
        cursor_encrypted: cursor,
        deletes: batch.deletes.length,
        masks: batch.updates.length,
        shared: batch.referenced,
        key_hashes: JSON.stringify(rows.map((row) => keyHash(keyOf(collection, row)))),
      })
      await apply(driver, collection, batch)
      run = await finish(ctx, org.id, run, seq, batch, cursor)
    }
  } finally {
    await driver.close()
  }
  return inTransaction(ctx, async (tx) => {
    const hashes = (
      await tx.db
        .selectFrom('retention_run_batches')
        .select('key_hashes')
        .where('run_id', '=', run.id)
        .execute()
    ).flatMap((b) => b.key_hashes)
    const done = await updateRun(tx.db, run.id, { status: 'completed', ended_at: new Date() })
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'retention.run_completed',
      targetType: 'retention_run',
      targetId: run.id,
      summary: {
        kind: 'ended_holds',
        rule: run.rule_key,
        dataset: dataset.key,
        system: dataset.systemKey,
        collection: collection.name,
        action,
        deleted: Number(done.rows_deleted),
        masked: Number(done.rows_masked),
        maskedInsteadOfDeleted: Number(done.rows_shared),
        startedAt: run.started_at,
        endedAt: done.ended_at,
        keys: hashes.length,
        keyHashes: hashes.length <= 1000 ? hashes : undefined,
        keyHashesDigest: createHash('sha256').update(hashes.join('\n')).digest('hex'),
      },
    })
    return done
  })
}

async function apply(driver: Driver, collection: DatasetCollection, batch: BatchChanges): Promise<void> {
  if (batch.deletes.length === 0 && batch.updates.length === 0) return
  await driver.write(async (writer) => {
    if (batch.updates.length) await writer.updateRows(collection, [...batch.updates])
    if (batch.deletes.length) await writer.deleteRows(collection, [...batch.deletes])
  })
}

function finish(
  ctx: AppContext,
  organizationId: string,
  run: RunRow,
  seq: number,
  batch: EndedBatch,
  cursor: string,
): Promise<RunRow> {
  return inTransaction(ctx, async (tx) => {
    await markBatchDone(tx.db, run.id, seq)
    await releaseHolds(tx.db, organizationId, batch.holdIds, new Date())
    return updateRun(tx.db, run.id, {
      batches: seq,
      cursor_encrypted: cursor,
      rows_deleted: Number(run.rows_deleted) + batch.deletes.length,
      rows_masked: Number(run.rows_masked) + batch.updates.length,
      rows_shared: Number(run.rows_shared) + batch.referenced,
    })
  })
}
