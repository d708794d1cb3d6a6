import { systemActor } from '../../audit/actor'
import type { AppContext } from '../../context'
import type { CookieChoiceMethod } from '../../db/schema'
import type { OptionalCategory } from '../../domain/cookies/catalogue'
import type { Inventory } from '../../domain/cookies/inventory'
import {
  CONSENT_LANGUAGES,
  type ConsentLanguage,
  consentPurposesOf,
  consentStatus,
  type RecordedConsent,
  recordConsent,
} from '../consent'
import type { Organization } from '../organizations'
import { insertBannerEvent, latestInventory } from './repository'

/** What the banner posts when a visitor chooses (Accept all, Reject all, Save, or GPC seen by the loader). */
export interface BannerChoice {
  consentId: string
  method: CookieChoiceMethod
  /** The optional categories granted; every other category of the inventory is refused. */
  granted: string[]
  refused: string[]
  inventoryVersion: number
  language: string | null
  pageUrl: string | null
  /** The visitor's address (kept truncated by the consent module) and browser. */
  ip?: string | undefined
  userAgent?: string | undefined
}

const ACTOR = systemActor('cookie banner')

/** What the banner listed under these categories: the text a consent record refers to (stored once per version). */
function shownText(inventory: Inventory, version: number, categories: readonly OptionalCategory[]): string {
  const parts = categories.map((category) => {
    const services = inventory.services.filter((s) => s.category === category).map((s) => s.name)
    return `${category}: ${services.length > 0 ? services.join(', ') : '-'}`
  })
  return `Cookie banner, inventory version ${version}. ${parts.join('; ')}`
}

/**
 * Where a visitor's choice is kept (decision 0034). The choice as posted stays a row of cookie_banner_events, kind
 * 'choice' (the banner's own log, with every category); and it becomes consent records of the consent module,
 * under the visitor's consent id, for each purpose the inventory maps its categories to: `given` when every
 * category of that purpose was granted, else `withdrawn` when the purpose was given before, else `refused`.
 * A category without a consent purpose is recorded in the banner log only (the inventory's purposeMapping says
 * so). Answers the consent records written.
 */
export async function storeChoice(
  ctx: AppContext,
  org: Organization,
  choice: BannerChoice,
): Promise<RecordedConsent[]> {
  await insertBannerEvent(ctx.db, org.id, {
    consentId: choice.consentId,
    kind: 'choice',
    method: choice.method,
    granted: choice.granted,
    inventoryVersion: choice.inventoryVersion,
    language: choice.language,
    pageUrl: choice.pageUrl,
  })
  const latest = await latestInventory(ctx.db, org.id)
  const mapping = latest?.inventory.purposes
  if (!latest || !mapping) return []
  const consentPurposes = await consentPurposesOf(ctx, org.id)
  const byPurpose = new Map<string, OptionalCategory[]>()
  for (const category of [...choice.granted, ...choice.refused] as OptionalCategory[]) {
    const purpose = mapping[category]
    if (!purpose || !consentPurposes.has(purpose)) continue
    const list = byPurpose.get(purpose) ?? []
    if (!list.includes(category)) list.push(category)
    byPurpose.set(purpose, list)
  }
  if (byPurpose.size === 0) return []
  const person = { anonymousId: choice.consentId }
  const before = await consentStatus(ctx, { organizationId: org.id, ...person })
  const language = (
    CONSENT_LANGUAGES.includes(choice.language as ConsentLanguage) ? choice.language : org.defaultLanguage
  ) as ConsentLanguage
  let source = 'cookie banner'
  try {
    if (choice.pageUrl) source = new URL(choice.pageUrl).host || source
  } catch {
    // A page address the banner could not send whole: the banner is the source.
  }
  const recorded: RecordedConsent[] = []
  for (const [purpose, categories] of byPurpose) {
    const given = categories.every((c) => choice.granted.includes(c))
    const previous = before.purposes.find((p) => p.purpose === purpose)?.state
    recorded.push(
      await recordConsent(ctx, {
        organizationId: org.id,
        person,
        purpose,
        state: given ? 'given' : previous === 'given' ? 'withdrawn' : 'refused',
        text: shownText(latest.inventory, choice.inventoryVersion, categories),
        language,
        channel: 'banner',
        method: choice.method,
        source,
        ip: choice.ip,
        userAgent: choice.userAgent,
        recordedBy: ACTOR,
      }),
    )
  }
  return recorded
}

/** The banner was shown to this consent id with this inventory version. */
export async function recordServed(
  ctx: AppContext,
  org: Organization,
  served: { consentId: string; inventoryVersion: number; language: string | null; pageUrl: string | null },
): Promise<void> {
  await insertBannerEvent(ctx.db, org.id, { ...served, kind: 'served', method: null, granted: [] })
}
