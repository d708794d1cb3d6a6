import { createHash } from 'node:crypto'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Organization } from '../organizations'
import { runRenewals } from './presenter'
import { type RunRow, updateRun } from './repository'

/** Batches read at once when the run's key hashes are digested. */
const BATCHES_PER_READ = 20
/** Up to this many keys the audit record lists each hash, beyond only their digest. */
const LISTED_HASHES = 1000

export interface RunLabels {
  rule: string
  dataset: string
  system: string
  collection: string
}

/**
 * Marks a run completed and writes its proof to the audit log in the same transaction: `retention.run_completed`
 * with the counts, the cutoff, who approved, start and end, and the keyed hashes of the keys (never the keys).
 */
export async function completeRun(
  ctx: AppContext,
  org: Organization,
  target: RunLabels,
  run: RunRow,
): Promise<RunRow> {
  return inTransaction(ctx, async (tx) => {
    // The batches' hashes are read a few batches at a time into one digest: memory stays flat however many rows.
    // A batch deleted in one statement has one keyed hash over its recorded changes instead of one per key
    // (decision 0114): its keys are counted from the batch, and no hash is listed per key for the run.
    const digest = createHash('sha256')
    let keys = 0
    let hashes = 0
    let perBatch = false
    let listed: string[] | undefined = []
    for (let after = 0; ; ) {
      const batches = await tx.db
        .selectFrom('retention_run_batches')
        .select(['seq', 'key_hashes', 'proof', 'deletes', 'masks'])
        .where('run_id', '=', run.id)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(BATCHES_PER_READ)
        .execute()
      for (const batch of batches) {
        const batchProof = batch.proof === 'batch'
        if (batchProof) {
          perBatch = true
          listed = undefined
          keys += batch.deletes + batch.masks
        }
        for (const hash of batch.key_hashes) {
          digest.update(hashes === 0 ? hash : `\n${hash}`)
          hashes++
          if (batchProof) continue
          keys++
          if (listed && listed.push(hash) > LISTED_HASHES) listed = undefined
        }
        after = batch.seq
      }
      if (batches.length < BATCHES_PER_READ) break
    }
    const done = await updateRun(tx.db, run.id, { status: 'completed', reason: null, ended_at: new Date() })
    await recordAudit(
      tx.db,
      { type: 'system', id: null, label: run.started_by_label, requestId: null },
      {
        organizationId: org.id,
        action: 'retention.run_completed',
        targetType: 'retention_run',
        targetId: run.id,
        summary: {
          rule: target.rule,
          dataset: target.dataset,
          system: target.system,
          collection: target.collection,
          action: run.action,
          cutoff: run.cutoff,
          deleted: Number(done.rows_deleted),
          masked: Number(done.rows_masked),
          maskedInsteadOfDeleted: Number(done.rows_shared),
          withheldShared: Number(done.rows_withheld ?? 0),
          // Renewal by consent: how many people a valid consent left out, and until when (never who).
          ...(run.consent_purpose ? { renewedByConsent: runRenewals(run) } : {}),
          approvedBy: run.approved_by_label,
          startedAt: run.started_at,
          endedAt: done.ended_at,
          keys,
          // Keyed hashes of the keys (HMAC, per organisation): proof of which rows went, without the keys.
          keyHashes: listed,
          keyHashesDigest: digest.digest('hex'),
          // Decision 0114: some batches are proven by one keyed hash over their recorded changes (the digest is
          // over the hashes as stored, per key or per batch, in the order of the batches).
          ...(perBatch ? { keyHashesPerBatch: true } : {}),
        },
      },
    )
    return done
  })
}
