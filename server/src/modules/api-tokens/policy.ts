import { defineActions } from '../../auth/policy'

/** The organisation's API tokens (a token is never given a scope its creator lacks: see the service). */
export const apiTokenActions = defineActions('api-token', {
  list: 'api_tokens:read',
  create: 'api_tokens:write',
  revoke: 'api_tokens:write',
})
