import { performance } from 'node:perf_hooks'
import type { Driver, DueScan } from '../../connectors/driver'
import { erasureHasher } from '../../connectors/engine/erasure-hash'
import { decodeValues, encodeValues } from '../../connectors/engine/row-codec'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import { keyOf } from '../../domain/datasets/write-plan'
import { type BatchSizing, batchSizing } from '../../domain/retention/batch-size'
import {
  type BatchChanges,
  batchChanges,
  referringFields,
  sweepStrategies,
} from '../../domain/retention/sweep-plan'
import type { Organization } from '../organizations'
import { completeRun } from './complete-run'
import { referencedRows } from './referenced-rows'
import { findStartedBatch, insertBatch, markBatchDone, type RunRow, updateRun } from './repository'
import { type DuePage, type DueSource, keyText, scanOf } from './sources'
import type { SweepTarget } from './targets'

/** Rows of the first batch; later batches are sized to take about TARGET_BATCH_MS each (batch-size.ts). */
export const DEFAULT_BATCH_SIZE = 1000
/** A range delete running longer than this is stopped and its batch deleted by key in halves. */
export const STATEMENT_TIMEOUT_MS = 1000
/**
 * A batch deleted in one statement (decision 0114) keeps its transaction open while the batch is recorded in Custos:
 * its statement stops earlier, so that the whole transaction stays under a second.
 */
export const RECORDED_DELETE_TIMEOUT_MS = 750

export const runCursorContext = (runId: string) => `retention-run:${runId}`

export interface BatchOptions {
  /** A fixed number of rows per batch (tests); without it the size adapts to the target batch time. */
  batchSize?: number
  /** The time a batch should take to apply (default TARGET_BATCH_MS). */
  targetBatchMs?: number
  /** The statement timeout of a range delete (default STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number
  /** Tests: called after a batch was applied to the system and before it is recorded as done. */
  afterApply?: (run: RunRow, seq: number) => void | Promise<void>
  /**
   * Tests: called when a batch deleted in one statement (decision 0114) was recorded, before the system's
   * transaction commits - throwing here stops the run there (the delete is rolled back, the batch stays recorded).
   */
  afterRecord?: (run: RunRow, seq: number) => void | Promise<void>
  /** Benchmarks: read pages (the path of decision 0111) even where a batch could be one statement (0114). */
  pages?: boolean
  /** Benchmarks: each batch's rows and the time its write transaction(s) took, begin to commit, as the client saw it. */
  onBatchApplied?: (rows: number, ms: number) => void
}

/**
 * Applies a run's batches (decision 0111). Each batch: the due rows of one page in key order are recorded (their
 * exact changes, encrypted, and the keyed hashes of their keys) before anything changes, applied, then marked done
 * with the run's counts - so a run killed at any point resumes with the recorded batch and the next key, applying
 * and counting nothing twice. A delete whose page holds no held or referred-to row is one DELETE over the page's key
 * range with the scan's own conditions (committed only if it removed exactly the recorded keys); every other batch
 * changes rows by key. For a sweep by date field the next page is read while the current batch is applied. A delete
 * sweep by date field with nothing held back or referred to skips the pages: each batch is one statement recorded
 * before its commit (decision 0114, deleteInStatements).
 */
