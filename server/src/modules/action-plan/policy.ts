import { defineActions } from '../../auth/policy'

/** The action plan: reading it is reading the register's compliance work; changing it is register work. */
export const actionPlanActions = defineActions('action-plan', {
  read: 'register:read',
  write: 'register:write',
})
