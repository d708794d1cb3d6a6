import { z } from 'zod'
import { defineJob } from '../jobs/define-job'
import { deliverMailJob } from './deliver-job'
import { dueOutboxMessageIds } from './outbox'

const SWEEP_BATCH = 500

/**
 * Every minute, hands every due pending message to `mail.deliver`: mail queued just before a crash, whose
 * dispatch never happened, and messages waiting for their next attempt still go out.
 */
export const sweepMailJob = defineJob({
  name: 'mail.sweep',
  version: 1,
  schema: z.object({}),
  retryLimit: 0,
  retryDelaySeconds: 0,
  retryBackoff: false,
  expireInSeconds: 55,
  policy: 'short',
  cron: '* * * * *',
  async run(_data, ctx) {
    const ids = await dueOutboxMessageIds(ctx.db, SWEEP_BATCH)
    for (const messageId of ids) {
      await ctx.jobs.send(deliverMailJob, { messageId }, { singletonKey: messageId })
    }
    if (ids.length > 0) ctx.logger.info({ count: ids.length }, 'Mail sweep dispatched due messages')
  },
})
