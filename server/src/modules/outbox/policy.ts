import { z } from 'zod'
import { defineActions, type Grant, may } from '../../auth/policy'

/** The mails the organisation sent or queued. */
export const outboxActions = defineActions('outbox', {
  read: 'outbox:read',
  retry: 'outbox:write',
})

/**
 * What the caller may do with one mail: send it again when their role allows it and the mail can be sent again
 * (failed, held or unconfirmed, its text still kept - `retryable`).
 */
export function outboxMessagePermissions(grant: Grant, retryable: boolean) {
  return { retry: retryable && may(grant, outboxActions.retry) }
}

export const outboxMessageCanSchema = z
  .object({ retry: z.boolean() })
  .describe('what the caller may do with this mail: send it again')
