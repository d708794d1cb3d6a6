import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { changeClient, clientDetail, clientsOverview, createClient, removeClient } from './clients'
import { processorActions } from './policy'
import { presentClient } from './presenter'
import { grantedProcessorActions as can } from './route-permissions'
import { canSchema, clientBody, clientSchema, idParams, noContent, tags } from './schemas'

/** As processor: the clients (controllers) the organisation processes for. */
export function registerClientRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/processors'

  app.get(
    `${base}/clients`,
    {
      schema: {
        tags,
        summary: 'The controllers the organisation processes for, with contacts and agreements',
        params: slugParams,
        response: { 200: z.object({ items: z.array(clientSchema), can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const items = await clientsOverview(ctx, access.organization)
      return {
        items: items.map((c) => presentClient(c.client, c.contacts, c.agreements)),
        can: can(access.grant),
      }
    },
  )

  app.post(
    `${base}/clients`,
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Add a client (a controller the organisation processes for)',
        params: slugParams,
        body: clientBody,
        response: { 201: clientSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      const row = await createClient(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send(presentClient(row, request.body.contacts, []))
    },
  )

  app.get(
    `${base}/clients/:id`,
    {
      schema: {
        tags,
        summary: 'One client with its agreements and the activities done for it (Art. 30(2))',
        params: idParams,
        response: {
          200: clientSchema.extend({
            activities: z.array(z.object({ key: z.string(), name: z.unknown() })),
            can: canSchema,
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const detail = await clientDetail(ctx, access.organization, request.params.id)
      return {
        ...presentClient(detail.client, detail.contacts, detail.agreements),
        activities: detail.activities.map((a) => ({ key: a.key, name: a.name })),
        can: can(access.grant),
      }
    },
  )

  app.patch(
    `${base}/clients/:id`,
    {
      schema: {
        tags,
        summary: 'Change a client: contacts, instructions, activities, or end it',
        params: idParams,
        body: clientBody.partial(),
        response: { 200: clientSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await changeClient(ctx, access.actor, access.organization, request.params.id, request.body)
      const detail = await clientDetail(ctx, access.organization, request.params.id)
      return presentClient(detail.client, detail.contacts, detail.agreements)
    },
  )

  app.delete(
    `${base}/clients/:id`,
    {
      schema: { tags, summary: 'Delete a client and its agreements', params: idParams, response: noContent },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await removeClient(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )
}
