import { defineActions } from '../../auth/policy'

/**
 * Breaches are part of the organisation's accountability records next to the register (Art. 30 and 33(5)), with
 * scopes of their own (decision 0058): reading rests on breaches:read (auditors and agents see the register of
 * breaches), recording and deciding on breaches:write (owners and privacy officers). Filing with the GBA and
 * informing people are actions of their own so the role matrix shows them; so is handling the evidence files.
 */
export const breachActions = defineActions('breach', {
  read: 'breaches:read',
  write: 'breaches:write',
  notify: 'breaches:write',
  inform: 'breaches:write',
  /** Evidence files may hold the leaked data themselves: adding and opening them is for those who decide. */
  evidence: 'breaches:write',
})
