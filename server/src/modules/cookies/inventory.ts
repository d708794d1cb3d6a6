import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import { OPTIONAL_CATEGORIES } from '../../domain/cookies/catalogue'
import {
  type Inventory,
  inventorySchema,
  type PurposeMappingStatus,
  purposeMapping,
} from '../../domain/cookies/inventory'
import { InvalidInput } from '../../domain/errors'
import { consentPurposesOf } from '../consent'
import type { Organization } from '../organizations'
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
  /** Per category the banner offers: the consent purpose its choices are recorded under, or why not. */
  purposeMapping: { category: string; purpose: string | null; status: PurposeMappingStatus }[]
}

export async function cookieSetupOf(ctx: AppContext, org: Organization): Promise<CookieSetup> {
  const [latest, settings, consentPurposes] = await Promise.all([
    latestInventory(ctx.db, org.id),
    siteSettings(ctx.db, org.id),
    consentPurposesOf(ctx, org.id),
  ])
  const inventory = latest?.inventory ?? { services: [] }
  return {
    version: latest?.version ?? 0,
    inventory,
    note: latest?.note ?? '',
    savedAt: latest?.createdAt ?? null,
    settings,
    purposeMapping: purposeMapping(inventory, new Set(consentPurposes.keys())),
  }
}

/** Saves the reviewed inventory as the next version; the banner asks every visitor again. */
export async function saveInventory(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: Inventory,
  note: string,
): Promise<number> {
  const inventory = inventorySchema.parse(input)
  // A category's choices become consent records of its purpose: only a consent purpose of the register will do.
  if (inventory.purposes) {
    const consentPurposes = await consentPurposesOf(ctx, org.id, { fresh: true })
    const errors = OPTIONAL_CATEGORIES.flatMap((category) => {
      const purpose = inventory.purposes?.[category]
      return purpose === undefined || consentPurposes.has(purpose)
        ? []
        : [
            {
              path: `body.purposes.${category}`,
              code: 'unknown_purpose' as const,
              message: 'Not a purpose of the register with legal basis consent.',
              params: { value: purpose },
            },
          ]
    })
    if (errors.length > 0) throw new InvalidInput(errors)
  }
  return inTransaction(ctx, (ctx) => storeInventoryVersion(ctx, actor, org, () => inventory, note))
}

/**
 * Stores the next inventory version inside the caller's transaction: the organisation's versions are locked, the
 * latest is read and `change` turns it into the new one (the banner asks every visitor again). Answers the version.
 */
export async function storeInventoryVersion(
  tx: TxContext,
  actor: Actor,
  org: Organization,
  change: (latest: Inventory) => Inventory,
  note: string,
): Promise<number> {
  await lockInventoryVersions(tx.db, org.id)
  const latest = await latestInventory(tx.db, org.id)
  const inventory = inventorySchema.parse(change(latest?.inventory ?? { services: [] }))
  const version = (latest?.version ?? 0) + 1
  await insertInventory(tx.db, {
    organizationId: org.id,
    version,
    inventory,
    note,
    createdBy: actor.type === 'user' ? actor.id : null,
  })
  await recordAudit(tx.db, actor, {
    organizationId: org.id,
    action: 'cookie_inventory.saved',
    targetType: 'cookie_inventory',
    targetId: String(version),
    summary: { version, services: inventory.services.length, note },
  })
  return version
}

export async function saveSiteSettings(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
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
