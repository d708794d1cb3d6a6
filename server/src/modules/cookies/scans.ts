import type { AppContext } from '../../context'
import { diffScans, type ScanResult, scanFindings } from '../../domain/cookies/findings'
import { Conflict } from '../../domain/errors'
import { lockKey, queueOnePerKey } from '../../jobs/one-per-key'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { proposeFromScan } from './proposals'
import {
  finishScan,
  giveUpScan,
  insertScan,
  latestInventory,
  queueScan,
  recentScans,
  type ScanOutcome,
  type StoredScan,
  siteSettings,
  unfinishedScans,
} from './repository'

export type ScanRunner = (urls: string[], options: { depth: number }) => Promise<ScanResult>

/**
 * A scan asked for more than this long ago that still has no end will not end any more (its worker stopped; the
 * job expires after 30 minutes): it is shown as failed and does not stop a new one.
 */
export const SCAN_GIVEN_UP_MS = 60 * 60_000
const GIVEN_UP = 'The scan stopped without a result (its worker was stopped or timed out).'
const NOT_QUEUED = 'The scan could not be handed to a worker; start it again.'

/**
 * Scans the organisation's configured URLs with the given runner (headless Chromium in scanner.ts) and works out
 * its findings against the inventory and the register's vendors, and the difference from the previous completed
 * scan. A failed scan is an outcome too, with its error.
 */
async function scanNow(ctx: AppContext, org: Organization, runner: ScanRunner): Promise<ScanOutcome> {
  const settings = await siteSettings(ctx.db, org.id)
  const latest = await latestInventory(ctx.db, org.id)
  const inventory = latest?.inventory ?? { services: [] }
  const inventoryVersion = latest?.version ?? null
  let result: ScanResult
  try {
    result = await runner(settings.scanUrls, { depth: settings.scanDepth })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { status: 'failed', inventoryVersion, result: null, findings: [], error: message }
  }
  // Requests to this Custos installation (the banner itself) are no third party of the site.
  const custosHost = new URL(ctx.config.publicUrl).hostname
  for (const phase of [result.before, result.accepted, result.rejected])
    phase.requests = phase.requests.filter((r) => r.host !== custosHost)
  const register = await loadRegister(ctx, org)
  const findings = scanFindings(
    result,
    inventory,
    register.vendors.map((v) => v.key),
  )
  return { status: 'completed', inventoryVersion, result, findings, error: null }
}

/** Scans at once and stores the outcome (the CLI and the monthly job); a failure is stored, then thrown. */
export async function runCookieScan(ctx: AppContext, org: Organization, runner: ScanRunner) {
  const settings = await siteSettings(ctx.db, org.id)
  if (settings.scanUrls.length === 0) throw new Error(`No URLs to scan are configured for ${org.slug}`)
  const previous = (await recentScans(ctx.db, org.id, 10)).find((s) => s.status === 'completed')
  const startedAt = new Date()
  const outcome = await scanNow(ctx, org, runner)
  const id = await insertScan(ctx.db, org.id, { ...outcome, startedAt })
  if (outcome.status === 'failed') throw new Error(outcome.error ?? 'The scan failed')
  const result = outcome.result as ScanResult
  await proposeFromScan(ctx, org, id, result)
  const diff = diffScans(previous?.result ? { result: previous.result, findings: previous.findings } : null, {
    result,
    findings: outcome.findings,
  })
  return { id, result, findings: outcome.findings, diff }
}

/**
 * Asks for a scan of the organisation's site (the web page's button, the API): recorded as queued and done by a
 * worker. Refused when no URL to scan is set, or while another scan is queued or running.
 */
export async function requestCookieScan(
  ctx: AppContext,
  org: Organization,
  requestedBy: string | null,
  queue: (scanId: string) => Promise<void>,
): Promise<string> {
  const settings = await siteSettings(ctx.db, org.id)
  if (settings.scanUrls.length === 0)
    throw new Conflict('no_scan_urls', 'Set the pages to scan first (PUT .../cookies/settings, scanUrls).')
  // One scan per site at a time: the organisation's scan key is locked while the scans under way are looked at (a
  // partial unique index, migration 0074, backs it); a scan that lost its worker is recorded as failed first.
  const scan = await queueOnePerKey(
    ctx,
    {
      lock: (ctx) => lockKey(ctx, 'cookie-scan', org.id),
      underway: (ctx) => unfinishedScans(ctx.db, org.id),
      stillUnderway: async (ctx, scan) => {
        if (Date.now() - scan.started_at.getTime() < SCAN_GIVEN_UP_MS) return true
        await giveUpScan(ctx.db, scan.id, GIVEN_UP)
        return false
      },
      busy: (scan) =>
        new Conflict('scan_in_progress', 'A scan of this site is already queued or running.', {
          params: { scanId: scan.id },
        }),
      insert: async (ctx) => ({ id: await queueScan(ctx.db, org.id, requestedBy) }),
      notQueued: async (ctx, scan) => {
        await giveUpScan(ctx.db, scan.id, NOT_QUEUED)
      },
    },
    queue,
  )
  return scan.id
}

/** The worker's part of a requested scan: scans and stores the outcome on the queued row. */
export async function runRequestedScan(
  ctx: AppContext,
  org: Organization,
  scanId: string,
  runner: ScanRunner,
): Promise<ScanOutcome> {
  const outcome = await scanNow(ctx, org, runner)
  // A scan recorded as failed meanwhile keeps that outcome and proposes nothing (review m4).
  const stored = await finishScan(ctx.db, scanId, outcome)
  if (stored && outcome.result) await proposeFromScan(ctx, org, scanId, outcome.result)
  return outcome
}

/** A queued or running scan that cannot end any more is shown as what it is: failed. */
function asShown(scan: StoredScan, now: number): StoredScan {
  const unfinished = scan.status === 'queued' || scan.status === 'running'
  if (!unfinished || now - scan.startedAt.getTime() < SCAN_GIVEN_UP_MS) return scan
  return { ...scan, status: 'failed', error: GIVEN_UP }
}

/**
 * The latest scans, newest first, each completed one with its difference from the completed scan before it (none
 * for the first completed scan: there is nothing to compare with).
 */
export async function scansOf(ctx: AppContext, org: Organization) {
  const now = Date.now()
  const scans = (await recentScans(ctx.db, org.id, 11)).map((s) => asShown(s, now))
  return scans.slice(0, 10).map((scan, i) => {
    const previous = scans.slice(i + 1).find((s) => s.status === 'completed')
    const diff =
      scan.result && scan.status === 'completed' && previous?.result
        ? diffScans(previous?.result ? { result: previous.result, findings: previous.findings } : null, {
            result: scan.result,
            findings: scan.findings,
          })
        : null
    return { scan, diff }
  })
}
