import { createHash, createHmac } from 'node:crypto'
import { canonicalJson } from './canonical-json'

export const GENESIS_HASH = '0'.repeat(64)

export interface ChainedFields {
  seq: number
  organization_id: string | null
  actor_type: string
  actor_id: string | null
  actor_label: string
  action: string
  target_type: string
  target_id: string | null
  request_id: string | null
  occurred_at: Date
  summary: Record<string, unknown>
  prev_hash: string
}

function material(fields: ChainedFields): string {
  return canonicalJson({ ...fields, occurred_at: fields.occurred_at.toISOString() })
}

/**
 * The hash of an audit event: HMAC-SHA256, keyed with the installation's audit key, over every field and the
 * previous event's hash. Without the key nobody can compute a valid hash for an edited event.
 */
export function eventHash(fields: ChainedFields, chainKey: Buffer): string {
  return createHmac('sha256', chainKey).update(material(fields)).digest('hex')
}

/** The unkeyed SHA-256 hash of events written before the chain was keyed (see docs/decisions/0005). */
export function legacyEventHash(fields: ChainedFields): string {
  return createHash('sha256').update(material(fields)).digest('hex')
}

/** Seals the last legacy event, so that nobody without the key can move the boundary between the two kinds. */
export function legacyBoundarySeal(chainKey: Buffer, seq: number, hash: string): string {
  return createHmac('sha256', chainKey)
    .update(`custos/audit-legacy-boundary\u0000${seq}\u0000${hash}`)
    .digest('hex')
}

/** What an emptied event keeps (decision 0085): its place in the chain, whose it was, what and when. */
export interface EmptiedFields {
  seq: number
  organization_id: string | null
  actor_type: string
  action: string
  target_type: string
  occurred_at: Date
  prev_hash: string
  emptied_at: Date
}

/**
 * The seal of an event a retention rule emptied (decision 0085): it stands in for the hash, which can no longer be
 * recomputed, and binds the hash and every field the event keeps - so nobody without the key can pass an edited
 * event off as emptied, nor change the action, time or organisation of an emptied one.
 */
export function emptiedSeal(chainKey: Buffer, hash: string, kept: EmptiedFields): string {
  const material = canonicalJson({
    seq: kept.seq,
    organization_id: kept.organization_id,
    actor_type: kept.actor_type,
    action: kept.action,
    target_type: kept.target_type,
    occurred_at: kept.occurred_at.toISOString(),
    prev_hash: kept.prev_hash,
    emptied_at: kept.emptied_at.toISOString(),
  })
  return createHmac('sha256', chainKey)
    .update(`custos/audit-emptied\u0000${hash}\u0000${material}`)
    .digest('hex')
}
