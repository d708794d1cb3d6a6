import { defineActions } from '../../auth/policy'

/** DPIA screening and assessment: scopes of their own (decision 0058), held by the roles holding the register's. */
export const dpiaActions = defineActions('dpia', {
  read: 'dpia:read',
  write: 'dpia:write',
  /** Uploading the signed copy of a decided version (decision 0091): those who may save and decide the DPIA. */
  attach: 'dpia:write',
})
