import { defineActions } from '../../auth/policy'

/**
 * The compliance overview (findings, DPIAs, the plan, the notice) rests on compliance:read (decision 0058), held by
 * the roles that answer for compliance or check it; agents handle requests and are not shown it. Nothing writes it.
 */
export const complianceActions = defineActions('compliance', {
  read: 'compliance:read',
})
