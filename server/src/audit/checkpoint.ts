import { createHmac, timingSafeEqual } from 'node:crypto'
import { appendFile, mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { DB } from '../db/schema'
import { canonicalJson } from './canonical-json'
import { auditKeysOf } from './key'

/**
 * An anchor of the audit chain outside the database: the head's sequence and hash at a moment, with an HMAC
 * (keyed from the installation secret) so that nobody without the secret can make or edit one.
 */
export const auditCheckpointSchema = z.strictObject({
  version: z.literal(1),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.iso.datetime(),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
})
export type AuditCheckpoint = z.infer<typeof auditCheckpointSchema>

function mac(key: Buffer, c: Omit<AuditCheckpoint, 'mac'>): string {
  return createHmac('sha256', key)
    .update(canonicalJson({ version: c.version, seq: c.seq, hash: c.hash, createdAt: c.createdAt }))
    .digest('hex')
}

export function checkpointMacValid(checkpoint: AuditCheckpoint, key: Buffer): boolean {
  const expected = Buffer.from(mac(key, checkpoint), 'hex')
  const given = Buffer.from(checkpoint.mac, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** A checkpoint of the current chain head (sequence 0 while the log is empty). */
export async function makeCheckpoint(db: Kysely<DB>, now: Date): Promise<AuditCheckpoint> {
  const keys = auditKeysOf(db)
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst()
  const body = {
    version: 1 as const,
    seq: head?.seq ?? 0,
    hash: head?.hash ?? '0'.repeat(64),
    createdAt: now.toISOString(),
  }
  return { ...body, mac: mac(keys.checkpoint, body) }
}

export class CheckpointFileError extends Error {}

/** Reads a checkpoint file: one JSON checkpoint per line (blank lines ignored). */
export async function readCheckpointFile(path: string): Promise<AuditCheckpoint[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return parseCheckpoints(text)
}

export function parseCheckpoints(text: string): AuditCheckpoint[] {
  const checkpoints: AuditCheckpoint[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      value = undefined
    }
    const parsed = auditCheckpointSchema.safeParse(value)
    if (!parsed.success) throw new CheckpointFileError(`line ${index + 1} is not an audit checkpoint`)
    checkpoints.push(parsed.data)
  })
  return checkpoints
}

export type CheckpointOutcome =
  | { written: true; checkpoint: AuditCheckpoint }
  | { written: false; reason: 'unchanged' | 'chain-diverged'; checkpoint: AuditCheckpoint }

/**
 * Appends a checkpoint of the current head to the file, unless the head has not moved since the last one. Before
 * writing it checks that the chain still holds the last checkpoint's event with the same hash; if not (a tail cut
 * off, a chain rewritten) it writes nothing, so the file keeps the evidence, and the caller reports the divergence.
 */
export async function appendCheckpoint(db: Kysely<DB>, path: string, now: Date): Promise<CheckpointOutcome> {
  const existing = await readCheckpointFile(path)
  const checkpoint = await makeCheckpoint(db, now)
  const last = existing.at(-1)
  if (last) {
    const event = await db
      .selectFrom('audit_events')
      .select('hash')
      .where('seq', '=', last.seq)
      .executeTakeFirst()
    const intact = last.seq === 0 || event?.hash === last.hash
    if (!intact || checkpoint.seq < last.seq) return { written: false, reason: 'chain-diverged', checkpoint }
    if (last.seq === checkpoint.seq) return { written: false, reason: 'unchanged', checkpoint }
  }
  await mkdir(dirname(path), { recursive: true, mode: 0o700 })
  await appendFile(path, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 })
  return { written: true, checkpoint }
}
