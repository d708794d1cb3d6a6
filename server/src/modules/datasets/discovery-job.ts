import { z } from 'zod'
import type { AppContext } from '../../context'
import { defineJob } from '../../jobs/define-job'
import { runDiscovery, sweepDiscoveries } from './discoveries'

/**
 * Runs one discovery (started with POST .../datasets/discoveries). The discovery row, not this job, is the
 * state: a job for a discovery that is finished or held by a live worker does nothing, so sending it twice is
 * harmless. After a crash the sweep below sends it again (policy 'short': one waiting job per discovery).
 */
export const discoverDatasetJob = defineJob({
  name: 'datasets.discover',
  version: 1,
  schema: z.object({ discoveryId: z.uuid() }),
  retryLimit: 2,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 60 * 60,
  policy: 'short',
  async run({ discoveryId }, ctx) {
    await runDiscovery(ctx, discoveryId)
  },
})

export async function sendDiscoveryJob(ctx: AppContext, discoveryId: string) {
  return ctx.jobs.send(discoverDatasetJob, { discoveryId }, { singletonKey: discoveryId })
}

/** Every minute: a discovery whose worker stopped is resumed or, after DISCOVERY_MAX_ATTEMPTS, failed. */
export const sweepDiscoveriesJob = defineJob({
  name: 'datasets.discoveries-sweep',
  version: 1,
  schema: z.object({}),
  retryLimit: 0,
  retryDelaySeconds: 0,
  retryBackoff: false,
  expireInSeconds: 10 * 60,
  policy: 'short',
  cron: '* * * * *',
  async run(_data, ctx) {
    await sweepDiscoveries(ctx, sendDiscoveryJob)
  },
})
