import type { Kysely, Selectable, Transaction } from 'kysely'
import { z } from 'zod'
import type { Actor } from '../../audit/actor'
import type { DB, RegisterEntryKind, RegisterVersionsTable } from '../../db/schema'
import { defineStoredJson } from '../../lib/stored-json'
import type { RegisterEntry, RegisterEntryVersion } from './entry'

/**
 * An entry as one version kept it (before and after a change), decision 0025. The entry's own shape is the
 * register format's (checked when the entry was saved, and versioned with the register file), so only its being
 * an object is checked here: an old version stays readable after the register format grows.
 */
const storedVersionData = defineStoredJson<Record<string, unknown>>({
  name: 'register_version.data',
  version: 1,
  schema: z.record(z.string(), z.unknown()),
})

const ENTRY_COLUMNS = ['kind', 'key', 'position', 'version', 'data', 'updated_at'] as const

function entryOf(r: {
  kind: RegisterEntryKind
  key: string
  position: number
  version: number
  data: Record<string, unknown>
  updated_at: Date
}): RegisterEntry {
  return {
    kind: r.kind,
    key: r.key,
    position: r.position,
    version: r.version,
    data: r.data,
    updatedAt: r.updated_at,
  }
}

function versionOf(r: Selectable<RegisterVersionsTable>): RegisterEntryVersion {
  return {
    version: r.version,
    change: r.change,
    changedAt: r.changed_at,
    actorLabel: r.actor_label,
    actorType: r.actor_type,
    requestId: r.request_id,
    data: r.data === null ? null : storedVersionData.read(r.data, String(r.id)),
    previous: r.previous === null ? null : storedVersionData.read(r.previous, String(r.id)),
  }
}

/** The version of each activity of the register, by key (what a DPIA screening compares with its own). */
export async function activityVersions(db: Kysely<DB>, organizationId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('register_entries')
    .select(['key', 'version'])
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'activity')
    .execute()
  return new Map(rows.map((r) => [r.key, r.version]))
}

export async function listEntries(
  db: Kysely<DB>,
  organizationId: string,
  kind?: RegisterEntryKind,
): Promise<RegisterEntry[]> {
  let q = db
    .selectFrom('register_entries')
    .select(ENTRY_COLUMNS)
    .where('organization_id', '=', organizationId)
  if (kind) q = q.where('kind', '=', kind)
  const rows = await q.orderBy('kind').orderBy('position').orderBy('key').execute()
  return rows.map(entryOf)
}

export async function findEntry(
  db: Kysely<DB>,
  organizationId: string,
  kind: RegisterEntryKind,
  key: string,
): Promise<RegisterEntry | undefined> {
  const row = await db
    .selectFrom('register_entries')
    .select(ENTRY_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('key', '=', key)
    .executeTakeFirst()
  return row && entryOf(row)
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
      data: c.data === null ? null : storedVersionData.serialize(c.data),
      previous: c.previous === null ? null : storedVersionData.serialize(c.previous),
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

export async function listVersions(
  db: Kysely<DB>,
  organizationId: string,
  kind: RegisterEntryKind,
  key: string,
): Promise<RegisterEntryVersion[]> {
  const rows = await db
    .selectFrom('register_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('key', '=', key)
    .orderBy('id', 'desc')
    .limit(200)
    .execute()
  return rows.map(versionOf)
}

/**
 * The revision of the organisation's register: raised by a trigger with every change of one of its entries, from
 * whatever process (migration 0099); 0 when none was written since. Read before what is derived from the entries,
 * so that a copy kept with it is never newer than its revision says.
 */
export async function registerRevision(db: Kysely<DB>, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('register_revisions')
    .select('revision')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst()
  return row ? Number(row.revision) : 0
}
