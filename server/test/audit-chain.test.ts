import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditAction } from '../src/audit/actions'
import { systemActor } from '../src/audit/actor'
import { recordAudit } from '../src/audit/audit-log'
import { eventHash, GENESIS_HASH, legacyEventHash } from '../src/audit/chain'
import { appendCheckpoint, readCheckpointFile } from '../src/audit/checkpoint'
import { type ChainReport, verifyAuditChain } from '../src/audit/verify'
import type { Database } from '../src/db/database'
import { keyAuditChain as keyChain } from '../src/db/migrations/0008-audit-key-and-accounts'
import type { AuditEventRow, DB } from '../src/db/schema'
import { createTestDatabase } from './support/database'

class Rollback extends Error {}

/** Runs an attack and the verification inside one transaction that is then rolled back, leaving the chain intact. */
async function underAttack(
  db: Kysely<DB>,
  attack: (trx: Kysely<DB>) => Promise<ChainReport>,
): Promise<ChainReport> {
  let report: ChainReport | undefined
  await db
    .transaction()
    .execute(async (trx) => {
      report = await attack(trx)
      throw new Rollback()
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error
    })
  if (!report) throw new Error('no report')
  return report
}

const events = (db: Kysely<DB>) => db.selectFrom('audit_events').selectAll().orderBy('seq').execute()

/** What someone with database access but without the key can do: re-hash from `fromSeq` on and move the head. */
async function rehashFrom(
  db: Kysely<DB>,
  fromSeq: number,
  hashOf: (fields: Omit<AuditEventRow, 'hash'>) => string,
) {
  const rows = await events(db)
  let prev = rows.find((r) => r.seq === fromSeq - 1)?.hash ?? GENESIS_HASH
  for (const row of rows.filter((r) => r.seq >= fromSeq)) {
    const { hash: _old, ...fields } = { ...row, prev_hash: prev }
    const hash = hashOf(fields)
    await db.updateTable('audit_events').set({ prev_hash: prev, hash }).where('seq', '=', row.seq).execute()
    prev = hash
  }
  const last = rows.at(-1)
  if (last)
    await db.updateTable('audit_chain_head').set({ seq: last.seq, hash: prev }).where('id', '=', 1).execute()
}

const append = (db: Kysely<DB>, action: AuditAction, summary: Record<string, unknown>) =>
  db.transaction().execute((trx) =>
    recordAudit(trx, systemActor('test'), {
      organizationId: null,
      action,
      targetType: 'organization',
      targetId: null,
      summary,
    }),
  )

