import { defineActions } from '../../auth/policy'

/** The mails the organisation sent or queued. */
export const outboxActions = defineActions('outbox', {
  read: 'outbox:read',
  retry: 'outbox:write',
})
