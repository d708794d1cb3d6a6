import { defineActions } from '../../auth/policy'

/**
 * The cookie inventory, banner settings and scans. The cookie declaration is part of the privacy notice, so they
 * rest on the notice scopes: everyone who reads the notice reads the inventory and the scans; those who may
 * change the notice may change the inventory and start a scan.
 */
export const cookieActions = defineActions('cookies', {
  read: 'notice:read',
  write: 'notice:write',
  scan: 'notice:write',
})
