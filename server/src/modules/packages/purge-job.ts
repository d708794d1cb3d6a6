import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { purgeExpiredPackages } from './purge'

export const purgePackagesJob = defineJob({
  name: 'packages.purge',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '15 * * * *',
  async run(_data, ctx) {
    const purged = await purgeExpiredPackages(ctx)
    ctx.logger.info({ purged }, 'Deleted the content of expired answer packages')
  },
})
