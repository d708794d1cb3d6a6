import { sql, type Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { eventsForAudit } from '../events/catalogue'
import { emitWebhookEvent } from '../events/outbox'
import type { AuditAction, AuditTargetType } from './actions'
import type { Actor } from './actor'
import { eventHash, GENESIS_HASH } from './chain'
import { auditKeysOf } from './key'

export interface AuditEntry {
  organizationId: string | null
  action: AuditAction
  targetType: AuditTargetType
  targetId: string | null
  summary: Record<string, unknown>
}

/**
 * Appends an event to the keyed hash chain inside the caller's transaction, so the event exists exactly when the
 * change does. A transaction-scoped advisory lock serialises appends; `seq` is contiguous, and the chain head is
 * kept in its own row. The HMAC key comes with the database handle (withAuditKey); without it nothing is written.
 */
export async function recordAudit(trx: Transaction<DB>, actor: Actor, entry: AuditEntry): Promise<void> {
  const { chain: chainKey } = auditKeysOf(trx)
  await sql`select pg_advisory_xact_lock(7301001)`.execute(trx)
  const head = await trx
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst()
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    organization_id: entry.organizationId,
    actor_type: actor.type,
    actor_id: actor.id,
    actor_label: actor.label,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    request_id: actor.requestId,
    occurred_at: new Date(),
    summary: entry.summary,
    prev_hash: head?.hash ?? GENESIS_HASH,
  }
  const hash = eventHash(fields, chainKey)
  await trx
    .insertInto('audit_events')
    .values({ ...fields, summary: JSON.stringify(fields.summary), hash })
    .execute()
  await trx
    .insertInto('audit_chain_head')
    .values({ id: 1, seq: fields.seq, hash })
    .onConflict((oc) => oc.column('id').doUpdateSet({ seq: fields.seq, hash }))
    .execute()
  // The webhook events this change stands for, in the same transaction (decision 0027).
  if (entry.organizationId)
    for (const event of eventsForAudit(entry))
      await emitWebhookEvent(trx, entry.organizationId, event, fields.occurred_at)
}
