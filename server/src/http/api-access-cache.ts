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
 * What every API call looks up before its work - the token behind the Bearer secret (by its hash) and the
 * organisation behind the slug - kept in memory while, and only while, this process hears every change announced
 * (NOTIFY custos_api_access, migration 0087: a token revoked, expired, rescoped or deleted; an organisation changed
 * or deleted). When the listening session is down, or announcements are off (CUSTOS_DB_LISTEN=false), nothing is
 * kept and each call reads the database as before. A revocation made by this process drops its tokens before the
 * answer leaves (http/api-access.ts), so the next call is refused even before the announcement arrives. An expiry
 * is checked on every use. Decision 0106.
 */
export class ApiAccessCache {
  private readonly tokens = new Map<string, UsableToken>()
  private readonly organizations = new Map<string, Organization>()
  /** Raised on every change: a value read before a change announced meanwhile is not kept. */
  private epoch = 0
  private trusted = false

  /** The token behind `tokenHash`, or undefined when none may be used now. */
  async token(
    tokenHash: string,
    now: Date,
    load: () => Promise<UsableToken | undefined>,
  ): Promise<UsableToken | undefined> {
    const known = this.trusted ? this.tokens.get(tokenHash) : undefined
    const token = known ?? (await this.remember(this.tokens, tokenHash, load))
    if (!token || (token.expiresAt && token.expiresAt.getTime() <= now.getTime())) return undefined
    return token
  }

  /** The organisation behind `slug`, or undefined when there is none. */
  async organization(slug: string, load: () => Promise<Organization | undefined>) {
    const known = this.trusted ? this.organizations.get(slug) : undefined
    return known ?? (await this.remember(this.organizations, slug, load))
  }

  private async remember<T>(map: Map<string, T>, key: string, load: () => Promise<T | undefined>) {
    const epoch = this.epoch
    const value = await load()
    if (value !== undefined && this.trusted && epoch === this.epoch) {
      if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value as string)
      map.set(key, value)
    }
    return value
  }

  /** An announcement: `token:<id>` or `org:<id>` (anything else drops everything). */
  changed(payload: string): void {
    this.epoch++
    const [kind, id] = payload.split(':')
    if (kind === 'token') {
      for (const [hash, token] of this.tokens) if (token.tokenId === id) this.tokens.delete(hash)
    } else if (kind === 'org') {
      for (const [slug, organization] of this.organizations)
        if (organization.id === id) this.organizations.delete(slug)
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
