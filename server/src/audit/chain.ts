import { createHash } from 'node:crypto'
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

/** The hash of an audit event covers every field and the previous event's hash. */
export function eventHash(fields: ChainedFields): string {
  const material = canonicalJson({ ...fields, occurred_at: fields.occurred_at.toISOString() })
  return createHash('sha256').update(material).digest('hex')
}
