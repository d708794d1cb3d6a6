import { z } from 'zod'
import type { AppContext } from '../context'
import { databaseUnreadiness } from '../db/database'
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
