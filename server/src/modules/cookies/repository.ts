import { type Kysely, sql, type Transaction } from 'kysely'
import type { CookieChoiceMethod, DB } from '../../db/schema'
import type { Finding, ScanResult } from '../../domain/cookies/findings'
import { type Inventory, inventorySchema } from '../../domain/cookies/inventory'
import { defineStoredJson } from '../../lib/stored-json'
import { lockOrganization } from '../organizations'
import { storedScanFindings, storedScanResult } from './scan-stored'

/** One saved version of the cookie inventory (decision 0025), checked against the inventory's schema. */
const storedInventory = defineStoredJson<Inventory>({
  name: 'cookie_inventory.data',
  version: 1,
  schema: inventorySchema,
})

type Db = Kysely<DB> | Transaction<DB>

export interface InventoryVersion {
  version: number
  inventory: Inventory
  note: string
  createdAt: Date
}

export async function latestInventory(db: Db, organizationId: string): Promise<InventoryVersion | undefined> {
  const row = await db
    .selectFrom('cookie_inventories')
    .select(['id', 'version', 'data', 'note', 'created_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
  return (
    row && {
      version: row.version,
      inventory: storedInventory.read(row.data, row.id),
      note: row.note,
      createdAt: row.created_at,
    }
  )
}

export async function inventoryVersions(db: Db, organizationId: string) {
  return db
    .selectFrom('cookie_inventories')
    .select(['version', 'note', 'created_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .limit(100)
    .execute()
}

/**
 * Locks the organisation's inventory versions until the transaction ends: two saves at once would otherwise both read
 * version n and both write n + 1 (the second refused by the unique key).
 */
export async function lockInventoryVersions(trx: Transaction<DB>, organizationId: string): Promise<void> {
  await lockOrganization(trx, organizationId)
}

export async function insertInventory(
  trx: Transaction<DB>,
  row: {
    organizationId: string
    version: number
    inventory: Inventory
    note: string
    createdBy: string | null
  },
) {
  await trx
    .insertInto('cookie_inventories')
    .values({
      organization_id: row.organizationId,
      version: row.version,
      data: storedInventory.serialize(row.inventory),
      note: row.note,
      created_by: row.createdBy,
    })
    .execute()
}

export interface SiteSettings {
  scanUrls: string[]
  scanDepth: number
  reconsentDays: number
}
export const DEFAULT_SITE_SETTINGS: SiteSettings = { scanUrls: [], scanDepth: 0, reconsentDays: 182 }

export async function siteSettings(db: Db, organizationId: string): Promise<SiteSettings> {
  const row = await db
    .selectFrom('cookie_site_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst()
  return row
    ? { scanUrls: row.scan_urls, scanDepth: row.scan_depth, reconsentDays: row.reconsent_days }
    : DEFAULT_SITE_SETTINGS
}

export async function upsertSiteSettings(trx: Transaction<DB>, organizationId: string, s: SiteSettings) {
  const values = {
    scan_urls: JSON.stringify(s.scanUrls),
    scan_depth: s.scanDepth,
    reconsent_days: s.reconsentDays,
    updated_at: new Date(),
  }
  await trx
    .insertInto('cookie_site_settings')
    .values({ organization_id: organizationId, ...values })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet(values))
    .execute()
}

export interface BannerEvent {
  consentId: string
  kind: 'served' | 'choice'
  method: CookieChoiceMethod | null
  granted: string[]
  inventoryVersion: number
  language: string | null
  pageUrl: string | null
}

export async function insertBannerEvent(db: Db, organizationId: string, e: BannerEvent) {
  await db
    .insertInto('cookie_banner_events')
    .values({
      organization_id: organizationId,
      consent_id: e.consentId,
      kind: e.kind,
      method: e.method,
      granted: JSON.stringify(e.granted),
      inventory_version: e.inventoryVersion,
      language: e.language,
      page_url: e.pageUrl,
    })
    .execute()
}

export function bannerEventsOf(db: Db, organizationId: string, consentId: string) {
  return db
    .selectFrom('cookie_banner_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('consent_id', '=', consentId)
    .orderBy('created_at')
    .execute()
}

export type ScanStatus = 'queued' | 'running' | 'completed' | 'failed'

export interface StoredScan {
  id: string
  status: ScanStatus
  inventoryVersion: number | null
  result: ScanResult | null
  findings: Finding[]
  error: string | null
  startedAt: Date
  finishedAt: Date | null
}

export interface ScanOutcome {
  status: 'completed' | 'failed'
  inventoryVersion: number | null
  result: ScanResult | null
  findings: Finding[]
  error: string | null
}

/** A scan run at once and stored when it ended (the CLI and the monthly job). */
export async function insertScan(
  db: Db,
  organizationId: string,
  scan: ScanOutcome & { startedAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('cookie_scans')
    .values({
      organization_id: organizationId,
      status: scan.status,
      inventory_version: scan.inventoryVersion,
      result: scan.result ? storedScanResult.serialize(scan.result) : '{}',
      findings: storedScanFindings.serialize(scan.findings),
      error: scan.error,
      started_at: scan.startedAt,
      finished_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** A scan asked for: queued until a worker takes it. */
export async function queueScan(db: Db, organizationId: string, requestedBy: string | null): Promise<string> {
  const row = await db
    .insertInto('cookie_scans')
    .values({
      organization_id: organizationId,
      status: 'queued',
      started_at: new Date(),
      finished_at: null,
      requested_by: requestedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The organisation's scans queued or running. */
export function unfinishedScans(db: Db, organizationId: string) {
  return db
    .selectFrom('cookie_scans')
    .select(['id', 'status', 'started_at'])
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['queued', 'running'])
    .execute()
}

/**
 * Records an unfinished scan as failed with `error` (its worker stopped, or it never reached the queue); its end
 * stays unknown. False when it had ended meanwhile.
 */
export async function giveUpScan(db: Db, id: string, error: string): Promise<boolean> {
  const updated = await db
    .updateTable('cookie_scans')
    .set({ status: 'failed', error })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst()
  return Number(updated.numUpdatedRows) > 0
}

/** Takes a queued scan (once): running from now. Answers its organisation, or nothing when it was taken. */
export function claimScan(db: Db, id: string) {
  return db
    .updateTable('cookie_scans')
    .set({ status: 'running', started_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returning('organization_id')
    .executeTakeFirst()
}

/** Stores a scan's outcome; false when the scan was already recorded as failed (given up or not queued). */
export async function finishScan(db: Db, id: string, outcome: ScanOutcome): Promise<boolean> {
  const result = await db
    .updateTable('cookie_scans')
    .set({
      status: outcome.status,
      inventory_version: outcome.inventoryVersion,
      result: outcome.result ? storedScanResult.serialize(outcome.result) : '{}',
      findings: storedScanFindings.serialize(outcome.findings),
      error: outcome.error,
      finished_at: new Date(),
    })
    .where('id', '=', id)
    // A scan already recorded as failed (given up, or not queued) stays so: a worker ending late does not revive it.
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

export async function recentScans(db: Db, organizationId: string, limit: number): Promise<StoredScan[]> {
  const rows = await db
    .selectFrom('cookie_scans')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    inventoryVersion: r.inventory_version,
    result: r.status === 'completed' ? storedScanResult.read(r.result, r.id) : null,
    findings: storedScanFindings.read(r.findings, r.id),
    error: r.error,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  }))
}

/** The organisations with at least one URL to scan (the monthly job), by id; their rows are read through organizations' face. */
export async function organizationIdsToScan(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('cookie_site_settings')
    .select('organization_id')
    .where(sql<boolean>`jsonb_array_length(scan_urls) > 0`)
    .execute()
  return rows.map((r) => r.organization_id)
}
