import { EEA_COUNTRIES } from '../register/countries'
import { type CookieCategory, cookiePatternMatches, hostMatches } from './catalogue'
import { type Inventory, type InventoryService, inventorySchema } from './inventory'
import type { ProposalDraft, ProposalKind, ProposalSuggestion } from './proposals'

/** Accepting a proposal: what the person chose, the checks, and the inventory with the proposal added. */

/** What the person chose when accepting: each overrides the suggestion. */
export interface ProposalChoice {
  category?: CookieCategory | undefined
  purpose?: string | undefined
  duration?: string | undefined
  /** Who sets it (required for a third party the catalogue does not know). */
  provider?: string | undefined
  /** ISO code of the country outside the EU/EEA the data goes to, or 'none' (required with provider). */
  thirdCountry?: string | undefined
  /** For a name longer than an inventory cookie name may be: a pattern with * that matches it. */
  name?: string | undefined
}

export type AcceptField =
  | 'category'
  | 'purpose'
  | 'duration'
  | 'provider'
  | 'thirdCountry'
  | 'name'
  | 'serviceId'
  | 'hosts'
export type AcceptRefusal = {
  field: AcceptField
  code: 'required' | 'invalid_value' | 'too_big'
  service?: InventoryService
  params?: Record<string, string | number>
}

const MAX_NAME = 200
const MAX_COOKIES = 100
const MAX_HOSTS = 50
const MAX_SERVICES = 200

/**
 * Whether accepting must state who sets it and where its data goes: a third party the catalogue does not know, unless
 * it joins a service of the inventory that states its provider already (see `withServiceOrigin`).
 */
export function needsOrigin(s: ProposalSuggestion): boolean {
  return !s.known && s.thirdParty !== false && !(s.thirdParty === true && s.provider)
}

/**
 * The suggestion with the provider and third country of the inventory service it would join: a second cookie of a
 * third party the person described once is not asked about again.
 */
export function withServiceOrigin(inventory: Inventory, s: ProposalSuggestion): ProposalSuggestion {
  if (s.known || s.thirdParty !== true) return s
  const existing = inventory.services.find((x) => x.id === s.serviceId)
  if (!existing?.provider) return s
  const country = existing.cookies.find((c) => c.thirdCountry)?.thirdCountry ?? null
  return { ...s, provider: existing.provider, thirdCountry: country }
}

/** The shortest literal start a cookie pattern keeps before its first `*`, so that it cannot cover the whole site. */
export const PATTERN_PREFIX = 3

/** The field of the proposal an inventory issue concerns (the hosts a new service is given, or the cookie's fields). */
function issueField(path: readonly PropertyKey[], kind: ProposalKind): AcceptField {
  if (path.includes('hosts')) return 'hosts'
  const last = path[path.length - 1]
  if (path.includes('cookies') && (last === 'provider' || last === 'purpose' || last === 'duration'))
    return last
  if (path.includes('cookies') && last === 'thirdCountry') return 'thirdCountry'
  return kind === 'cookie' ? 'name' : 'serviceId'
}

/** A service at its limit of cookies or hosts: refused on the service, saying of what (422, nothing stored). */
function serviceFull(
  service: InventoryService,
  maximum: number,
  kind: 'cookies' | 'hosts',
): { refused: AcceptRefusal } {
  return { refused: { field: 'serviceId', code: 'too_big', service, params: { maximum, kind } } }
}

/**
 * The inventory with the proposal added: a cookie joins the service the suggestion names (or founds it), a host is
 * added to that service's hosts. Refused, naming the field: a service that exists keeps its category; a new service
 * needs one; a third party the catalogue does not know needs its provider and third country (or 'none'); a cookie
 * needs a purpose and a duration for the declaration; a name longer than 200 characters needs a pattern that
 * matches it; a service at its cookie or host limit, or an inventory at its service limit, takes no more.
 */
