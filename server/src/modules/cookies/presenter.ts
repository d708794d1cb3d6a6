import type { ScanDiff } from '../../domain/cookies/findings'
import type { CookieSetup } from './inventory'
import type { StoredScan } from './repository'

export function presentSetup(setup: CookieSetup) {
  return {
    version: setup.version,
    inventory: setup.inventory,
    note: setup.note,
    savedAt: setup.savedAt?.toISOString() ?? null,
    settings: setup.settings,
    purposeMapping: setup.purposeMapping,
  }
}

export function presentScan(scan: StoredScan, diff: ScanDiff | null) {
  return {
    id: scan.id,
    status: scan.status,
    inventoryVersion: scan.inventoryVersion,
    startedAt: scan.startedAt.toISOString(),
    finishedAt: scan.finishedAt?.toISOString() ?? null,
    error: scan.error,
    pages: scan.result?.pages ?? [],
    counts: scan.result
      ? {
          before: scan.result.before.cookies.length + scan.result.before.storage.length,
          accepted: scan.result.accepted.cookies.length + scan.result.accepted.storage.length,
          rejected: scan.result.rejected.cookies.length + scan.result.rejected.storage.length,
          thirdPartyHosts: new Set(
            [scan.result.before, scan.result.accepted, scan.result.rejected].flatMap((p) =>
              p.requests.map((r) => r.host),
            ),
          ).size,
        }
      : null,
    findings: scan.findings,
    diff,
  }
}
