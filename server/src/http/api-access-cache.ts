import type { Scope } from '../auth/policy'
import type { Organization } from '../modules/organizations'

/** An API token as the gate needs it, with what decides whether it may still be used. */
export interface UsableToken {
  tokenId: string
  tokenName: string
  organizationId: string
  scopes: Scope[]
  expiresAt: Date | null
  /** When its use was last written (the cached copy is updated when it is written again). */
  lastUsedAt: Date | null
}

/** Entries kept at most of each kind (the oldest go first). */
const MAX_ENTRIES = 10_000
/**
 * How long an entry is used before it is read again, whatever was heard: the bound on a change missed while the
 * listening session looked alive but was not (a network path that drops idle connections without a word). The
 * listener's heartbeat (db/channel-listener.ts) notices such a session within about half a minute; this bounds the
 * rest (review V14).
 */
export const MAX_AGE_MS = 30_000

interface Kept<T> {
  value: T
  /** When it was read from the database (this process's clock, ms). */
  readAt: number
}

/**
 * What every API call looks up before its work - the token behind the Bearer secret (by its hash) and the
 * organisation behind the slug - kept in memory while, and only while, this process hears every change announced
 * (NOTIFY custos_api_access, migration 0087: a token revoked, expired, rescoped or deleted; an organisation changed
 * or deleted). When the listening session is down, or announcements are off (CUSTOS_DB_LISTEN=false), nothing is
 * kept and each call reads the database as before. A revocation made by this process drops its tokens before the
 * answer leaves (http/api-access.ts), so the next call is refused even before the announcement arrives. An expiry
 * is checked on every use, and nothing kept is used once it is MAX_AGE_MS old. Decision 0106.
 */
export class ApiAccessCache {
  private readonly tokens = new Map<string, Kept<UsableToken>>()
  private readonly organizations = new Map<string, Kept<Organization>>()
  /** Raised on every change: a value read before a change announced meanwhile is not kept. */
  private epoch = 0
  private trusted = false

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly maxAgeMs: number = MAX_AGE_MS,
  ) {}

  /** The token behind `tokenHash`, or undefined when none may be used now. */
  async token(
    tokenHash: string,
    now: Date,
    load: () => Promise<UsableToken | undefined>,
  ): Promise<UsableToken | undefined> {
    const token = this.fresh(this.tokens, tokenHash) ?? (await this.remember(this.tokens, tokenHash, load))
    if (!token || (token.expiresAt && token.expiresAt.getTime() <= now.getTime())) return undefined
    return token
  }

  /** The organisation behind `slug`, or undefined when there is none. */
  async organization(slug: string, load: () => Promise<Organization | undefined>) {
    return this.fresh(this.organizations, slug) ?? (await this.remember(this.organizations, slug, load))
  }

  /** What is kept under `key`, while trusted and younger than the maximum age. */
  private fresh<T>(map: Map<string, Kept<T>>, key: string): T | undefined {
    if (!this.trusted) return undefined
    const kept = map.get(key)
    if (!kept) return undefined
    if (this.clock() - kept.readAt >= this.maxAgeMs) {
      map.delete(key)
      return undefined
    }
    return kept.value
  }

  private async remember<T>(map: Map<string, Kept<T>>, key: string, load: () => Promise<T | undefined>) {
    const epoch = this.epoch
    const readAt = this.clock()
    const value = await load()
    if (value !== undefined && this.trusted && epoch === this.epoch) {
      if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value as string)
      map.set(key, { value, readAt })
    }
    return value
  }

  /** An announcement: `token:<id>` or `org:<id>` (anything else drops everything). */
  changed(payload: string): void {
    this.epoch++
    const [kind, id] = payload.split(':')
    if (kind === 'token') {
      for (const [hash, token] of this.tokens) if (token.value.tokenId === id) this.tokens.delete(hash)
    } else if (kind === 'org') {
      for (const [slug, organization] of this.organizations)
        if (organization.value.id === id) this.organizations.delete(slug)
    } else this.forgetAll()
  }

  /** Forgets every token (a token was changed by this process: do not wait for the announcement). */
  forgetTokens(): void {
    this.epoch++
    this.tokens.clear()
  }

  forgetOrganization(slug: string): void {
    this.epoch++
    this.organizations.delete(slug)
  }

  /** Listening (true): announcements reach this process; lost (false): what was announced meanwhile is unknown. */
  setTrusted(trusted: boolean): void {
    this.forgetAll()
    this.trusted = trusted
  }

  private forgetAll() {
    this.epoch++
    this.tokens.clear()
    this.organizations.clear()
  }
}