export async function applyBatches(
  ctx: AppContext,
  org: Organization,
  target: SweepTarget,
  driver: Driver,
  startRun: RunRow,
  source: DueSource,
  held: ReadonlySet<string>,
  options: BatchOptions,
): Promise<RunRow> {
  let run = startRun
  const action = target.rule.action ?? 'mask'
  const hash = erasureHasher(ctx.config.secretKey, org.id)
  const keyHash = (key: readonly unknown[]) => hash(`retention-key:${encodeValues(key)}`).slice(0, 32)
  const strategies = sweepStrategies(target.collection, action)
  const referring = referringFields(target.dataset.document, target.collection.name)
  // A delete that no other collection refers to needs only the keys; else the fields a mask sets, and the
  // fields other collections refer to.
  const fields =
    action === 'delete' && referring.length === 0
      ? []
      : [...strategies.map(([f]) => f.name), ...new Set(referring.map((r) => r.target))]
  const sizing = batchSizing(options.batchSize ?? DEFAULT_BATCH_SIZE, {
    fixed: options.batchSize !== undefined,
    ...(options.targetBatchMs ? { targetMs: options.targetBatchMs } : {}),
  })
  const byRange = byRangeOf(target)
  const apply = {
    driver,
    target,
    scan: scanOf(target),
    sizing,
    timeoutMs: options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS,
  }

  // A batch recorded but not marked done (a crash between the write and the record): applied again as recorded.
  const started = await findStartedBatch(ctx.db, run.id)
  if (started) {
    const changes = recordedChanges(
      started.proof,
      ctx.encryption.decrypt(started.changes_encrypted, runCursorContext(run.id)),
    )
    // A sweep by date field deletes only recorded rows still due (one whose date moved forward since stays).
    if (byRangeOf(target) && changes.updates.length === 0 && driver.retention)
      await driver.retention.deleteDueKeys(target.collection, scanOf(target), changes.deletes)
    else await applyByKey(driver, target, changes)
    run = await finishBatch(ctx, run, started.seq, started.cursor_encrypted, {
      deletes: started.deletes,
      masks: started.masks,
      shared: started.shared,
      withheld: started.withheld,
    })
  }
  let after = run.cursor_encrypted
    ? decodeValues<unknown[]>(ctx.encryption.decrypt(run.cursor_encrypted, runCursorContext(run.id)))
    : null
  // A delete by date field that nothing holds back or refers to: each batch is one statement (decision 0114).
  const oneStatement = byRange && action === 'delete' && referring.length === 0 && held.size === 0
  if (oneStatement && !options.pages && driver.retention) {
    const timeoutMs = options.statementTimeoutMs ?? RECORDED_DELETE_TIMEOUT_MS
    const swept = await deleteInStatements(
      ctx,
      target,
      driver,
      run,
      { ...apply, timeoutMs, hash, options },
      after,
    )
    if (swept) return completeRun(ctx, org, labelsOf(target), swept)
  }
  const read = (from: unknown[] | null): Promise<DuePage> => {
    const page = source.page(from, sizing.size, fields)
    page.catch(() => undefined) // awaited below; a prefetch the run no longer needs must not go unhandled
    return page
  }
  let next: Promise<DuePage> | null = read(after)
  while (next) {
    const page: DuePage = await next
    next = byRange && !page.done ? read(page.cursor) : null
    const rows = page.rows.filter((row) => !held.has(keyText(keyOf(target.collection, row))))
    if (rows.length === 0 && page.withheld === 0) {
      // Nothing to change on this page (every row held, or people with no rows here): read on, record nothing.
      if (page.done) break
      after = page.cursor
      next ??= read(after)
      continue
    }
    const last = page.cursor as unknown[]
    const referenced = action === 'delete' ? await referencedRows(driver, referring, rows) : new Set<number>()
    const changes = batchChanges(target.collection, action, rows, { referenced, hash })
    const seq = run.batches + 1
    const cursor = ctx.encryption.encrypt(encodeValues(last), runCursorContext(run.id))
    const counts = {
      deletes: changes.deletes.length,
      masks: changes.updates.length,
      shared: changes.referenced,
      withheld: page.withheld,
    }
    await insertBatch(ctx.db, {
      run_id: run.id,
      seq,
      status: 'started',
      changes_encrypted: ctx.encryption.encrypt(encodeValues(changes), runCursorContext(run.id)),
      cursor_encrypted: cursor,
      ...counts,
      key_hashes: JSON.stringify(rows.map((row) => keyHash(keyOf(target.collection, row)))),
    })
    // By range only when the page held nothing back and no row of it is referred to by another collection (those
    // are masked or left, by key - a range DELETE would remove them or fail on a declared foreign key).
    const range =
      byRange && rows.length === page.rows.length && changes.referenced === 0 ? { after, last } : null
    const began = performance.now()
    const deleted = await applyBatch(apply, changes, range)
    options.onBatchApplied?.(deleted.length + changes.updates.length, performance.now() - began)
    await options.afterApply?.(run, seq)
    // Recorded rows that were no longer due when deleted stayed: the batch is recorded and counted as it went.
    const rewrite =
      deleted.length === changes.deletes.length
        ? null
        : {
            changes_encrypted: ctx.encryption.encrypt(
              encodeValues({ ...changes, deletes: deleted }),
              runCursorContext(run.id),
            ),
            key_hashes: JSON.stringify(deleted.map((key) => keyHash(key))),
          }
    if (rewrite) counts.deletes = deleted.length
    run = await finishBatch(ctx, run, seq, cursor, counts, rewrite)
    after = last
    if (page.done) break
    next ??= read(after)
  }
  return completeRun(ctx, org, labelsOf(target), run)
}

