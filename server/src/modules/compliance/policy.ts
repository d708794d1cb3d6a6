import { defineActions } from '../../auth/policy'

/**
 * The compliance overview rests on the register's read scope (findings, DPIAs, the plan, the notice), for the roles
 * that answer for compliance or check it; agents handle requests and are not shown it.
 */
export const complianceActions = defineActions('compliance', {
  read: { scope: 'register:read', only: ['owner', 'privacy_officer', 'auditor'] },
})
