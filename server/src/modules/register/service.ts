import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { Conflict, InvalidInput, NotFound } from '../../domain/errors'
import { referencesIn } from '../../domain/register/references'
import type { RegisterDocument } from '../../domain/register/schema'
import type { Organization } from '../organizations'
import { findOrganizationBySlug } from '../organizations'
import { changesBetween } from './changes'
import { assembleDocument } from './document'
import type { RegisterEntry, RegisterEntryVersion } from './entry'
import type { EntryKind } from './kinds'
import {
  deleteEntryRow,
  findEntry,
  insertEntry,
  listEntries,
  listVersions,
  nextPosition,
  recordVersion,
  registerRevision,
  updateEntryData,
} from './repository'

/** Announced (NOTIFY, payload: the organisation's id) with every change of an organisation's register entries. */
export const REGISTER_CHANNEL = 'custos_register'

/** The revision of the organisation's register, raised with every change of its entries (migration 0099). */
export function registerRevisionOf(ctx: AppContext, organizationId: string): Promise<number> {
  return registerRevision(ctx.db, organizationId)
}

export async function loadRegister(ctx: AppContext, org: Organization): Promise<RegisterDocument> {
  return assembleDocument(org, await listEntries(ctx.db, org.id))
}

/** The entries of one kind, in register order. */
export function listRegisterEntries(
  ctx: AppContext,
  org: Organization,
  kind: EntryKind,
): Promise<RegisterEntry[]> {
  return listEntries(ctx.db, org.id, kind.kind)
}

/** One entry; not_found (entity register_entry) when the organisation has none with this key. */
export async function getRegisterEntry(
  ctx: AppContext,
  org: Organization,
  kind: EntryKind,
  key: string,
): Promise<RegisterEntry> {
  const entry = await findEntry(ctx.db, org.id, kind.kind, key)
  if (!entry) throw new NotFound('register_entry')
  return entry
}

/** The kept versions of an entry (also of a deleted one), newest first; not_found when it never existed. */
export async function registerEntryHistory(
  ctx: AppContext,
  org: Organization,
  kind: EntryKind,
  key: string,
): Promise<RegisterEntryVersion[]> {
  const versions = await listVersions(ctx.db, org.id, kind.kind, key)
  if (versions.length === 0) throw new NotFound('register_entry')
  return versions
}

/** Creates (key not yet used) or replaces an entry; the previous state is kept as a version. */
export async function saveEntry(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  kind: EntryKind,
  data: { key: string },
  mode: 'create' | 'update',
  pathKey?: string,
) {
  if (mode === 'update' && pathKey !== data.key) {
    throw new InvalidInput(
      [
        {
          path: 'body.key',
          code: 'key_mismatch',
          message: `The key cannot change (it is "${pathKey}" in the address)`,
          params: { key: data.key, expected: pathKey ?? '' },
        },
      ],
      'The key in the body must equal the key in the address.',
      'key_mismatch',
    )
  }
  const value = data as Record<string, unknown>
  return inTransaction(ctx, async (ctx) => {
    const trx = ctx.db
    const existing = await findEntry(trx, org.id, kind.kind, data.key)
    if (mode === 'create' && existing) {
      throw new Conflict('duplicate_key', `An entry with key "${data.key}" exists already.`, {
        fields: [
          { path: 'body.key', code: 'duplicate_key', message: 'Already used', params: { key: data.key } },
        ],
        params: { key: data.key, kind: kind.kind },
      })
    }
    if (mode === 'update' && !existing) throw new NotFound('register_entry')
    const version = (existing?.version ?? 0) + 1
    const changes = changesBetween(existing?.data ?? null, value)
    if (existing && changes.length === 0) return { key: data.key, version: existing.version, changed: false }
    if (existing) {
      await updateEntryData(trx, {
        organizationId: org.id,
        kind: kind.kind,
        key: data.key,
        data: value,
        version,
      })
    } else {
      const position = await nextPosition(trx, org.id, kind.kind)
      await insertEntry(trx, {
        organizationId: org.id,
        kind: kind.kind,
        key: data.key,
        position,
        data: value,
      })
    }
    const change = existing ? 'updated' : 'created'
    await recordVersion(trx, actor, {
      organizationId: org.id,
      kind: kind.kind,
      key: data.key,
      version,
      change,
      data: value,
      previous: existing?.data ?? null,
    })
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: `register.${kind.kind}.${change}`,
      targetType: `register.${kind.kind}`,
      targetId: data.key,
      summary: { key: data.key, version, changedFields: changes.map((c) => c.path).slice(0, 50) },
    })
    return { key: data.key, version, changed: true }
  })
}

/** Deletes an entry that nothing refers to any more; its history stays. */
export async function deleteEntry(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  kind: EntryKind,
  key: string,
) {
  const doc = await loadRegister(ctx, org)
  const users = referencesIn(doc).filter((r) => r.to === kind.kind && r.key === key)
  if (users.length > 0) {
    const names = [...new Set(users.map((u) => `${u.from.kind} "${u.from.key}"`))]
    throw new Conflict(
      'key_in_use',
      `"${key}" is still used by ${names.join(', ')}. Remove those references first.`,
      {
        params: { key, usedBy: names },
      },
    )
  }
  await inTransaction(ctx, async (ctx) => {
    const trx = ctx.db
    const existing = await findEntry(trx, org.id, kind.kind, key)
    if (!existing) throw new NotFound('register_entry')
    await deleteEntryRow(trx, org.id, kind.kind, key)
    await recordVersion(trx, actor, {
      organizationId: org.id,
      kind: kind.kind,
      key,
      version: existing.version + 1,
      change: 'deleted',
      data: null,
      previous: existing.data,
    })
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: `register.${kind.kind}.deleted`,
      targetType: `register.${kind.kind}`,
      targetId: key,
      summary: { key, version: existing.version + 1 },
    })
  })
}

export async function findOrganizationOrFail(ctx: AppContext, slug: string): Promise<Organization> {
  const org = await findOrganizationBySlug(ctx.db, slug)
  if (!org) throw new NotFound('organization', `Organisation ${slug} was not found.`)
  return org
}
