import { z } from 'zod'
import type { FieldIssue } from '../errors'
import { EEA_COUNTRIES } from '../register/countries'
import {
  COOKIE_CATEGORIES,
  cookiePatternMatches,
  hostMatches,
  OPTIONAL_CATEGORIES,
  type OptionalCategory,
} from './catalogue'

/**
 * The organisation's cookie inventory (issue 18): the services its site uses, each with its category, the hosts it
 * loads from, its cookies and, when it is a company the register knows, the register's vendor key. A person
 * reviews it (the scanner proposes, never writes it); each saved inventory is a new version, and the banner asks
 * visitors again when the version changes.
 */
const text = z.string().trim().max(500)
export const inventoryCookieSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('the cookie name or a pattern with * (`_ga_*`); also localStorage keys'),
  provider: text.default('').describe('who sets it, e.g. Google'),
  purpose: text.default('').describe('what it is for, in words for visitors'),
  duration: z.string().trim().max(100).default('').describe('as stated to visitors: "2 years", "session"'),
  thirdCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .default(null)
    .describe('ISO country outside the EEA the data goes to, or null'),
})
export const inventoryServiceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .describe('a stable key, e.g. google-analytics'),
  name: z.string().trim().min(1).max(200).describe('the service as visitors know it, e.g. Google Analytics'),
  provider: text.default('').describe('the company behind it'),
  category: z
    .enum(COOKIE_CATEGORIES)
    .describe('the banner category it belongs to; only necessary needs no consent'),
  purpose: text.default('').describe('what it is for, in words for visitors'),
  hosts: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9.-]+(\/[^\s]*)?$/),
    )
    .max(50)
    .default([])
    .describe('hosts it loads from or sends to (a subdomain matches too), optionally with a path prefix'),
  vendor: z.string().max(100).optional().describe("the register's vendor key for the company behind it"),
  cookies: z
    .array(inventoryCookieSchema)
    .max(100)
    .default([])
    .describe('the cookies and storage keys it sets'),
})
const purposeKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/)
  .describe('a purpose key of the register that an activity names with legal basis consent')
/**
 * The register's consent purpose each optional category's choices are recorded under (consent module). A category
 * the banner offers without one is reported (purposeMapping), and its choices stay only in the banner's own log.
 */
export const inventoryPurposesSchema = z.strictObject({
  functional: purposeKey.optional(),
  analytics: purposeKey.optional(),
  advertising: purposeKey.optional(),
})
export const inventorySchema = z.strictObject({
  services: z
    .array(inventoryServiceSchema)
    .max(200)
    .describe('the services the website uses, with their cookies'),
  purposes: inventoryPurposesSchema
    .optional()
    .describe("per optional category, the register's consent purpose its banner choices are recorded under"),
})
export type InventoryPurposes = z.infer<typeof inventoryPurposesSchema>
export type Inventory = z.infer<typeof inventorySchema>
export type InventoryService = z.infer<typeof inventoryServiceSchema>
export type InventoryCookie = z.infer<typeof inventoryCookieSchema>

export function serviceOfCookie(inventory: Inventory, name: string): InventoryService | undefined {
  return inventory.services.find((s) => s.cookies.some((c) => cookiePatternMatches(c.name, name)))
}

export function serviceOfHost(inventory: Inventory, url: URL): InventoryService | undefined {
  return inventory.services.find((s) => s.hosts.some((h) => hostMatches(h, url)))
}

/** The categories the banner offers: those the inventory uses, or all optional ones while it has none. */
export function offeredCategories(inventory: Inventory): OptionalCategory[] {
  const inUse = categoriesInUse(inventory) as OptionalCategory[]
  return inUse.length > 0 ? inUse : [...OPTIONAL_CATEGORIES]
}

export type PurposeMappingStatus = 'mapped' | 'missing' | 'not_a_consent_purpose'

/**
 * For each category the banner offers: the consent purpose its choices are recorded under, or why they are not
 * (no purpose named, or a purpose that is not, or no longer, a consent purpose of the register).
 */
export function purposeMapping(
  inventory: Inventory,
  consentPurposes: ReadonlySet<string>,
): { category: OptionalCategory; purpose: string | null; status: PurposeMappingStatus }[] {
  return offeredCategories(inventory).map((category) => {
    const purpose = inventory.purposes?.[category] ?? null
    const status: PurposeMappingStatus =
      purpose === null ? 'missing' : consentPurposes.has(purpose) ? 'mapped' : 'not_a_consent_purpose'
    return { category, purpose, status }
  })
}

/** The optional categories the inventory uses, in their fixed order. */
export function categoriesInUse(inventory: Inventory): string[] {
  const used = new Set(inventory.services.map((s) => s.category))
  return COOKIE_CATEGORIES.filter((c) => c !== 'necessary' && used.has(c))
}

/**
 * What the declaration would state wrongly: a cookie's "third country" inside the EU/EEA (it would read "outside the
 * EEA (BE)"). Checked where a person writes the inventory (the whole inventory, one service), as accepting a
 * proposal checks it; `path` is where the service's cookies are in the request body.
 */
export function declarationIssues(
  services: readonly { readonly cookies: readonly { readonly thirdCountry: string | null }[] }[],
  pathOf: (service: number) => string,
): FieldIssue[] {
  return services.flatMap((service, s) =>
    service.cookies.flatMap((cookie, c) =>
      cookie.thirdCountry !== null && EEA_COUNTRIES.has(cookie.thirdCountry)
        ? [
            {
              path: `${pathOf(s)}.cookies.${c}.thirdCountry`,
              code: 'invalid_value' as const,
              message: 'A country of the EU/EEA is no third country: leave it empty.',
              params: { value: cookie.thirdCountry },
            },
          ]
        : [],
    ),
  )
}
