import { defineActions } from '../../auth/policy'

/**
 * Breaches are part of the organisation's accountability records next to the register (Art. 30 and 33(5)): reading
 * rests on register:read (auditors and agents see the register of breaches), recording and deciding on
 * register:write (owners and privacy officers). Filing with the GBA and informing people are actions of their own
 * so a token can be limited and the role matrix shows them.
 */
export const breachActions = defineActions('breach', {
  read: 'register:read',
  write: 'register:write',
  notify: 'register:write',
  inform: 'register:write',
})
