import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import type { AppContext } from '../../context'
import type { OrganizationRow } from '../../db/schema'
import { referencesIn } from '../../domain/register/references'
import type { RegisterDocument } from '../../domain/register/schema'
import { conflict, invalid, notFound } from '../../http/problem'
import { findOrganizationBySlug } from '../organizations'
import { changesBetween } from './changes'
import { assembleDocument } from './document'
import type { EntryKind } from './kinds'
import {
  deleteEntryRow,
  findEntry,
  insertEntry,
  listEntries,
  nextPosition,
  recordVersion,
  updateEntryData,
} from './repository'

export async function loadRegister(ctx: AppContext, org: OrganizationRow): Promise<RegisterDocument> {
  return assembleDocument(org, await listEntries(ctx.db, org.id))
}

/** Creates (key not yet used) or replaces an entry; the previous state is kept as a version. */
export async function saveEntry(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  kind: EntryKind,
  data: { key: string },
  mode: 'create' | 'update',
  pathKey?: string,
) {
  if (mode === 'update' && pathKey !== data.key) {
    throw invalid([
      { path: 'body.key', message: `The key cannot change (it is "${pathKey}" in the address)` },
    ])
  }
  const value = data as Record<string, unknown>
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findEntry(trx, org.id, kind.kind, data.key)
    if (mode === 'create' && existing) {
      throw conflict(`An entry with key "${data.key}" exists already.`, [
        { path: 'body.key', message: 'Already used' },
      ])
    }
    if (mode === 'update' && !existing) throw notFound('Register entry')
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
  org: OrganizationRow,
  kind: EntryKind,
  key: string,
) {
  const doc = await loadRegister(ctx, org)
  const users = referencesIn(doc).filter((r) => r.to === kind.kind && r.key === key)
  if (users.length > 0) {
    const names = [...new Set(users.map((u) => `${u.from.kind} "${u.from.key}"`))].join(', ')
    throw conflict(`"${key}" is still used by ${names}. Remove those references first.`)
  }
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findEntry(trx, org.id, kind.kind, key)
    if (!existing) throw notFound('Register entry')
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

export async function findOrganizationOrFail(ctx: AppContext, slug: string): Promise<OrganizationRow> {
  const org = await findOrganizationBySlug(ctx.db, slug)
  if (!org) throw notFound(`Organisation ${slug}`)
  return org
}
