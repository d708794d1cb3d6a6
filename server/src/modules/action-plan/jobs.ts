import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { sendActionDigests } from './digest'
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

/**
 * Mondays at 06:00 UTC (07:00 or 08:00 in Brussels): the weekly digest of the action plan per person. Once per
 * person and ISO week whatever the retries (action_digests), so a retry after a partial run only sends the rest.
 */
export const actionPlanDigestJob = defineJob({
  name: 'action-plan.digest',
  version: 1,
  schema: z.object({}),
  retryLimit: 3,
  retryDelaySeconds: 300,
  retryBackoff: true,
  policy: 'short',
  cron: '0 6 * * 1',
  async run(_data, ctx) {
    const result = await sendActionDigests(ctx)
    if (result.sent > 0) ctx.logger.info(result, 'Action plan: weekly digests queued')
  },
})
