/** State every web process shares. */

/** One rate-limit window of one limited route and client (a keyed hash), shared by every web process. */
export interface RateLimitCountersTable {
  key: string
  hits: number
  resets_at: Date
}

/** Raised by triggers whenever an organisation's public pages change (see migration 0010). */
export interface PublicPageRevisionsTable {
  organization_id: string
  revision: number
}
