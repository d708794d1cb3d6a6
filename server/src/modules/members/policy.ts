import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/** Who belongs to the organisation, with which role. */
export const memberActions = defineActions('member', {
  list: 'members:read',
  add: 'members:write',
  'change-role': 'members:write',
  remove: 'members:write',
})

/** What the caller may do with the members shown to them. */
export function memberPermissions(grant: Grant) {
  return permissions(grant, {
    add: memberActions.add,
    changeRole: memberActions['change-role'],
    remove: memberActions.remove,
  })
}

export const memberCanSchema = z
  .object({ add: z.boolean(), changeRole: z.boolean(), remove: z.boolean() })
  .describe('what the caller may do: add a member, change a role, remove a member')
