import { defineActions } from '../../auth/policy'

/**
 * Retention (decisions 0031, 0058): reading rules, holds, plans and runs rests on retention:read; changing a rule's
 * settings, placing or lifting a legal hold and starting a sweep change the organisation's own systems and rest on
 * retention:write (held by the roles that hold connectors:write); approving a sweep plan is for the owner and the
 * privacy officer only.
 */
export const retentionActions = defineActions('retention', {
  read: 'retention:read',
  write: 'retention:write',
  /** "Run sweep now": the sweeps the daily job runs, for the approved rules only (or a dry run that only counts). */
  run: 'retention:write',
  approve: { scope: 'retention:write', only: ['owner', 'privacy_officer'] },
})
