import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { breachAffectedCountJob } from './affected-count-job'
import { type AffectedCount, affectedCountOf, requestAffectedCount } from './affected-counts'
import { affectedDateFields, affectedSources } from './affected-set'
import { breachActions } from './policy'
import { BASE, idParams, tags } from './route-kit'
import {
  affectedCountSchema,
  affectedDateFieldsQuerySchema,
  affectedDateFieldsSchema,
  affectedQuerySchema,
  affectedSourcesSchema,
} from './schemas'

function presentCount(c: AffectedCount) {
  return {
    ...c,
    requestedAt: c.requestedAt.toISOString(),
    startedAt: c.startedAt?.toISOString() ?? null,
    finishedAt: c.finishedAt?.toISOString() ?? null,
  }
}

/** Where a breach's people can be counted: the connected systems and collections, and a collection's date fields. */
export function registerAffectedSourceRoutes(app: App, ctx: AppContext) {
  app.get(
    `${BASE}/affected-sources`,
    {
      schema: {
        tags,
        summary:
          'The connected systems (PostgreSQL, MariaDB/MySQL datasets) and collections a breach’s people can be counted in',
        params: slugParams,
        response: { 200: affectedSourcesSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      return { items: await affectedSources(ctx, access.organization) }
    },
  )

  app.get(
    `${BASE}/affected-sources/date-fields`,
    {
      schema: {
        tags,
        summary:
          'The fields of a collection a count’s window can use: its date and timestamp columns, read from the connected system’s catalogue',
        params: slugParams,
        querystring: affectedDateFieldsQuerySchema,
        response: { 200: affectedDateFieldsSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      return { dateFields: await affectedDateFields(ctx, access.organization, request.query) }
    },
  )
}

/** Counting the people and records a breach concerns: queue a count, read its state. */
export function registerAffectedCountRoutes(app: App, ctx: AppContext) {
  app.post(
    `${BASE}/:id/affected-count`,
    {
      schema: {
        tags,
        summary:
          'Count the people and records concerned through a connector (read-only): queued, then done by a worker',
        params: idParams,
        body: affectedQuerySchema,
        response: { 202: affectedCountSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.write)
      const count = await requestAffectedCount(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.body,
        (countId) => ctx.jobs.send(breachAffectedCountJob, { countId }).then(() => undefined),
      )
      return reply.code(202).send(presentCount(count))
    },
  )

  app.get(
    `${BASE}/:id/affected-counts/:countId`,
    {
      schema: {
        tags,
        summary: 'The state of a count of the people concerned: queued, running (rows read), done or failed',
        params: idParams.extend({ countId: z.uuid() }),
        response: { 200: affectedCountSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      return presentCount(
        await affectedCountOf(ctx, access.organization, request.params.id, request.params.countId),
      )
    },
  )
}
