import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { runCertificatePdf } from './certificate'
import { retentionActions } from './policy'
import { presentRun } from './presenter'
import { listRunProofs, listRuns } from './repository'
import { runSchema } from './run-schema'
import { registerSweepRequestRoutes } from './sweep-request-routes'
import { registerTaskListRoutes } from './task-list-routes'

const tags = ['retention']
const idParams = slugParams.extend({ id: z.uuid() })

/**
 * The sweeps run: their list, the "run now" requests, a task's list of what is due and a run's destruction
 * certificate (registered in this order, after the rules and holds).
 */
export function registerRunRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/retention/runs',
    {
      schema: {
        tags,
        summary: 'Retention sweeps run, newest first (the last 100)',
        params: slugParams,
        response: { 200: z.object({ items: z.array(runSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      const runs = await listRuns(ctx.db, access.organization.id)
      const proofs = await listRunProofs(
        ctx.db,
        access.organization.id,
        runs.map((r) => r.id),
      )
      return { items: runs.map((r) => presentRun(r, proofs.get(r.id))) }
    },
  )
  registerSweepRequestRoutes(app, ctx)
  registerTaskListRoutes(app, ctx)

  app.get(
    '/api/v1/orgs/:slug/retention/runs/:id/certificate',
    {
      schema: {
        tags,
        summary: 'The destruction certificate of a completed sweep, as PDF',
        params: idParams,
        querystring: z.strictObject({
          lang: z.enum(['nl', 'fr', 'en']).optional().describe('default: the organisation’s language'),
        }),
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      const org = access.organization
      const language =
        request.query.lang ??
        (org.defaultLanguage === 'fr' || org.defaultLanguage === 'en' ? org.defaultLanguage : 'nl')
      const { pdf, filename } = await runCertificatePdf(ctx, org, request.params.id, language)
      reply.header('content-disposition', `attachment; filename="${filename}"`)
      return reply.type('application/pdf').send(pdf)
    },
  )
}
