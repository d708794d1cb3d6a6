import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import { emptiedSeal, eventHash, GENESIS_HASH, legacyBoundarySeal, legacyEventHash } from './chain'
import { type AuditCheckpoint, checkpointMacValid } from './checkpoint'
import { auditKeysOf } from './key'

export type ChainProblem =
  | { kind: 'altered'; seq: number }
  | { kind: 'missing'; seq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'head-mismatch'; seq: number }
  /** The recorded boundary between legacy (unkeyed) and keyed events is not the one sealed with the key. */
  | { kind: 'legacy-boundary-forged'; seq: number }
  /** The checkpoint file's own MAC is wrong: it was edited or made with another key. */
  | { kind: 'checkpoint-invalid'; seq: number }
  /** The chain ends before the checkpoint's event: events were removed from the tail. */
  | { kind: 'truncated'; seq: number }
  /** The event at the checkpoint's sequence has another hash than the checkpoint recorded. */
  | { kind: 'checkpoint-mismatch'; seq: number }

export interface ChainReport {
  ok: boolean
  checked: number
  /** Events up to this sequence were written before the chain was keyed (plain SHA-256); 0 when none. */
  legacyUntil: number
  problems: ChainProblem[]
}

const PAGE = 1000

/**
 * Walks the whole chain in order and reports every edited, removed or re-linked event. Events are checked with
 * the installation's HMAC key; those before the sealed legacy boundary with plain SHA-256. With a checkpoint
 * (written outside the database) it also detects a tail cut off together with a moved head.
 */
export async function verifyAuditChain(
  db: Kysely<DB>,
  options: { checkpoints?: AuditCheckpoint[]; onProgress?: (checked: number) => void } = {},
): Promise<ChainReport> {
  const keys = auditKeysOf(db)
  const problems: ChainProblem[] = []
  const legacy = await db.selectFrom('audit_chain_legacy').selectAll().where('id', '=', 1).executeTakeFirst()
  let legacyUntil = 0
  if (legacy) {
    if (legacy.seal !== legacyBoundarySeal(keys.chain, legacy.until_seq, legacy.until_hash))
      problems.push({ kind: 'legacy-boundary-forged', seq: legacy.until_seq })
    else legacyUntil = legacy.until_seq
  }
  // Only checkpoints made with this installation's key count; the others are reported and otherwise ignored.
  const anchors = new Map<number, string>()
  for (const checkpoint of options.checkpoints ?? []) {
    if (!checkpointMacValid(checkpoint, keys.checkpoint))
      problems.push({ kind: 'checkpoint-invalid', seq: checkpoint.seq })
    else if (checkpoint.seq > 0) anchors.set(checkpoint.seq, checkpoint.hash)
  }

  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  let checked = 0
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute()
    if (rows.length === 0) break
    for (const row of rows) {
      if (row.seq !== expectedSeq) problems.push({ kind: 'missing', seq: expectedSeq })
      if (row.prev_hash !== prevHash) problems.push({ kind: 'broken-link', seq: row.seq })
      const { hash, emptied_at, emptied_seal, ...fields } = row
      if (emptied_at) {
        // Emptied by a retention rule (decision 0085): its content is gone, so its seal stands in for its hash.
        if (emptied_seal !== emptiedSeal(keys.chain, hash, { ...fields, emptied_at }))
          problems.push({ kind: 'altered', seq: row.seq })
      } else {
        const expected = row.seq <= legacyUntil ? legacyEventHash(fields) : eventHash(fields, keys.chain)
        if (expected !== hash) problems.push({ kind: 'altered', seq: row.seq })
      }
      if (legacy && row.seq === legacyUntil && hash !== legacy.until_hash)
        problems.push({ kind: 'altered', seq: row.seq })
      const anchored = anchors.get(row.seq)
      if (anchored !== undefined && anchored !== hash)
        problems.push({ kind: 'checkpoint-mismatch', seq: row.seq })
      prevHash = hash
      expectedSeq = row.seq + 1
      checked++
    }
    options.onProgress?.(checked)
  }
  const head = await db.selectFrom('audit_chain_head').selectAll().where('id', '=', 1).executeTakeFirst()
  const lastSeq = expectedSeq - 1
  if ((head && (head.seq !== lastSeq || head.hash !== prevHash)) || (!head && checked > 0)) {
    problems.push({ kind: 'head-mismatch', seq: head?.seq ?? lastSeq })
  }
  const furthest = Math.max(0, ...anchors.keys())
  if (furthest > lastSeq) problems.push({ kind: 'truncated', seq: furthest })
  return { ok: problems.length === 0, checked, legacyUntil, problems }
}
