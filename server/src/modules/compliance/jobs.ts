import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { sweepAllComplianceCauses } from './causes'

/** Every 15 minutes: causes read through other modules' faces become (or stop being) actions of the plan. */
export const complianceSweepJob = defineJob({
  name: 'compliance.sweep',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '*/15 * * * *',
  async run(_data, ctx) {
    await sweepAllComplianceCauses(ctx)
  },
})
