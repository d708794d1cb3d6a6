import type { AppContext } from '../../context'
import { diffScans, type ScanResult, scanFindings } from '../../domain/cookies/findings'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { insertScan, latestInventory, recentScans, siteSettings } from './repository'

export type ScanRunner = (urls: string[], options: { depth: number }) => Promise<ScanResult>

/**
 * Scans the organisation's configured URLs with the given runner (headless Chromium in scanner.ts), stores the
 * result with its findings against the inventory and the register's vendors, and answers it with the difference
 * from the previous completed scan. A failed scan is stored too, with its error.
 */
export async function runCookieScan(ctx: AppContext, org: Organization, runner: ScanRunner) {
  const settings = await siteSettings(ctx.db, org.id)
  if (settings.scanUrls.length === 0) throw new Error(`No URLs to scan are configured for ${org.slug}`)
  const latest = await latestInventory(ctx.db, org.id)
  const inventory = latest?.inventory ?? { services: [] }
  const startedAt = new Date()
  let result: ScanResult
  try {
    result = await runner(settings.scanUrls, { depth: settings.scanDepth })
  } catch (error) {
    await insertScan(ctx.db, org.id, {
      status: 'failed',
      inventoryVersion: latest?.version ?? null,
      result: null,
      findings: [],
      error: error instanceof Error ? error.message : String(error),
      startedAt,
    })
    throw error
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
  const previous = (await recentScans(ctx.db, org.id, 10)).find((s) => s.status === 'completed')
  const id = await insertScan(ctx.db, org.id, {
    status: 'completed',
    inventoryVersion: latest?.version ?? null,
    result,
    findings,
    error: null,
    startedAt,
  })
  const diff = diffScans(previous?.result ? { result: previous.result, findings: previous.findings } : null, {
    result,
    findings,
  })
  return { id, result, findings, diff }
}

/** The latest scans, newest first, each with its difference from the completed scan before it. */
export async function scansOf(ctx: AppContext, org: Organization) {
  const scans = await recentScans(ctx.db, org.id, 11)
  return scans.slice(0, 10).map((scan, i) => {
    const previous = scans.slice(i + 1).find((s) => s.status === 'completed')
    const diff =
      scan.result && scan.status === 'completed'
        ? diffScans(previous?.result ? { result: previous.result, findings: previous.findings } : null, {
            result: scan.result,
            findings: scan.findings,
          })
        : null
    return { scan, diff }
  })
}
