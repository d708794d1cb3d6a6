import { defineActions } from '../../auth/policy'

/**
 * Sample organisations. Creating one is an installation-level right, like creating any organisation; deleting
 * one is an owner's decision (members:write is the owners' scope).
 */
export const sampleActions = defineActions('sample', {
  delete: 'members:write',
})
