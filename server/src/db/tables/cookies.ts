import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from './columns'

/** One version of an organisation's cookie inventory (0021); never changed once written. */
export interface CookieInventoriesTable {
  id: Generated<string>
  organization_id: string
  version: number
  data: Json<unknown>
  note: Generated<string>
  created_by: string | null
  created_at: GeneratedTimestamp
}

/** What the scanner visits and when the banner asks again (0021). */
export interface CookieSiteSettingsTable {
  organization_id: string
  scan_urls: Json<string[]>
  scan_depth: Generated<number>
  reconsent_days: Generated<number>
  updated_at: GeneratedTimestamp
}

export type CookieBannerEventKind = 'served' | 'choice'
export type CookieChoiceMethod = 'accept' | 'reject' | 'save' | 'gpc'

/** The banner was shown (served) or a choice was made (0021). */
export interface CookieBannerEventsTable {
  id: Generated<string>
  organization_id: string
  consent_id: string
  kind: CookieBannerEventKind
  method: CookieChoiceMethod | null
  granted: Json<string[]>
  inventory_version: number
  language: string | null
  page_url: string | null
  created_at: GeneratedTimestamp
}

/** One scan of the organisation's site (0021). */
export interface CookieScansTable {
  id: Generated<string>
  organization_id: string
  status: 'queued' | 'running' | 'completed' | 'failed'
  inventory_version: number | null
  result: Json<unknown>
  findings: Json<unknown>
  error: string | null
  /** When it was asked for (queued), then when Chromium started (running). */
  started_at: Timestamp
  /** Null until it completed or failed (0036). */
  finished_at: Timestamp | null
  requested_by: string | null
}

export type CookieProposalKind = 'cookie' | 'host'
export type CookieProposalStatus = 'open' | 'accepted' | 'dismissed'

/** A cookie or third-party host a scan saw that the inventory did not list, to accept or dismiss (0055). */
export interface CookieProposalsTable {
  id: Generated<string>
  organization_id: string
  kind: CookieProposalKind
  /** The cookie or storage name, or the host. */
  subject: string
  status: Generated<CookieProposalStatus>
  suggestion: Json<unknown>
  /** Where the scan saw it. */
  page: string
  scan_id: string | null
  /** The inventory version its acceptance saved. */
  inventory_version: number | null
  decided_by: string | null
  decided_at: Timestamp | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}
