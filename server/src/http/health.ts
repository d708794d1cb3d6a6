import { z } from 'zod'
import type { AppContext } from '../context'
import { databaseUnreadiness } from '../db/database'
import { defineOperations } from './openapi-catalogue'
import type { App } from './types'

export function registerHealthRoutes(app: App, ctx: AppContext) {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'The process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  )
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'The database answers a query against the migrated schema',
        response: {
          200: z.object({ status: z.literal('ready') }),
          503: z.object({ status: z.literal('unavailable') }),
        },
      },
    },
    async (request, reply) => {
      const reason = await databaseUnreadiness(ctx.db)
      if (reason === null) return { status: 'ready' as const }
      request.log.warn({ reason }, 'not ready: the database does not answer with the schema')
      return reply.code(503).send({ status: 'unavailable' as const })
    },
  )
}

/** The health probes in the OpenAPI document (decision 0026): public, for load balancers and orchestrators. */
export const healthOperations = defineOperations({
  tag: { name: 'health', description: 'Liveness and readiness probes for load balancers and orchestrators.' },
  operations: {
    'GET /healthz': {
      operationId: 'getLiveness',
      access: 'public',
      description:
        'Answers 200 while the process runs; it does not touch the database. Use it as a liveness probe.',
    },
    'GET /readyz': {
      operationId: 'getReadiness',
      access: 'public',
      description:
        'Answers 200 when the database answers a query against the migrated schema, 503 otherwise. Use it as a ' +
        'readiness probe: a process answering 503 should get no traffic.',
    },
  },
})
