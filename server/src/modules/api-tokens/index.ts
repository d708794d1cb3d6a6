/**
 * Public face of the api-tokens module. `findUsableToken` and `markTokenUsed` are exported for http/authenticate
 * (bearer tokens).
 */

export { apiTokenOperations } from './operations'
export { apiTokenActions, apiTokenPermissions } from './policy'
export { type ApiToken, findUsableToken, markTokenUsed } from './repository'
export { registerApiTokenRoutes } from './routes'
export { apiTokensOf, createApiToken, revokeApiToken, TOKEN_PREFIX } from './service'