export function withProposal(
  inventory: Inventory,
  p: Pick<ProposalDraft, 'kind' | 'subject' | 'suggestion'>,
  choice: ProposalChoice,
): { inventory: Inventory } | { refused: AcceptRefusal } {
  const s = p.suggestion
  const existing = inventory.services.find((x) => x.id === s.serviceId)
  const provider = choice.provider?.trim() || (needsOrigin(s) ? '' : s.provider)
  if (needsOrigin(s)) {
    if (!provider) return { refused: { field: 'provider', code: 'required' } }
    if (choice.thirdCountry === undefined) return { refused: { field: 'thirdCountry', code: 'required' } }
  }
  if (choice.thirdCountry !== undefined && EEA_COUNTRIES.has(choice.thirdCountry.toUpperCase()))
    return {
      refused: { field: 'thirdCountry', code: 'invalid_value', params: { value: choice.thirdCountry } },
    }
  const thirdCountry =
    choice.thirdCountry === undefined
      ? s.thirdCountry
      : choice.thirdCountry === 'none'
        ? null
        : choice.thirdCountry
  if (existing && choice.category && choice.category !== existing.category)
    return { refused: { field: 'category', code: 'invalid_value', service: existing } }
  const category = existing ? existing.category : (choice.category ?? s.category)
  if (!category) return { refused: { field: 'category', code: 'required' } }

  /** The service this proposal founds when the inventory has none of its id (its cookies or hosts added below). */
  const newService: InventoryService = {
    id: s.serviceId,
    name: s.serviceName,
    provider,
    category,
    purpose: s.servicePurpose,
    hosts: s.hosts,
    cookies: [],
  }
  let joined: InventoryService
  if (p.kind === 'cookie') {
    const purpose = choice.purpose ?? s.purpose
    const duration = choice.duration ?? s.duration
    if (!purpose.trim()) return { refused: { field: 'purpose', code: 'required' } }
    if (!duration.trim()) return { refused: { field: 'duration', code: 'required' } }
    const name = choice.name?.trim() || p.subject
    if (name.length > MAX_NAME)
      return { refused: { field: 'name', code: 'too_big', params: { maximum: MAX_NAME } } }
    if (name !== p.subject) {
      // A pattern keeps a literal start (`*` or `a*` would cover every cookie of the site), matches the name seen and
      // covers no other cookie the inventory lists, which would otherwise be declared under this service.
      const star = name.indexOf('*')
      const other = inventory.services
        .flatMap((x) => x.cookies)
        .find((c) => c.name !== name && cookiePatternMatches(name, c.name))
      if (star < PATTERN_PREFIX || !cookiePatternMatches(name, p.subject))
        return {
          refused: {
            field: 'name',
            code: 'invalid_value',
            params: { value: name, minimum: PATTERN_PREFIX },
          },
        }
      if (other)
        return {
          refused: { field: 'name', code: 'invalid_value', params: { value: name, other: other.name } },
        }
    }
    const cookie = { name, provider, purpose, duration, thirdCountry }
    if (existing && existing.cookies.length >= MAX_COOKIES)
      return serviceFull(existing, MAX_COOKIES, 'cookies')
    joined = existing
      ? { ...existing, cookies: [...existing.cookies, cookie] }
      : { ...newService, cookies: [cookie] }
  } else {
    const host = s.hosts.find((h) => hostMatches(h, new URL(s.url ?? `https://${p.subject}/`))) ?? p.subject
    if (existing && existing.hosts.length >= MAX_HOSTS) return serviceFull(existing, MAX_HOSTS, 'hosts')
    joined = existing ? { ...existing, hosts: [...existing.hosts, host] } : newService
  }
  if (!existing && inventory.services.length >= MAX_SERVICES)
    return {
      refused: { field: 'serviceId', code: 'too_big', params: { maximum: MAX_SERVICES, kind: 'services' } },
    }
  const next = {
    ...inventory,
    services: existing
      ? inventory.services.map((x) => (x === existing ? joined : x))
      : [...inventory.services, joined],
  }
  // Anything else the inventory cannot hold (a host it cannot store, a name too long for a service) is refused here
  // rather than failing when the version is stored.
  const checked = inventorySchema.safeParse(next)
  if (!checked.success) {
    const field = issueField(checked.error.issues[0]?.path ?? [], p.kind)
    const value = field === 'hosts' ? s.hosts.join(', ') : p.subject
    return { refused: { field, code: 'invalid_value', params: { value: value.slice(0, 200) } } }
  }
  return { inventory: checked.data }
}
