import type { Transaction } from 'kysely'
import type { Encryption } from '../../../crypto/encryption'
import type { Queryable } from '../../../db/queryable'
import type { DB } from '../../../db/schema'
import { openEventData, sealEventData, storedRequestEventData } from '../event-data'

export interface NewRequestEvent {
  organizationId: string
  requestId: string
  at: Date
  kind: string
  actorLabel: string
  data: Record<string, unknown>
}

export async function insertRequestEvents(
  trx: Transaction<DB>,
  encryption: Encryption,
  events: readonly NewRequestEvent[],
) {
  if (events.length === 0) return []
  const rows = await trx
    .insertInto('request_events')
    .values(
      events.map((e) => {
        const sealed = sealEventData(encryption, e.requestId, e.kind, e.data)
        return {
          organization_id: e.organizationId,
          request_id: e.requestId,
          at: e.at,
          kind: e.kind,
          actor_label: e.actorLabel,
          data: storedRequestEventData.serialize(sealed.data),
          personal_encrypted: sealed.personalEncrypted,
        }
      }),
    )
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/** The history of one request, personal fields decrypted. */
export async function listRequestEvents(
  db: Queryable,
  encryption: Encryption,
  organizationId: string,
  requestId: string,
  kind?: string,
) {
  let query = db
    .selectFrom('request_events')
    .select(['id', 'at', 'kind', 'actor_label', 'data', 'personal_encrypted'])
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
  if (kind) query = query.where('kind', '=', kind)
  const rows = await query.orderBy('id').execute()
  return rows.map(({ personal_encrypted, ...row }) => ({
    ...row,
    data: openEventData(encryption, requestId, { ...row, personal_encrypted }),
  }))
}

/** Events of one kind for many requests (reminders already given): their readable facts, no personal field. */
export async function listEventsOfKind(
  db: Queryable,
  requestIds: readonly string[],
  kinds: readonly string[],
) {
  if (requestIds.length === 0) return []
  const rows = await db
    .selectFrom('request_events')
    .select(['id', 'request_id', 'at', 'kind', 'data'])
    .where('request_id', 'in', [...requestIds])
    .where('kind', 'in', [...kinds])
    .orderBy('id')
    .execute()
  return rows.map((row) => ({ ...row, data: storedRequestEventData.read(row.data, String(row.id)) }))
}

export async function findRequestEvent(
  db: Queryable,
  encryption: Encryption,
  organizationId: string,
  requestId: string,
  id: number,
) {
  const row = await db
    .selectFrom('request_events')
    .select(['id', 'at', 'kind', 'actor_label', 'data', 'personal_encrypted'])
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) return undefined
  const { personal_encrypted, ...rest } = row
  return { ...rest, data: openEventData(encryption, requestId, row) }
}
