import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { OrganizationRow } from '../../db/schema'
import { type Inventory, inventorySchema } from '../../domain/cookies/inventory'
import {
  insertInventory,
  latestInventory,
  lockInventoryVersions,
  type SiteSettings,
  siteSettings,
  upsertSiteSettings,
} from './repository'

export interface CookieSetup {
  /** 0 while no inventory was saved. */
  version: number
  inventory: Inventory
  note: string
  savedAt: Date | null
  settings: SiteSettings
}

export async function cookieSetupOf(ctx: AppContext, org: OrganizationRow): Promise<CookieSetup> {
  const [latest, settings] = await Promise.all([
    latestInventory(ctx.db, org.id),
    siteSettings(ctx.db, org.id),
  ])
  return {
    version: latest?.version ?? 0,
    inventory: latest?.inventory ?? { services: [] },
    note: latest?.note ?? '',
    savedAt: latest?.createdAt ?? null,
    settings,
  }
}

/** Saves the reviewed inventory as the next version; the banner asks every visitor again. */
export async function saveInventory(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  input: Inventory,
  note: string,
): Promise<number> {
  const inventory = inventorySchema.parse(input)
  return inTransaction(ctx, async (ctx) => {
    await lockInventoryVersions(ctx.db, org.id)
    const latest = await latestInventory(ctx.db, org.id)
    const version = (latest?.version ?? 0) + 1
    await insertInventory(ctx.db, {
      organizationId: org.id,
      version,
      inventory,
      note,
      createdBy: actor.type === 'user' ? actor.id : null,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'cookie_inventory.saved',
      targetType: 'cookie_inventory',
      targetId: String(version),
      summary: { version, services: inventory.services.length, note },
    })
    return version
  })
}

export async function saveSiteSettings(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  settings: SiteSettings,
): Promise<SiteSettings> {
  return inTransaction(ctx, async (ctx) => {
    await upsertSiteSettings(ctx.db, org.id, settings)
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'cookie_inventory.settings_updated',
      targetType: 'cookie_inventory',
      targetId: null,
      summary: { ...settings },
    })
    return settings
  })
}
