import { COOKIE_CATALOGUE, type CookieCategory, catalogueCookie, serviceOfUrl } from './catalogue'
import type { ScanResult } from './findings'
import { type Inventory, serviceOfCookie, serviceOfHost } from './inventory'

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
