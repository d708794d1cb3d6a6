import { COOKIE_CATALOGUE, OPTIONAL_CATEGORIES } from '../../domain/cookies/catalogue'
import { type Inventory, offeredCategories } from '../../domain/cookies/inventory'

/**
 * What the loader `/c/{slug}.js` carries for one organisation (short keys: it is loaded by every page).
 * s: slug, v: inventory version, d: re-consent after days, c: the optional categories the banner offers,
 * h: category -> its host patterns (space-separated) blocked until it is granted (the inventory's services and the
 * built-in catalogue).
 */
export interface BannerConfig {
  s: string
  v: number
  d: number
  c: string[]
  h: Record<string, string>
}

/**
 * What the dialog `/c/{slug}/ui.js` carries: k: [cookie pattern, category] deleted when the category is
 * withdrawn, n: [service name, category] for the second layer.
 */
export interface DialogConfig {
  k: [string, string][]
  n: [string, string][]
}

export function bannerConfig(
  slug: string,
  version: number,
  inventory: Inventory,
  reconsentDays: number,
): { loader: BannerConfig; dialog: DialogConfig } {
  const optional = new Set<string>(OPTIONAL_CATEGORIES)
  const hosts = new Map<string, string>()
  const cookies = new Map<string, string>()
  for (const s of inventory.services) {
    if (!optional.has(s.category)) continue
    for (const h of s.hosts) hosts.set(h, s.category)
    for (const c of s.cookies) cookies.set(c.name, s.category)
  }
  for (const s of COOKIE_CATALOGUE) {
    if (!optional.has(s.category)) continue
    for (const h of s.hosts) if (!hosts.has(h)) hosts.set(h, s.category)
    for (const c of s.cookies) if (!cookies.has(c.pattern)) cookies.set(c.pattern, s.category)
  }
  return {
    loader: {
      s: slug,
      v: version,
      d: reconsentDays,
      // A site without an inventory yet still gets the banner for what the catalogue blocks.
      c: offeredCategories(inventory),
      h: Object.fromEntries(
        OPTIONAL_CATEGORIES.map((c) => [
          c,
          [...hosts]
            .filter(([, k]) => k === c)
            .map(([h]) => h)
            .join(' '),
        ]),
      ),
    },
    dialog: {
      k: [...cookies],
      n: inventory.services.filter((s) => optional.has(s.category)).map((s) => [s.name, s.category]),
    },
  }
}
