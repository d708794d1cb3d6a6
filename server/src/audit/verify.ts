import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import { eventHash, GENESIS_HASH } from './chain'

export type ChainProblem =
  | { kind: 'altered'; seq: number }
  | { kind: 'missing'; seq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'head-mismatch'; seq: number }

export interface ChainReport {
  ok: boolean
  checked: number
  problems: ChainProblem[]
}

const PAGE = 1000

/** Walks the whole chain in order and reports every edited, removed or re-linked event. */
export async function verifyAuditChain(
  db: Kysely<DB>,
  onProgress?: (checked: number) => void,
): Promise<ChainReport> {
  const problems: ChainProblem[] = []
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
      const { hash, ...fields } = row
      if (eventHash(fields) !== hash) problems.push({ kind: 'altered', seq: row.seq })
      prevHash = hash
      expectedSeq = row.seq + 1
      checked++
    }
    onProgress?.(checked)
  }
  const head = await db.selectFrom('audit_chain_head').selectAll().where('id', '=', 1).executeTakeFirst()
  const lastSeq = expectedSeq - 1
  if ((head && (head.seq !== lastSeq || head.hash !== prevHash)) || (!head && checked > 0)) {
    problems.push({ kind: 'head-mismatch', seq: head?.seq ?? lastSeq })
  }
  return { ok: problems.length === 0, checked, problems }
}
