import { z } from 'zod'
import type { AppContext } from '../context'
import { isDatabaseReady } from '../db/database'
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
        summary: 'The database answers',
        response: {
          200: z.object({ status: z.literal('ready') }),
          503: z.object({ status: z.literal('unavailable') }),
        },
      },
    },
    async (_request, reply) =>
      (await isDatabaseReady(ctx.db))
        ? { status: 'ready' as const }
        : reply.code(503).send({ status: 'unavailable' as const }),
  )
}
