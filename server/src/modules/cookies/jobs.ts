import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { organizationsToScan } from './repository'
import { scanSite } from './scanner'
import { runCookieScan } from './scans'

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
    for (const org of await organizationsToScan(ctx.db)) {
      try {
        const { findings } = await runCookieScan(ctx, org, scanSite)
        ctx.logger.info({ organization: org.slug, findings: findings.length }, 'Scanned the site for cookies')
      } catch (error) {
        ctx.logger.warn({ organization: org.slug, err: error }, 'The cookie scan failed')
      }
    }
  },
})
