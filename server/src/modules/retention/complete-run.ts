import { createHash } from 'node:crypto'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Organization } from '../organizations'
import { runRenewals } from './presenter'
import { type RunRow, updateRun } from './repository'

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
    const batches = await tx.db
      .selectFrom('retention_run_batches')
      .select('key_hashes')
      .where('run_id', '=', run.id)
      .orderBy('seq')
      .execute()
    const hashes = batches.flatMap((b) => b.key_hashes)
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
          keys: hashes.length,
          // Keyed hashes of the keys (HMAC, per organisation): proof of which rows went, without the keys.
          keyHashes: hashes.length <= 1000 ? hashes : undefined,
          keyHashesDigest: createHash('sha256').update(hashes.join('\n')).digest('hex'),
        },
      },
    )
    return done
  })
}
