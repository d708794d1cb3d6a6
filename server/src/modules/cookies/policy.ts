import { defineActions } from '../../auth/policy'

/**
 * The cookie inventory, banner settings and scans, with scopes of their own (decision 0058) held by the roles that
 * hold the notice scopes (the cookie declaration is part of the privacy notice): everyone who reads the notice
 * reads the inventory and the scans; those who may change the notice may change the inventory and start a scan.
 */
export const cookieActions = defineActions('cookies', {
  read: 'cookies:read',
  write: 'cookies:write',
  scan: 'cookies:write',
})
