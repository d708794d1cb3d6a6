import { EEA_COUNTRIES } from '../register/countries'
import {
  COOKIE_CATALOGUE,
  type CookieCategory,
  catalogueCookie,
  cookiePatternMatches,
  hostMatches,
  serviceOfUrl,
} from './catalogue'
import type { ScanResult } from './findings'
import {
  type Inventory,
  type InventoryService,
  inventorySchema,
  serviceOfCookie,
  serviceOfHost,
} from './inventory'

/**
 * Add-to-inventory proposals (issue 18): what a scan saw that no inventory service lists - a cookie or storage key,
 * or a third-party host - with what the built-in catalogue knows of it, so that a person can add it to the
 * inventory in one step or dismiss it. The scanner never writes the inventory itself.
 */
export type ProposalKind = 'cookie' | 'host'

export interface ProposalSuggestion {
  /** The inventory service it would join (an existing one with that id) or found. */
  serviceId: string
  serviceName: string
  provider: string
  /** Null when the catalogue does not know it: the person must choose. */
  category: CookieCategory | null
  servicePurpose: string
  /** The hosts a new service is given: the catalogue's for a known service, the host seen for an unknown one. */
  hosts: string[]
  /** For a cookie: what visitors are told of it. */
  purpose: string
  duration: string
  thirdCountry: string | null
  /** A request the scan saw to the host (hosts with a path in the catalogue need it to match). */
  url: string | null
  /** Whether the catalogue knew it. */
  known: boolean
  /** For a cookie: the domain the scan saw it set on (null for storage keys and hosts). */
  domain: string | null
  /**
   * Whether a party other than the organisation's site sets it: a host, or a cookie set on a domain that is not the
   * page's host nor one of its parent domains or subdomains. Null when proposed before the scanner recorded it.
   */
  thirdParty: boolean | null
}

export interface ProposalDraft {
  kind: ProposalKind
  subject: string
  page: string
  suggestion: ProposalSuggestion
}

const CUSTOS_COOKIE = 'custos_consent'

/** A service id for a host the catalogue does not know: `cdn.example.net` -> `cdn-example-net`. */
function idOfHost(host: string): string {
  const id = host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
  return /^[a-z0-9]/.test(id) ? id : `host-${id}`.slice(0, 63)
}

/** The organisation's own site, for cookies the catalogue does not know that the site's own domain sets. */
export const OWN_SITE_SERVICE = 'own-site'

/**
 * Whether a cookie set on `domain` belongs to another party than the page it was seen on: the page's host, its parent
 * domains (`.shop.example` for www.shop.example) and its subdomains count as the site's own; any other domain -
 * another subdomain of the same site included, for want of a public suffix list - counts as a third party, so that a
 * person says who sets it rather than the declaration guessing.
 */
export function setByThirdParty(domain: string, page: string): boolean {
  const d = domain.replace(/^\./, '').toLowerCase()
  let host: string
  try {
    host = new URL(page).hostname.toLowerCase()
  } catch {
    return true
  }
  return !(d === host || host.endsWith(`.${d}`) || d.endsWith(`.${host}`))
}

function cookieSuggestion(
  c: { name: string; domain?: string; page: string },
  ownName: string,
): ProposalSuggestion {
  const domain = c.domain ? c.domain.replace(/^\./, '').toLowerCase() : null
  const thirdParty = domain !== null && setByThirdParty(domain, c.page)
  const known = catalogueCookie(c.name)
  if (known)
    return {
      serviceId: known.service.id,
      serviceName: known.service.name,
      provider: known.service.provider,
      category: known.service.category,
      servicePurpose: '',
      hosts: [...known.service.hosts],
      purpose: known.cookie.purpose,
      duration: known.cookie.duration,
      thirdCountry: known.service.thirdCountry,
      url: null,
      known: true,
      domain,
      thirdParty,
    }
  // Set on another party's domain: a service of that domain whose provider and third country a person states.
  if (domain !== null && thirdParty)
    return {
      serviceId: idOfHost(domain),
      serviceName: domain,
      provider: '',
      category: null,
      servicePurpose: '',
      hosts: [domain],
      purpose: '',
      duration: '',
      thirdCountry: null,
      url: null,
      known: false,
      domain,
      thirdParty: true,
    }
  return {
    serviceId: OWN_SITE_SERVICE,
    serviceName: ownName,
    provider: ownName,
    category: null,
    servicePurpose: '',
    hosts: [],
    purpose: '',
    duration: '',
    thirdCountry: null,
    url: null,
    known: false,
    domain,
    thirdParty: false,
  }
}

function hostSuggestion(host: string, url: string): ProposalSuggestion {
  const known = COOKIE_CATALOGUE[serviceOfUrl(new URL(url))]
  if (known)
    return {
      serviceId: known.id,
      serviceName: known.name,
      provider: known.provider,
      category: known.category,
      servicePurpose: '',
      hosts: [...known.hosts],
      purpose: '',
      duration: '',
      thirdCountry: known.thirdCountry,
      url,
      known: true,
      domain: null,
      thirdParty: true,
    }
  return {
    serviceId: idOfHost(host),
    serviceName: host,
    provider: '',
    category: null,
    servicePurpose: '',
    hosts: [host],
    purpose: '',
    duration: '',
    thirdCountry: null,
    url,
    known: false,
    domain: null,
    thirdParty: true,
  }
}

/** Everything a completed scan saw (any phase) that the inventory does not list, once per name or host. */
export function proposalsFromScan(
  result: ScanResult,
  inventory: Inventory,
  ownName: string,
): ProposalDraft[] {
  const drafts = new Map<string, ProposalDraft>()
  for (const phase of ['before', 'accepted', 'rejected'] as const) {
    for (const c of [...result[phase].cookies, ...result[phase].storage]) {
      const key = `cookie\u0000${c.name}`
      if (c.name === CUSTOS_COOKIE || drafts.has(key) || serviceOfCookie(inventory, c.name)) continue
      drafts.set(key, {
        kind: 'cookie',
        subject: c.name,
        page: c.page,
        suggestion: cookieSuggestion(c, ownName),
      })
    }
    for (const r of result[phase].requests) {
      const key = `host\u0000${r.host}`
      if (drafts.has(key) || serviceOfHost(inventory, new URL(r.url))) continue
      drafts.set(key, {
        kind: 'host',
        subject: r.host,
        page: r.page,
        suggestion: hostSuggestion(r.host, r.url),
      })
    }
  }
  return [...drafts.values()]
}

/** Whether the inventory lists it by now (a person added it by hand, or through another proposal). */
export function inInventory(inventory: Inventory, p: Pick<ProposalDraft, 'kind' | 'subject' | 'suggestion'>) {
  if (p.kind === 'cookie') return serviceOfCookie(inventory, p.subject) !== undefined
  return serviceOfHost(inventory, new URL(p.suggestion.url ?? `https://${p.subject}/`)) !== undefined
}

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
