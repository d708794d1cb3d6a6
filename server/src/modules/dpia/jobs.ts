import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { sweepAllDpiaActions } from './screening'

/** Every 15 minutes: stale or missing screenings and DPIAs due become (or stop being) actions of the plan. */
export const dpiaSweepJob = defineJob({
  name: 'dpia.sweep',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '*/15 * * * *',
  async run(_data, ctx) {
    await sweepAllDpiaActions(ctx)
  },
})
