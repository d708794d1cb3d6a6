import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { jsonSchemaTransform } from 'fastify-type-provider-zod'
import { problemSchemas } from './problem-schema'

/** OpenAPI 3.1 generated from the zod route schemas, served at /api/openapi.json with a reference UI at /api/docs. */
export async function installOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Custos API',
        version: '1.0.0',
        description:
          'Privacy operations for Belgian organisations. Authenticate with the session cookie (and X-CSRF-Token on ' +
          'writes) or with `Authorization: Bearer <API token>`. Errors are application/problem+json (RFC 9457, ' +
          'components.schemas.Problem) with a stable `code` on the problem and on each field error.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'custos_session' },
        },
        schemas: problemSchemas,
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
