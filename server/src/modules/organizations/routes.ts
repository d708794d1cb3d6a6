import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import { actorOf, requireUser } from '../../http/principal'
import type { App } from '../../http/types'
import { membershipSchema } from '../me/routes'
import { describeMe } from '../me/service'
import { presentOrganization } from './presenter'
import { organizationCreateSchema, organizationSchema, organizationUpdateSchema } from './schema'
import { createOrganization, updateOrganizationProfile } from './service'

export function registerOrganizationRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs',
    {
      schema: {
        tags: tags.organizations,
        summary: 'Organisations you are a member of, with your role',
        response: { 200: z.object({ items: z.array(membershipSchema) }) },
      },
    },
    async (request) => ({ items: (await describeMe(ctx, requireUser(request).userId)).memberships }),
  )

  app.post(
    '/api/v1/orgs',
    {
      schema: {
        tags: tags.organizations,
        summary: 'Create an organisation; you become its owner',
        body: organizationCreateSchema,
        response: { 201: organizationSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request)
      const org = await createOrganization(ctx, actorOf(request), request.body, user.userId)
      return reply.code(201).send(presentOrganization(org))
    },
  )

  app.get(
    '/api/v1/orgs/:slug',
    {
      schema: {
        tags: tags.organizations,
        summary: 'The organisation profile',
        params: slugParams,
        response: { 200: organizationSchema },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, 'organization:read')
      return presentOrganization(organization)
    },
  )

  app.patch(
    '/api/v1/orgs/:slug',
    {
      schema: {
        tags: tags.organizations,
        summary: 'Update the organisation profile',
        params: slugParams,
        body: organizationUpdateSchema,
        response: { 200: organizationSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, 'organization:write')
      return presentOrganization(
        await updateOrganizationProfile(ctx, access.actor, access.organization, request.body),
      )
    },
  )
}
