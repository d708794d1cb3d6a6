import { z } from 'zod'
import { permissions } from '../../auth/policy'
import { findRun, listRunsOfRequest, listSteps, updateRun } from '../../connectors/engine/run-repository'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import { notFound } from '../../http/problem'
import type { App } from '../../http/types'
import { findRequest, requestActions } from '../requests'
import { runActions, startRunAction } from './policy'
import { presentRun } from './presenter'
import { runProblem } from './problems'
import { connectorsRunJob } from './run-job'
import { adHocRunBody, requestRunParams, runParams, runSchema, startRunBody } from './schemas'
import { startRun } from './service'

const tags = ['connectors']

/** Runs of the connector engine: for a request (access, erasure...), dry runs, ad-hoc searches, progress. */
export function registerConnectorRunRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/v1/orgs/:slug/requests/:id/runs',
    {
      schema: {
        tags,
        summary:
          "Run the connectors for a request: find, export, correct, restrict or erase the person's data in every described system (dryRun: only show what would happen)",
        params: requestRunParams,
        body: startRunBody,
        response: { 202: runSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, startRunAction(request.body))
      const { changes, ...rest } = request.body
      const id = await startRun(ctx, access.actor, access.organization, {
        ...rest,
        requestId: request.params.id,
        ...(changes ? { input: { changes } } : {}),
      })
      const run = await findRun(ctx.db, access.organization.id, id)
      if (!run) throw notFound('Run')
      return reply.code(202).send(presentRun(run, await listSteps(ctx.db, [id])))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/requests/:id/runs',
    {
      schema: {
        tags,
        summary: 'The connector runs of a request, newest first, with what each found and changed',
        params: requestRunParams,
        response: {
          200: z.object({
            items: z.array(runSchema),
            can: z.object({ retry: z.boolean() }).describe('what the caller may do: retry a failed run'),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, requestActions.read)
      // A request of another organisation (or none) is a 404, as on every other route of a request.
      if (!(await findRequest(ctx.db, access.organization.id, request.params.id))) throw notFound('Request')
      const runs = await listRunsOfRequest(ctx.db, access.organization.id, request.params.id)
      const steps = await listSteps(
        ctx.db,
        runs.map((r) => r.id),
      )
      return {
        items: runs.map((r) => presentRun(r, steps)),
        can: permissions(access.grant, { retry: runActions.retry }),
      }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/runs',
    {
      schema: {
        tags,
        summary:
          'Search every described system for a person without a request (always a dry run: shows what access or erasure would read or change)',
        params: slugParams,
        body: adHocRunBody,
        response: { 202: runSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, runActions.search)
      const id = await startRun(ctx, access.actor, access.organization, { ...request.body, dryRun: true })
      const run = await findRun(ctx.db, access.organization.id, id)
      if (!run) throw notFound('Run')
      return reply.code(202).send(presentRun(run, await listSteps(ctx.db, [id])))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/runs/:runId',
    {
      schema: {
        tags,
        summary: 'One connector run and its progress',
        params: runParams,
        response: { 200: runSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, runActions.read)
      const run = await findRun(ctx.db, access.organization.id, request.params.runId)
      if (!run) throw notFound('Run')
      return presentRun(run, await listSteps(ctx.db, [run.id]))
    },
  )

  app.post(
    '/api/v1/orgs/:slug/runs/:runId/retry',
    {
      schema: {
        tags,
        summary: 'Retry a failed run: finished datasets are skipped, stored changes are applied as planned',
        params: runParams,
        response: { 202: runSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, runActions.retry)
      const run = await findRun(ctx.db, access.organization.id, request.params.runId)
      if (!run) throw notFound('Run')
      if (run.status !== 'failed') throw runProblem('not_failed')
      await updateRun(ctx.db, run.id, { status: 'queued' })
      await ctx.jobs.send(connectorsRunJob, { runId: run.id })
      const fresh = await findRun(ctx.db, access.organization.id, run.id)
      return reply.code(202).send(presentRun(fresh ?? run, await listSteps(ctx.db, [run.id])))
    },
  )
}
