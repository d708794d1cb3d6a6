import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/** The organisation's API tokens (a token is never given a scope its creator lacks: see the service). */
export const apiTokenActions = defineActions('api-token', {
  list: 'api_tokens:read',
  create: 'api_tokens:write',
  revoke: 'api_tokens:write',
})

/** What the caller may do with the tokens shown to them. */
export function apiTokenPermissions(grant: Grant) {
  return permissions(grant, { create: apiTokenActions.create, revoke: apiTokenActions.revoke })
}

export const apiTokenCanSchema = z
  .object({ create: z.boolean(), revoke: z.boolean() })
  .describe('what the caller may do: create a token, revoke a token')
