import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { applyDueChanges } from './changes'
import { sendReviewReminders } from './reviews'

/** Every 15 minutes: sub-processor changes whose objection window has closed take effect (register updated). */
export const subprocessorChangesJob = defineJob({
  name: 'processors.changes',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '*/15 * * * *',
  async run(_data, ctx) {
    const applied = await applyDueChanges(ctx)
    if (applied > 0) ctx.logger.info({ applied }, 'Sub-processor changes took effect')
  },
})

/** Daily: reminders of vendor reviews that are due. */
export const processorReviewsJob = defineJob({
  name: 'processors.reviews',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 300,
  retryBackoff: true,
  policy: 'short',
  cron: '15 7 * * *',
  async run(_data, ctx) {
    const sent = await sendReviewReminders(ctx)
    if (sent > 0) ctx.logger.info({ sent }, 'Sent processor review reminders')
  },
})
