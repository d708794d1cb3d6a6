import { defineActions } from '../../auth/policy'

/** Answer packages of a request: listed with the request; issuing and revoking a download link change it. */
export const packageActions = defineActions('package', {
  list: 'requests:read',
  issue: 'requests:write',
  revoke: 'requests:write',
})
