import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { requestActions } from '../requests'
import { runActions, startRunAction } from './policy'
import { adHocRunBody, requestRunParams, runParams, runSchema, startRunBody } from './schemas'
import { getRun, retryRun, runsOfRequest, startRun } from './service'

const tags = ['connectors']

/** Runs of the connector engine: for a request (access, erasure...), dry runs, ad-hoc searches, progress. */
export function registerConnectorRunRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/v1/orgs/:slug/requests/:id/runs',
    {
      config: { keepsOrganization: true },
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
      return reply.code(202).send(await getRun(ctx, access.organization, id))
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
      return {
        items: await runsOfRequest(ctx, access.organization, request.params.id),
        can: permissions(access.grant, { retry: runActions.retry }),
      }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/runs',
    {
      config: { keepsOrganization: true },
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
      return reply.code(202).send(await getRun(ctx, access.organization, id))
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
      return getRun(ctx, access.organization, request.params.runId)
    },
  )

  app.post(
    '/api/v1/orgs/:slug/runs/:runId/retry',
    {
      config: { keepsOrganization: true },
      schema: {
        tags,
        summary: 'Retry a failed run: finished datasets are skipped, stored changes are applied as planned',
        params: runParams,
        response: { 202: runSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, runActions.retry)
      return reply.code(202).send(await retryRun(ctx, access.organization, request.params.runId))
    },
  )
}
