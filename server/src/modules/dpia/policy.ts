import { defineActions } from '../../auth/policy'

/** DPIA screening and assessment rest on the register's scopes: they assess its activities. */
export const dpiaActions = defineActions('dpia', {
  read: 'register:read',
  write: 'register:write',
})
