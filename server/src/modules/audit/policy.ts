import { defineActions } from '../../auth/policy'

/** Reading the organisation's audit log; nobody changes it. */
export const auditActions = defineActions('audit', {
  read: 'audit:read',
  export: 'audit:read',
  verify: 'audit:read',
})
