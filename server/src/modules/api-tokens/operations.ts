import { defineOperations } from '../../http/openapi-catalogue'

/** The API token operations in the OpenAPI document (decision 0026). */
export const apiTokenOperations = defineOperations({
  tag: {
    name: 'api tokens',
    description:
      'Tokens for integrations: `Authorization: Bearer <secret>`, limited to one organisation and to the scopes ' +
      'given (resource:read or resource:write). See docs/api.md.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/api-tokens': {
      operationId: 'listApiTokens',
      description: 'The tokens of the organisation with their prefix, scopes and dates; never the secret.',
    },
    'POST /api/v1/orgs/{slug}/api-tokens': {
      operationId: 'createApiToken',
      description:
        'Creates a token and answers its secret once: only its SHA-256 hash is stored. A token can be given only ' +
        'scopes the creating member’s role holds (403 otherwise). Without expiresInDays it does not expire.',
      requestExample: { name: 'Webshop', scopes: ['requests:read', 'requests:write'], expiresInDays: 365 },
    },
    'DELETE /api/v1/orgs/{slug}/api-tokens/{id}': {
      operationId: 'revokeApiToken',
      description:
        'Revokes a token: its next call to this web process answers 401 `invalid_api_token`; other web processes of ' +
        'the same installation learn it from the database within moments, and in any case within 30 seconds ' +
        '(decision 0106). The revocation is audited.',
    },
  },
})
