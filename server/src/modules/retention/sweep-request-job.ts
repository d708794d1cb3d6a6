import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { runSweepRequest } from './sweep-requests'

/**
 * "Run the sweeps now" asked for on the Retention page or the API (requestSweepNow). While another sweep of the
 * organisation runs (the nightly job, the command line) the request stays queued and the job fails, so the queue
 * tries again every 5 minutes (a request no worker took within 2 hours is then recorded as stopped). A request
 * taken once is never run again: its outcome or failure is stored on it.
 */
export const retentionSweepNowJob = defineJob({
  name: 'retention.sweep-now',
  version: 1,
  schema: z.object({ sweepId: z.uuid() }),
  retryLimit: 24,
  retryDelaySeconds: 300,
  retryBackoff: false,
  expireInSeconds: 6 * 3600,
  async run({ sweepId }, ctx) {
    const state = await runSweepRequest(ctx, sweepId)
    ctx.logger.info({ sweepId, state }, 'Ran the retention sweeps asked for now')
  },
})
