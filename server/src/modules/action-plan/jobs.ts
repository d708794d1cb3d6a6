import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { sweepAllOverdueRequests } from './sources'

/** Every 15 minutes: the action plan follows the overdue requests (opens and closes their actions). */
export const actionPlanSweepJob = defineJob({
  name: 'action-plan.sweep',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '*/15 * * * *',
  async run(_data, ctx) {
    const result = await sweepAllOverdueRequests(ctx)
    if (result.opened + result.closed > 0) ctx.logger.info(result, 'Action plan: overdue requests swept')
  },
})
