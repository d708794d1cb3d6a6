import type { AppContext } from '../../context'
import type { CookieChoiceMethod, OrganizationRow } from '../../db/schema'
import { insertBannerEvent } from './repository'

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
}

/**
 * Where a visitor's choice is kept: the one switch between this module's own table and the consent module's
 * record (issue 18 builds on the consent issue; see decision 0034). Until that module is on main the choice is
 * a row of cookie_banner_events, kind 'choice'.
 */
export async function storeChoice(
  ctx: AppContext,
  org: OrganizationRow,
  choice: BannerChoice,
): Promise<void> {
  await insertBannerEvent(ctx.db, org.id, {
    consentId: choice.consentId,
    kind: 'choice',
    method: choice.method,
    granted: choice.granted,
    inventoryVersion: choice.inventoryVersion,
    language: choice.language,
    pageUrl: choice.pageUrl,
  })
}

/** The banner was shown to this consent id with this inventory version. */
export async function recordServed(
  ctx: AppContext,
  org: OrganizationRow,
  served: { consentId: string; inventoryVersion: number; language: string | null; pageUrl: string | null },
): Promise<void> {
  await insertBannerEvent(ctx.db, org.id, { ...served, kind: 'served', method: null, granted: [] })
}
