import { defineActions } from '../../auth/policy'

/**
 * Retention (decision 0031): reading rules, holds, plans and runs rests on the register; changing a rule's
 * settings, placing or lifting a legal hold and starting a sweep change the organisation's own systems, so they
 * rest on the connectors scope; approving a sweep plan is for the owner and the privacy officer only.
 */
export const retentionActions = defineActions('retention', {
  read: 'register:read',
  write: 'connectors:write',
  approve: { scope: 'connectors:write', only: ['owner', 'privacy_officer'] },
})
