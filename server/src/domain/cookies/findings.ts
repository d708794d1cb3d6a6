import { COOKIE_CATALOGUE, type CookieCategory, catalogueCookie, serviceOfUrl } from './catalogue'
import { type Inventory, serviceOfCookie, serviceOfHost } from './inventory'

/** What a visit saw in one phase (before consent, after Accept all, after Reject all). */
export interface ScanPhase {
  cookies: { name: string; domain: string; page: string }[]
  /** localStorage keys and IndexedDB database names. */
  storage: { kind: 'localStorage' | 'indexedDB'; name: string; page: string }[]
  /** Requests to hosts other than the site's own. */
  requests: { host: string; url: string; page: string }[]
}
export interface ScanResult {
  pages: string[]
  before: ScanPhase
  accepted: ScanPhase
  rejected: ScanPhase
}
export type PhaseName = 'before' | 'accepted' | 'rejected'

export type FindingCode =
  | 'cookie_before_consent'
  | 'tracker_before_consent'
  | 'cookie_after_reject'
  | 'tracker_after_reject'
  | 'cookie_not_in_inventory'
  | 'host_not_a_vendor'

export interface Finding {
  code: FindingCode
  /** The cookie or storage name, or the host. */
  subject: string
  page: string
  service: string | null
  category: CookieCategory | null
}

/** A cookie's category: the organisation's inventory first, then the built-in catalogue; null when unknown. */
export function classifyCookie(
  inventory: Inventory,
  name: string,
): { service: string; category: CookieCategory } | null {
  const own = serviceOfCookie(inventory, name)
  if (own) return { service: own.name, category: own.category }
  const known = catalogueCookie(name)
  return known ? { service: known.service.name, category: known.service.category } : null
}

export function classifyHost(
  inventory: Inventory,
  url: URL,
): { service: string; category: CookieCategory } | null {
  const own = serviceOfHost(inventory, url)
  if (own) return { service: own.name, category: own.category }
  const index = serviceOfUrl(url)
  const known = COOKIE_CATALOGUE[index]
  return known ? { service: known.name, category: known.category } : null
}

/**
 * The findings of a scan: non-necessary cookies or tracker requests before any consent and after Reject all
 * (unknown cookies count as non-necessary: silence is refusal), cookies and storage the inventory does not list,
 * and third-party hosts of no inventory service tied to a vendor of the register.
 */
export function scanFindings(
  result: ScanResult,
  inventory: Inventory,
  vendorKeys: readonly string[],
): Finding[] {
  const findings: Finding[] = []
  const seen = new Set<string>()
  const add = (f: Finding) => {
    const key = `${f.code}\u0000${f.subject}`
    if (seen.has(key)) return
    seen.add(key)
    findings.push(f)
  }
  const phases: [PhaseName, FindingCode, FindingCode][] = [
    ['before', 'cookie_before_consent', 'tracker_before_consent'],
    ['rejected', 'cookie_after_reject', 'tracker_after_reject'],
  ]
  for (const [phase, cookieCode, trackerCode] of phases) {
    for (const c of [...result[phase].cookies, ...result[phase].storage]) {
      const kind = classifyCookie(inventory, c.name)
      if (kind?.category !== 'necessary')
        add({
          code: cookieCode,
          subject: c.name,
          page: c.page,
          service: kind?.service ?? null,
          category: kind?.category ?? null,
        })
    }
    for (const r of result[phase].requests) {
      const kind = classifyHost(inventory, new URL(r.url))
      if (kind && kind.category !== 'necessary')
        add({
          code: trackerCode,
          subject: r.host,
          page: r.page,
          service: kind.service,
          category: kind.category,
        })
    }
  }
  for (const phase of ['before', 'accepted', 'rejected'] as const) {
    for (const c of [...result[phase].cookies, ...result[phase].storage]) {
      if (!serviceOfCookie(inventory, c.name) && c.name !== 'custos_consent') {
        const kind = classifyCookie(inventory, c.name)
        add({
          code: 'cookie_not_in_inventory',
          subject: c.name,
          page: c.page,
          service: kind?.service ?? null,
          category: kind?.category ?? null,
        })
      }
    }
    for (const r of result[phase].requests) {
      const url = new URL(r.url)
      const own = serviceOfHost(inventory, url)
      if (!own?.vendor || !vendorKeys.includes(own.vendor)) {
        const kind = classifyHost(inventory, url)
        add({
          code: 'host_not_a_vendor',
          subject: r.host,
          page: r.page,
          service: kind?.service ?? null,
          category: kind?.category ?? null,
        })
      }
    }
  }
  return findings
}

export interface ScanDiff {
  /** Findings new since the previous scan, and those it had that are gone. */
  newFindings: Finding[]
  resolvedFindings: Finding[]
  /** Cookie and storage names seen now (any phase) and not before, and the reverse. */
  newCookies: string[]
  goneCookies: string[]
}

function cookieNames(result: ScanResult | null): Set<string> {
  if (!result) return new Set()
  return new Set(
    (['before', 'accepted', 'rejected'] as const).flatMap((p) => [
      ...result[p].cookies.map((c) => c.name),
      ...result[p].storage.map((s) => s.name),
    ]),
  )
}

export function diffScans(
  previous: { result: ScanResult; findings: Finding[] } | null,
  current: { result: ScanResult; findings: Finding[] },
): ScanDiff {
  const key = (f: Finding) => `${f.code}\u0000${f.subject}`
  const before = new Set((previous?.findings ?? []).map(key))
  const now = new Set(current.findings.map(key))
  const oldNames = cookieNames(previous?.result ?? null)
  const newNames = cookieNames(current.result)
  return {
    newFindings: current.findings.filter((f) => !before.has(key(f))),
    resolvedFindings: (previous?.findings ?? []).filter((f) => !now.has(key(f))),
    newCookies: [...newNames].filter((n) => !oldNames.has(n)).sort(),
    goneCookies: [...oldNames].filter((n) => !newNames.has(n)).sort(),
  }
}
