import { defineActions } from '../../auth/policy'

/**
 * The organisation's webhook endpoints and their delivery log. Like API tokens they are the integration's keys
 * (a secret that signs what leaves), so they rest on the API-token scopes: the owner, or a token given them.
 */
export const webhookActions = defineActions('webhook', {
  read: 'api_tokens:read',
  write: 'api_tokens:write',
})
