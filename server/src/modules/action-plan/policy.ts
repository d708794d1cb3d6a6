import { defineActions } from '../../auth/policy'

/** The action plan: scopes of its own (decision 0058), held by the roles holding the register's. */
export const actionPlanActions = defineActions('action-plan', {
  read: 'action_plan:read',
  write: 'action_plan:write',
})
