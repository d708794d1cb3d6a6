import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { findOrganizationById, findOrganizationsByIds } from '../organizations'
import { claimScan, organizationIdsToScan } from './repository'
import { scanSite } from './scanner'
import { runCookieScan, runRequestedScan } from './scans'

/** Monthly (the 1st, 04:15): scans the site of every organisation that configured URLs to scan. */
export const cookieScanJob = defineJob({
  name: 'cookies.scan',
  version: 1,
  schema: z.object({}),
  retryLimit: 1,
  retryDelaySeconds: 3600,
  retryBackoff: false,
  policy: 'short',
  cron: '15 4 1 * *',
  async run(_data, ctx) {
    for (const org of await findOrganizationsByIds(ctx.db, await organizationIdsToScan(ctx.db))) {
      try {
        const { findings } = await runCookieScan(ctx, org, scanSite)
        ctx.logger.info({ organization: org.slug, findings: findings.length }, 'Scanned the site for cookies')
      } catch (error) {
        ctx.logger.warn({ organization: org.slug, err: error }, 'The cookie scan failed')
      }
    }
  },
})

/**
 * A scan asked for from the web page or the API (requestCookieScan): the queued row is taken once, the site is
 * scanned and the outcome stored on it. Not retried: a failed scan is stored as failed, with its error.
 */
export const requestedCookieScanJob = defineJob({
  name: 'cookies.scan-requested',
  version: 1,
  schema: z.object({ scanId: z.uuid() }),
  retryLimit: 0,
  retryDelaySeconds: 60,
  retryBackoff: false,
  expireInSeconds: 1800,
  async run({ scanId }, ctx) {
    const claimed = await claimScan(ctx.db, scanId)
    if (!claimed) return
    const org = await findOrganizationById(ctx.db, claimed.organization_id)
    if (!org) return
    const outcome = await runRequestedScan(ctx, org, scanId, scanSite)
    ctx.logger.info(
      { organization: org.slug, status: outcome.status, findings: outcome.findings.length },
      'Scanned the site for cookies on request',
    )
  },
})
