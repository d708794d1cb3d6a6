/** Public face of the api-tokens module. `findUsableToken` is exported for http/authenticate (bearer tokens). */

export { apiTokenOperations } from './operations'
export { apiTokenActions, apiTokenPermissions } from './policy'
export { type ApiToken, findUsableToken } from './repository'
export { registerApiTokenRoutes } from './routes'
export { apiTokensOf, createApiToken, revokeApiToken, TOKEN_PREFIX } from './service'
