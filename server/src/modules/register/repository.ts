import type { Kysely, Transaction } from 'kysely'
import type { Actor } from '../../audit/actor'
import type { DB, RegisterEntryKind } from '../../db/schema'

export interface StoredEntry {
  kind: RegisterEntryKind
  key: string
  position: number
  version: number
  data: Record<string, unknown>
  updatedAt: Date
}

export async function listEntries(
  db: Kysely<DB>,
  organizationId: string,
  kind?: RegisterEntryKind,
): Promise<StoredEntry[]> {
  let q = db
    .selectFrom('register_entries')
    .select(['kind', 'key', 'position', 'version', 'data', 'updated_at'])
    .where('organization_id', '=', organizationId)
  if (kind) q = q.where('kind', '=', kind)
  const rows = await q.orderBy('kind').orderBy('position').orderBy('key').execute()
  return rows.map((r) => ({
    kind: r.kind,
    key: r.key,
    position: r.position,
    version: r.version,
    data: r.data,
    updatedAt: r.updated_at,
  }))
}

export async function findEntry(
  db: Kysely<DB>,
  organizationId: string,
  kind: RegisterEntryKind,
  key: string,
) {
  return db
    .selectFrom('register_entries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('key', '=', key)
    .executeTakeFirst()
}

export async function nextPosition(
  trx: Transaction<DB>,
  organizationId: string,
  kind: RegisterEntryKind,
): Promise<number> {
  const row = await trx
    .selectFrom('register_entries')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .executeTakeFirst()
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1
}

interface Change {
  organizationId: string
  kind: RegisterEntryKind
  key: string
  version: number
  change: 'created' | 'updated' | 'deleted'
  data: Record<string, unknown> | null
  previous: Record<string, unknown> | null
}

/** Every change to an entry is kept as a version: who, when, the state before and after. */
export async function recordVersion(trx: Transaction<DB>, actor: Actor, c: Change) {
  await trx
    .insertInto('register_versions')
    .values({
      organization_id: c.organizationId,
      kind: c.kind,
      key: c.key,
      version: c.version,
      change: c.change,
      data: c.data === null ? null : JSON.stringify(c.data),
      previous: c.previous === null ? null : JSON.stringify(c.previous),
      actor_type: actor.type,
      actor_id: actor.id,
      actor_label: actor.label,
      request_id: actor.requestId,
    })
    .execute()
}

export async function insertEntry(
  trx: Transaction<DB>,
  e: {
    organizationId: string
    kind: RegisterEntryKind
    key: string
    position: number
    data: Record<string, unknown>
  },
) {
  await trx
    .insertInto('register_entries')
    .values({
      organization_id: e.organizationId,
      kind: e.kind,
      key: e.key,
      position: e.position,
      data: JSON.stringify(e.data),
    })
    .execute()
}

export async function updateEntryData(
  trx: Transaction<DB>,
  e: {
    organizationId: string
    kind: RegisterEntryKind
    key: string
    data: Record<string, unknown>
    version: number
    position?: number
  },
) {
  await trx
    .updateTable('register_entries')
    .set({
      data: JSON.stringify(e.data),
      version: e.version,
      updated_at: new Date(),
      ...(e.position === undefined ? {} : { position: e.position }),
    })
    .where('organization_id', '=', e.organizationId)
    .where('kind', '=', e.kind)
    .where('key', '=', e.key)
    .execute()
}

export async function deleteEntryRow(
  trx: Transaction<DB>,
  organizationId: string,
  kind: RegisterEntryKind,
  key: string,
) {
  await trx
    .deleteFrom('register_entries')
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('key', '=', key)
    .execute()
}

export function listVersions(db: Kysely<DB>, organizationId: string, kind: RegisterEntryKind, key: string) {
  return db
    .selectFrom('register_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('key', '=', key)
    .orderBy('id', 'desc')
    .limit(200)
    .execute()
}
