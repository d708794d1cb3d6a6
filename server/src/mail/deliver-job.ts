import { z } from 'zod'
import { defineJob } from '../jobs/define-job'
import { MAIL_RETRY_DELAY_SECONDS, MAX_MAIL_ATTEMPTS, sendOutboxMessage } from './smtp-sender'

/**
 * Sends one outbox message. Queued with the message id as singleton key, so a message waits in the queue at
 * most once; pg-boss' retry backoff follows the outbox's own (see `mailRetryDelaySeconds`).
 */
export const deliverMailJob = defineJob({
  name: 'mail.deliver',
  version: 1,
  schema: z.object({ messageId: z.uuid() }),
  retryLimit: MAX_MAIL_ATTEMPTS,
  retryDelaySeconds: MAIL_RETRY_DELAY_SECONDS,
  retryBackoff: true,
  expireInSeconds: 180,
  policy: 'short',
  async run({ messageId }, ctx) {
    await sendOutboxMessage(ctx, messageId)
  },
})
