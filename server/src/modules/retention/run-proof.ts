import { createHash } from 'node:crypto'
import { erasureHasher } from '../../connectors/engine/erasure-hash'
import { encodeValues } from '../../connectors/engine/row-codec'
import type { AppContext } from '../../context'
import type { Organization } from '../organizations'
import { findRun, listRunProofs } from './repository'
import { batchProofHash, recordedChanges, runCursorContext } from './sweep-batches'

export interface KeyProof {
  /** The batch that removed or masked the key, or null when no batch of the run did. */
  batch: number | null
  /** Every batch's hashes match what it recorded, and their digest the run's audit record. */
  intact: boolean
}

const BATCHES_PER_READ = 20

/**
 * Checks, for one key of the swept collection (its values in primary-key order, as text), whether a completed run
 * removed or masked it and in which batch (decisions 0031, 0114): a batch proven per key holds the key's keyed
 * hash; a batch proven by one keyed hash over its recorded changes holds the key in those changes, and that hash must
 * match them. Null for a run not of the organisation. Also recomputes the digest over all the run's hashes and compares it with its audit record.
 */
export async function proveKey(
  ctx: AppContext,
  org: Organization,
  runId: string,
  key: readonly string[],
): Promise<KeyProof | null> {
  if (!(await findRun(ctx.db, org.id, runId))) return null
  const hash = erasureHasher(ctx.config.secretKey, org.id)
  // A key read from the system was text (PostgreSQL) or a number (MySQL/MariaDB integers): both forms are tried.
  const forms = [key, key.map((v) => (/^-?\d{1,15}$/.test(v) ? Number(v) : v))]
  const keyHashes = new Set(forms.map((k) => hash(`retention-key:${encodeValues(k)}`).slice(0, 32)))
  const wanted = key.join('\u0000')
  const digest = createHash('sha256')
  let hashes = 0
  let found: number | null = null
  let intact = true
  for (let after = 0; ; ) {
    const batches = await ctx.db
      .selectFrom('retention_run_batches')
      .select(['seq', 'key_hashes', 'proof', 'changes_encrypted'])
      .where('run_id', '=', runId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCHES_PER_READ)
      .execute()
    for (const batch of batches) {
      for (const h of batch.key_hashes) digest.update(hashes++ === 0 ? h : `\n${h}`)
      if (batch.proof === 'batch') {
        const changes = ctx.encryption.decrypt(batch.changes_encrypted, runCursorContext(runId))
        if (batch.key_hashes[0] !== batchProofHash(hash, changes)) intact = false
        const recorded = recordedChanges('batch', changes)
        const keys = [...recorded.deletes, ...recorded.updates.map((u) => u.key)]
        if (found === null && keys.some((k) => k.map(String).join('\u0000') === wanted)) found = batch.seq
      } else if (found === null && batch.key_hashes.some((h) => keyHashes.has(h))) found = batch.seq
      after = batch.seq
    }
    if (batches.length < BATCHES_PER_READ) break
  }
  const proof = (await listRunProofs(ctx.db, org.id, [runId])).get(runId)
  if (!proof || proof.digest !== digest.digest('hex')) intact = false
  return { batch: found, intact }
}
