import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { runAffectedCount } from './affected-counts'

/**
 * A count of a breach's people through a connector asked for on the breach page or the API (requestAffectedCount):
 * the queued count is taken once, the system read and the outcome stored on the count. Not retried: a failed count
 * is stored as failed with its problem code, and a person counts again.
 */
export const breachAffectedCountJob = defineJob({
  name: 'breaches.affected-count',
  version: 1,
  schema: z.object({ countId: z.uuid() }),
  retryLimit: 0,
  retryDelaySeconds: 60,
  retryBackoff: false,
  expireInSeconds: 3600,
  async run({ countId }, ctx) {
    const state = await runAffectedCount(ctx, countId)
    ctx.logger.info({ countId, state }, 'Counted the people of a breach through a connector')
  },
})
