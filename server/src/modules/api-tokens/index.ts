/** Public face of the api-tokens module. `findUsableToken` is exported for http/authenticate (bearer tokens). */

export { apiTokenOperations } from './operations'
export { apiTokenActions } from './policy'
export { findUsableToken } from './repository'
export { registerApiTokenRoutes } from './routes'
export { createApiToken, revokeApiToken, TOKEN_PREFIX } from './service'
