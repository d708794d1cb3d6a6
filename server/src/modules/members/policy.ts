import { defineActions } from '../../auth/policy'

/** Who belongs to the organisation, with which role. */
export const memberActions = defineActions('member', {
  list: 'members:read',
  add: 'members:write',
  'change-role': 'members:write',
  remove: 'members:write',
})