describe('audit log keyed hash chain (Art. 5(2) accountability: tamper-evident history)', () => {
  let database: Database
  const dir = mkdtempSync(join(tmpdir(), 'custos-audit-'))
  const checkpointFile = join(dir, 'audit-checkpoints.jsonl')
  beforeAll(async () => {
    database = await createTestDatabase(randomBytes(32))
  })
  afterAll(async () => {
    await database.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('keeps events written before the chain was keyed as sealed legacy events, and keys every later one', async () => {
    // An installation upgraded from the unkeyed chain: three SHA-256 events exist when migration 0008 runs.
    const db = database.db
    await sql`drop table audit_chain_legacy`.execute(db)
    let prev = GENESIS_HASH
    for (let seq = 1; seq <= 3; seq++) {
      const fields = {
        seq,
        organization_id: null,
        actor_type: 'system' as const,
        actor_id: null,
        actor_label: 'before the upgrade',
        action: 'test.legacy',
        target_type: 'test',
        target_id: String(seq),
        request_id: null,
        occurred_at: new Date(`2026-11-2${seq}T10:00:00Z`),
        summary: { seq },
        prev_hash: prev,
      }
      prev = legacyEventHash(fields)
      await db
        .insertInto('audit_events')
        .values({ ...fields, summary: JSON.stringify(fields.summary), hash: prev })
        .execute()
    }
    await db.insertInto('audit_chain_head').values({ id: 1, seq: 3, hash: prev }).execute()
    await keyChain(db as unknown as Kysely<unknown>)
    for (let i = 0; i < 6; i++) await append(db, 'organization.updated', { test: 'event', i })

    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 9, legacyUntil: 3, problems: [] })
    const keyed = (await events(db)).filter((r) => r.seq > 3)
    expect(keyed.every((r) => r.hash !== legacyEventHash(r))).toBe(true)
  })

  it('verifies an untouched chain, appended by concurrent transactions, and anchors it in a checkpoint file', async () => {
    await Promise.all(
      [1, 2, 3, 4].map((i) => append(database.db, 'organization.updated', { test: 'parallel', i })),
    )
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 13, problems: [] })

    const at = new Date('2026-12-01T10:05:00Z')
    expect(await appendCheckpoint(database.db, checkpointFile, at)).toMatchObject({ written: true })
    expect(await appendCheckpoint(database.db, checkpointFile, at)).toMatchObject({
      written: false,
      reason: 'unchanged',
    })
    await append(database.db, 'organization.updated', { test: 'after-checkpoint' })
    expect(await appendCheckpoint(database.db, checkpointFile, at)).toMatchObject({ written: true })
    const checkpoints = await readCheckpointFile(checkpointFile)
    expect(checkpoints.map((c) => c.seq)).toEqual([13, 14])
    expect(await verifyAuditChain(database.db, { checkpoints })).toMatchObject({ ok: true, checked: 14 })
  })

  it('detects a middle event rewritten and the rest of the chain re-hashed by someone without the key', async () => {
    for (const hashOf of [
      legacyEventHash,
      (f: Omit<AuditEventRow, 'hash'>) => eventHash(f, randomBytes(32)),
    ]) {
      const report = await underAttack(database.db, async (trx) => {
        await sql`update audit_events set summary = '{"i": 99}' where seq = 6`.execute(trx)
        await rehashFrom(trx, 6, hashOf)
        return verifyAuditChain(trx)
      })
      expect(report.ok).toBe(false)
      expect(report.problems).toContainEqual({ kind: 'altered', seq: 6 })
    }
  })

  it('detects a cut-off tail with a moved head through the checkpoints, not without them', async () => {
    const checkpoints = await readCheckpointFile(checkpointFile)
    const cut = async (trx: Kysely<DB>) => {
      await trx.deleteFrom('audit_events').where('seq', '>', 12).execute()
      const last = await trx
        .selectFrom('audit_events')
        .select('hash')
        .where('seq', '=', 12)
        .executeTakeFirstOrThrow()
      await trx
        .updateTable('audit_chain_head')
        .set({ seq: 12, hash: last.hash })
        .where('id', '=', 1)
        .execute()
    }
    const withoutAnchor = await underAttack(database.db, async (trx) => {
      await cut(trx)
      return verifyAuditChain(trx)
    })
    expect(withoutAnchor.ok).toBe(true)
    const anchored = await underAttack(database.db, async (trx) => {
      await cut(trx)
      expect(await appendCheckpoint(trx, checkpointFile, new Date())).toMatchObject({
        written: false,
        reason: 'chain-diverged',
      })
      return verifyAuditChain(trx, { checkpoints })
    })
    expect(anchored.ok).toBe(false)
    expect(anchored.problems).toContainEqual({ kind: 'truncated', seq: 14 })
    expect((await readCheckpointFile(checkpointFile)).map((c) => c.seq)).toEqual([13, 14])
  })

  it('rejects an edited checkpoint, and one whose event was rewritten', async () => {
    const [first] = await readCheckpointFile(checkpointFile)
    if (!first) throw new Error('no checkpoint')
    const edited = { ...first, seq: 40 }
    expect((await verifyAuditChain(database.db, { checkpoints: [edited] })).problems).toEqual([
      { kind: 'checkpoint-invalid', seq: 40 },
    ])
    const rewritten = await underAttack(database.db, async (trx) => {
      await rehashFrom(trx, 13, legacyEventHash)
      return verifyAuditChain(trx, { checkpoints: [first] })
    })
    expect(rewritten.problems).toContainEqual({ kind: 'checkpoint-mismatch', seq: 13 })
    writeFileSync(join(dir, 'garbage.jsonl'), '{"version":1}\n')
    await expect(readCheckpointFile(join(dir, 'garbage.jsonl'))).rejects.toThrow(/line 1/)
    expect(readFileSync(checkpointFile, 'utf8').trim().split('\n')).toHaveLength(2)
  })

  it('detects a moved or removed legacy boundary, and a re-hashed legacy event', async () => {
    const moved = await underAttack(database.db, async (trx) => {
      const tenth = await trx
        .selectFrom('audit_events')
        .select('hash')
        .where('seq', '=', 10)
        .executeTakeFirstOrThrow()
      await trx.updateTable('audit_chain_legacy').set({ until_seq: 10, until_hash: tenth.hash }).execute()
      return verifyAuditChain(trx)
    })
    expect(moved.problems).toContainEqual({ kind: 'legacy-boundary-forged', seq: 10 })
    const removed = await underAttack(database.db, async (trx) => {
      await trx.deleteFrom('audit_chain_legacy').execute()
      return verifyAuditChain(trx)
    })
    expect(removed.problems).toContainEqual({ kind: 'altered', seq: 1 })
    const legacyRewritten = await underAttack(database.db, async (trx) => {
      await sql`update audit_events set actor_label = 'someone else' where seq = 2`.execute(trx)
      await rehashFrom(trx, 2, legacyEventHash)
      return verifyAuditChain(trx)
    })
    expect(legacyRewritten.ok).toBe(false)
  })

  it('detects an edited summary, then a deleted row, then a deleted newest row', async () => {
    await sql`update audit_events set summary = '{"i": 99}' where seq = 6`.execute(database.db)
    expect((await verifyAuditChain(database.db)).problems).toContainEqual({ kind: 'altered', seq: 6 })

    await sql`delete from audit_events where seq = 8`.execute(database.db)
    const afterDelete = await verifyAuditChain(database.db)
    expect(afterDelete.problems).toContainEqual({ kind: 'missing', seq: 8 })
    expect(afterDelete.problems).toContainEqual({ kind: 'broken-link', seq: 9 })

    await sql`delete from audit_events where seq = (select max(seq) from audit_events)`.execute(database.db)
    const afterTail = await verifyAuditChain(database.db)
    expect(afterTail.problems.some((p) => p.kind === 'head-mismatch')).toBe(true)
    expect(afterTail.ok).toBe(false)
  })
})