const labelsOf = (target: SweepTarget) => ({
  rule: target.rule.key,
  dataset: target.dataset.key,
  system: target.dataset.systemKey,
  collection: target.collection.name,
})

/**
 * Decision 0114: each batch is one DELETE of the next due rows after the cursor, whose keys come back folded into
 * one JSON text; while the system's transaction is still open, the batch is recorded in Custos (that text, encrypted,
 * as the batch's changes; one keyed hash over it as the batch's proof), then committed on the system; it is marked
 * done in the Custos transaction that records the next batch (one commit in Custos per batch), the last one alone.
 * A crash before the record leaves nothing; between the record and the system's commit, the delete is rolled
 * back and the resumed run deletes the recorded keys (with the due conditions); after the commit, the resumed run
 * deletes nothing and counts the batch once. A statement past its timeout is rolled back and retried half as large.
 * Answers the run after its last batch, or null when the system cannot delete so (the caller reads pages).
 */
async function deleteInStatements(
  ctx: AppContext,
  target: SweepTarget,
  driver: Driver,
  startRun: RunRow,
  apply: Applier & { hash: (value: string) => string; options: BatchOptions },
  from: unknown[] | null,
): Promise<RunRow | null> {
  const scanner = driver.retention
  if (!scanner?.deleteNextDue) return null
  const { sizing, options } = apply
  let run = startRun
  let after = from
  // The batch committed on the system and not yet marked done: marked in the transaction that records the next one.
  let committed: { seq: number; cursor: string; deletes: number } | null = null
  const counts = (deletes: number) => ({ deletes, masks: 0, shared: 0, withheld: 0 })
  for (;;) {
    const seq: number = (committed?.seq ?? run.batches) + 1
    const limit = sizing.size
    let cursor = ''
    const began = performance.now()
    const batch = await scanner.deleteNextDue(
      target.collection,
      apply.scan,
      after,
      limit,
      apply.timeoutMs,
      async (deleted) => {
        // The batch's changes: the system's text of the keys, as it came (recordedChanges reads it back).
        const changes = `{"keys":${deleted.keys}}`
        cursor = ctx.encryption.encrypt(encodeValues(deleted.last), runCursorContext(run.id))
        const done = committed
        run = await inTransaction(ctx, async (ctx) => {
          const marked = done
            ? await finishBatchIn(ctx.db, run, done.seq, done.cursor, counts(done.deletes))
            : run
          await insertBatch(ctx.db, {
            run_id: run.id,
            seq,
            status: 'started',
            changes_encrypted: ctx.encryption.encrypt(changes, runCursorContext(run.id)),
            cursor_encrypted: cursor,
            ...counts(deleted.count),
            key_hashes: JSON.stringify([batchProofHash(apply.hash, changes)]),
            proof: 'batch',
          })
          return marked
        })
        committed = null
        await options.afterRecord?.(run, seq)
      },
    )
    if (batch === null) return seq === startRun.batches + 1 ? null : run
    if (batch === 'timeout') {
      if (limit <= 1)
        throw new Error('A due row stayed locked by another transaction past the statement timeout')
      sizing.halve()
      continue
    }
    const ms = performance.now() - began
    if (batch.count > 0) {
      options.onBatchApplied?.(batch.count, ms)
      sizing.observe(batch.count, ms)
      await options.afterApply?.(run, seq)
      committed = { seq, cursor, deletes: batch.count }
    }
    // Fewer rows picked than asked: no due row after them. Picked rows skipped (changed meanwhile) do not stop the run.
    if (batch.picked < limit || batch.last === null) break
    after = batch.last
  }
  const last: { seq: number; cursor: string; deletes: number } | null = committed
  return last ? finishBatch(ctx, run, last.seq, last.cursor, counts(last.deletes)) : run
}

/**
 * A batch's recorded changes, from their decrypted text: a batch deleted in one statement (proof 'batch', decision
 * 0114) recorded only the keys of its one key column (`{"keys":[...]}`), every other batch its BatchChanges.
 */
export function recordedChanges(proof: 'keys' | 'batch', text: string): BatchChanges {
  if (proof !== 'batch') return decodeValues<BatchChanges>(text)
  const { keys } = JSON.parse(text) as { keys: unknown[] }
  return { deletes: keys.map((key) => [key]), updates: [], referenced: 0 }
}

/**
 * The proof of a batch deleted in one statement (decision 0114): the organisation's keyed hash (HMAC-SHA-256, as a
 * key's) over the batch's recorded changes - the exact text stored encrypted as the batch's changes.
 */
