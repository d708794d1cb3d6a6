import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import { OPTIONAL_CATEGORIES } from '../../domain/cookies/catalogue'
import {
  declarationIssues,
  type Inventory,
  type InventoryService,
  inventorySchema,
  type PurposeMappingStatus,
  purposeMapping,
} from '../../domain/cookies/inventory'
import { InvalidInput, NotFound } from '../../domain/errors'
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
  const wrong = declarationIssues(inventory.services, (s) => `body.services.${s}`)
  if (wrong.length > 0) throw new InvalidInput(wrong)
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
 * latest is read and `change` turns it into the new one (the banner asks every visitor again), or answers null when
 * nothing changes: then no version is stored. Answers the version the inventory is at.
 */
export async function storeInventoryVersion(
  tx: TxContext,
  actor: Actor,
  org: Organization,
  change: (latest: Inventory) => Inventory | null,
  note: string,
): Promise<number> {
  await lockInventoryVersions(tx.db, org.id)
  const latest = await latestInventory(tx.db, org.id)
  const changed = change(latest?.inventory ?? { services: [] })
  if (changed === null) return latest?.version ?? 0
  const inventory = inventorySchema.parse(changed)
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

function serviceIn(inventory: Inventory, id: string): InventoryService {
  const service = inventory.services.find((s) => s.id === id)
  if (!service) throw new NotFound('cookie_service')
  return service
}

/**
 * Changes one service of the inventory (its id stays) and saves the inventory as the next version, so that the banner
 * asks every visitor again; a change that changes nothing stores no version. Answers the version and whether it is new.
 */
export async function updateInventoryService(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: Omit<InventoryService, 'id'>,
  note: string,
): Promise<{ version: number; changed: boolean }> {
  const wrong = declarationIssues([input], () => 'body')
  if (wrong.length > 0) throw new InvalidInput(wrong)
  return inTransaction(ctx, async (tx) => {
    let changed = false
    const version = await storeInventoryVersion(
      tx,
      actor,
      org,
      (latest) => {
        const before = serviceIn(latest, id)
        const after: InventoryService = { ...input, id }
        if (sameJson(before, after)) return null
        changed = true
        return { ...latest, services: latest.services.map((s) => (s.id === id ? after : s)) }
      },
      note || `Changed the service ${input.name}`,
    )
    return { version, changed }
  })
}

/** Removes one service (with its cookies and hosts) and saves the inventory as the next version. */
export async function deleteInventoryService(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
): Promise<number> {
  return inTransaction(ctx, (tx) =>
    storeInventoryVersion(
      tx,
      actor,
      org,
      (latest) => {
        serviceIn(latest, id)
        return { ...latest, services: latest.services.filter((s) => s.id !== id) }
      },
      `Removed the service ${id}`,
    ),
  )
}

/** Equal as stored: the same keys (in any order) with the same values. */
function sameJson(a: unknown, b: unknown): boolean {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .filter(([, x]) => x !== undefined)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, x]) => [k, sorted(x)]),
          )
        : v
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
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
