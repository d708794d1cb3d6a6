import { defineActions } from '../../auth/policy'

/** DPIA screening and assessment: scopes of their own (decision 0058), held by the roles holding the register's. */
export const dpiaActions = defineActions('dpia', {
  read: 'dpia:read',
  write: 'dpia:write',
})
