import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'
import { SCOPES } from '../auth/policy'
import {
  applyCatalogue,
  type OpenApiDocument,
  type OpenApiServer,
  type OperationCatalogue,
  type RouteFacts,
} from './openapi-catalogue'
import { problemSchemas } from './problem-schema'

export interface OpenApiOptions {
  /** Every feature's operation catalogue (modules/<feature>/operations.ts), decision 0026. */
  catalogues: readonly OperationCatalogue[]
  /** The document's server: the configured public URL (a template in the committed document). */
  server: OpenApiServer
}

/** The catalogue key of a Fastify route: `/api/v1/orgs/:slug` is written `/api/v1/orgs/{slug}` in the document. */
const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}')

/**
 * OpenAPI 3.1 generated from the zod route schemas and completed by the operation catalogue, served at
 * /api/openapi.json with a reference UI at /api/docs.
 */
export async function installOpenApi(app: FastifyInstance, options: OpenApiOptions) {
  const facts = new Map<string, RouteFacts>()
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Custos API',
        version: '1.0.0',
        description:
          'Privacy operations for Belgian organisations. Authenticate with the session cookie (and X-CSRF-Token on ' +
          'writes) or with `Authorization: Bearer <API token>`. Errors are application/problem+json (RFC 9457, ' +
          'components.schemas.Problem) with a stable `code` on the problem and on each field error. ' +
          'Guide: docs/api.md.',
      },
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An API token of one organisation, with its scopes (Settings > API tokens): a token may call an ' +
              'operation when it holds the scope the operation’s action rests on (a 403 `token_scope_missing` ' +
              'names both; docs/api.md lists the scopes per feature). Scopes: ' +
              `${SCOPES.join(', ')}.`,
          },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'custos_session',
            description:
              'The web UI’s session; writes also need the X-CSRF-Token header from GET /api/v1/me.',
          },
        },
        schemas: problemSchemas,
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: (input) => {
      const methods = [input.route.method].flat()
      const config = input.route.config as { rateLimit?: unknown; idempotent?: boolean } | undefined
      const rateLimited = Boolean(config?.rateLimit)
      const idempotent = config?.idempotent === true
      for (const method of methods)
        facts.set(`${method} ${openApiPath(input.url)}`, { rateLimited, idempotent })
      return jsonSchemaTransform(input)
    },
    transformObject: (document) =>
      'openapiObject' in document
        ? (applyCatalogue(document.openapiObject as OpenApiDocument, {
            ...options,
            facts,
          }) as typeof document.openapiObject)
        : document.swaggerObject,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
