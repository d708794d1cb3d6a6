import {
  COOKIE_CATALOGUE,
  type CookieCategory,
  catalogueCookie,
  hostMatches,
  serviceOfUrl,
} from './catalogue'
import type { ScanResult } from './findings'
import { type Inventory, type InventoryService, serviceOfCookie, serviceOfHost } from './inventory'

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

/** The organisation's own site, for cookies the catalogue does not know (most are set by the site itself). */
export const OWN_SITE_SERVICE = 'own-site'

function cookieSuggestion(name: string, ownName: string): ProposalSuggestion {
  const known = catalogueCookie(name)
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
        suggestion: cookieSuggestion(c.name, ownName),
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
}

export type AcceptRefusal = {
  field: 'category'
  code: 'required' | 'invalid_value'
  service?: InventoryService
}

/**
 * The inventory with the proposal added: a cookie joins the service the suggestion names (or founds it), a host is
 * added to that service's hosts. A service that exists keeps its category; choosing another is refused, as is
 * founding a service without a category.
 */
export function withProposal(
  inventory: Inventory,
  p: Pick<ProposalDraft, 'kind' | 'subject' | 'suggestion'>,
  choice: ProposalChoice,
): { inventory: Inventory } | { refused: AcceptRefusal } {
  const s = p.suggestion
  const existing = inventory.services.find((x) => x.id === s.serviceId)
  const cookie = {
    name: p.subject,
    provider: s.provider,
    purpose: choice.purpose ?? s.purpose,
    duration: choice.duration ?? s.duration,
    thirdCountry: s.thirdCountry,
  }
  if (existing) {
    if (choice.category && choice.category !== existing.category)
      return { refused: { field: 'category', code: 'invalid_value', service: existing } }
    const host = s.hosts.find((h) => hostMatches(h, new URL(s.url ?? `https://${p.subject}/`))) ?? p.subject
    const joined: InventoryService =
      p.kind === 'cookie'
        ? { ...existing, cookies: [...existing.cookies, cookie] }
        : { ...existing, hosts: [...existing.hosts, host] }
    return {
      inventory: { ...inventory, services: inventory.services.map((x) => (x === existing ? joined : x)) },
    }
  }
  const category = choice.category ?? s.category
  if (!category) return { refused: { field: 'category', code: 'required' } }
  const founded: InventoryService = {
    id: s.serviceId,
    name: s.serviceName,
    provider: s.provider,
    category,
    purpose: s.servicePurpose,
    hosts: s.hosts,
    cookies: p.kind === 'cookie' ? [cookie] : [],
  }
  return { inventory: { ...inventory, services: [...inventory.services, founded] } }
}
