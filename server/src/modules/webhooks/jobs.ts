import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { runDueDeliveries } from './delivery'
import { purgeFinishedDeliveries } from './repository'

/** Every minute: sends the deliveries that are due (new events and retries), on any number of workers. */
export const deliverWebhooksJob = defineJob({
  name: 'webhooks.deliver',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 30,
  retryBackoff: true,
  policy: 'short',
  cron: '* * * * *',
  async run(_data, ctx) {
    const attempts = await runDueDeliveries(ctx)
    if (attempts > 0) ctx.logger.info({ attempts }, 'Sent webhook deliveries')
  },
})

/** Daily: the delivery log keeps finished deliveries 30 days. */
export const purgeWebhooksJob = defineJob({
  name: 'webhooks.purge',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 300,
  retryBackoff: true,
  policy: 'short',
  cron: '30 3 * * *',
  async run(_data, ctx) {
    const deliveries = await purgeFinishedDeliveries(ctx.db, new Date(Date.now() - 30 * 86_400_000))
    ctx.logger.info({ deliveries }, 'Purged the webhook delivery log')
  },
})