export const batchProofHash = (hash: (value: string) => string, changes: string) =>
  hash(`retention-batch:${changes}`).slice(0, 32)

interface Applier {
  driver: Driver
  target: SweepTarget
  scan: DueScan
  sizing: BatchSizing
  timeoutMs: number
}

const byRangeOf = (target: SweepTarget) => !target.subjectEvent

/**
 * One batch: a delete-only batch over a key range that held nothing back is one range DELETE (if the rows in the
 * range are no longer exactly the recorded ones, or it ran past the timeout, it is rolled back and the batch is
 * deleted by key with the scan's due conditions - in halves after a timeout, and the next batches are half as
 * large); others change rows by key. Answers the keys deleted (after a range fallback, only the rows still due).
 */
async function applyBatch(
  { driver, target, scan, sizing, timeoutMs }: Applier,
  changes: BatchChanges,
  range: { after: unknown[] | null; last: unknown[] } | null,
): Promise<readonly unknown[][]> {
  const rows = changes.deletes.length + changes.updates.length
  const began = performance.now()
  let parts = 1
  if (range && changes.updates.length === 0 && changes.deletes.length > 0 && driver.retention) {
    const outcome = await driver.retention.deleteDueRange(
      target.collection,
      scan,
      range,
      changes.deletes,
      timeoutMs,
    )
    if (outcome === 'deleted') {
      sizing.observe(rows, performance.now() - began)
      return changes.deletes
    }
    if (outcome === 'timeout') {
      sizing.halve()
      parts = 2
    }
    const deleted: unknown[][] = []
    const size = Math.ceil(changes.deletes.length / parts)
    for (let i = 0; i < parts; i++)
      deleted.push(
        ...(await driver.retention.deleteDueKeys(
          target.collection,
          scan,
          changes.deletes.slice(i * size, (i + 1) * size),
        )),
      )
    if (parts === 1) sizing.observe(rows, performance.now() - began)
    return deleted
  }
  const size = Math.ceil(changes.deletes.length / parts) || 1
  for (let i = 0; i < parts; i++) {
    const deletes = changes.deletes.slice(i * size, (i + 1) * size)
    await applyByKey(driver, target, { ...changes, deletes, updates: i === 0 ? changes.updates : [] })
  }
  if (parts === 1) sizing.observe(rows, performance.now() - began)
  return changes.deletes
}

async function applyByKey(driver: Driver, target: SweepTarget, changes: BatchChanges): Promise<void> {
  if (changes.deletes.length === 0 && changes.updates.length === 0) return
  await driver.write(async (writer) => {
    if (changes.updates.length) await writer.updateRows(target.collection, [...changes.updates])
    if (changes.deletes.length) await writer.deleteRows(target.collection, [...changes.deletes])
  })
}

type BatchCounts = { deletes: number; masks: number; shared: number; withheld: number }

function finishBatch(
  ctx: AppContext,
  run: RunRow,
  seq: number,
  cursor: string,
  counts: BatchCounts,
  rewrite: { changes_encrypted: string; key_hashes: string } | null = null,
): Promise<RunRow> {
  return inTransaction(ctx, (tx) => finishBatchIn(tx.db, run, seq, cursor, counts, rewrite))
}

/** Marks a batch done and moves the run's cursor and counts on, in the caller's transaction. */
async function finishBatchIn(
  db: TxContext['db'],
  run: RunRow,
  seq: number,
  cursor: string,
  counts: BatchCounts,
  rewrite: { changes_encrypted: string; key_hashes: string } | null = null,
): Promise<RunRow> {
  if (rewrite)
    await db
      .updateTable('retention_run_batches')
      .set({ ...rewrite, deletes: counts.deletes })
      .where('run_id', '=', run.id)
      .where('seq', '=', seq)
      .where('status', '=', 'started')
      .execute()
  const marked = await markBatchDone(db, run.id, seq)
  if (Number(marked.numUpdatedRows) === 0) throw new Error(`Batch ${seq} of run ${run.id} was already done`)
  return updateRun(db, run.id, {
    batches: seq,
    cursor_encrypted: cursor,
    rows_deleted: Number(run.rows_deleted) + counts.deletes,
    rows_masked: Number(run.rows_masked) + counts.masks,
    rows_shared: Number(run.rows_shared) + counts.shared,
    rows_withheld: Number(run.rows_withheld) + counts.withheld,
  })
}
