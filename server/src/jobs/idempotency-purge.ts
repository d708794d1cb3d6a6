import { z } from 'zod'
import { purgeIdempotencyKeys } from '../http/idempotency'
import { defineJob } from './define-job'

/** Hourly: Idempotency-Key answers past their 24 hours are removed. */
export const purgeIdempotencyKeysJob = defineJob({
  name: 'idempotency.purge',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '15 * * * *',
  async run(_data, ctx) {
    const keys = await purgeIdempotencyKeys(ctx.db)
    if (keys > 0) ctx.logger.info({ keys }, 'Purged expired Idempotency-Key answers')
  },
})
