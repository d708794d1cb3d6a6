import { defineActions } from '../../auth/policy'

/**
 * The cookie inventory, banner settings and scans, with scopes of their own (decision 0058) held by the roles that
 * hold the notice scopes (the cookie declaration is part of the privacy notice): everyone who reads the notice
 * reads the inventory, the scans and the scanner's proposals; those who may change the notice may change the
 * inventory (also one service at a time: change or remove it), start a scan and accept or dismiss a proposal.
 */
export const cookieActions = defineActions('cookies', {
  read: 'cookies:read',
  write: 'cookies:write',
  scan: 'cookies:write',
  'accept-proposal': 'cookies:write',
  'dismiss-proposal': 'cookies:write',
  'update-service': 'cookies:write',
  'delete-service': 'cookies:write',
})
