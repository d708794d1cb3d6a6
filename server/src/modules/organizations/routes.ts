import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import { actorOf, requireUser } from '../../http/principal'
import type { App } from '../../http/types'
import { membershipSchema, membershipsOf } from './memberships'
import { organizationActions, requestSettingsActions } from './policy'
import { presentOrganization } from './presenter'
import {
  requestSettingsOf,
  requestSettingsSchema,
  requestSettingsUpdateSchema,
  updateRequestSettings,
} from './request-settings'
import { organizationCreateSchema, organizationSchema, organizationUpdateSchema } from './schema'
import { assertMayCreateOrganizations, createOrganization, updateOrganizationProfile } from './service'

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
    async (request) => ({ items: await membershipsOf(ctx, requireUser(request).userId) }),
  )

  app.post(
    '/api/v1/orgs',
    {
      schema: {
        tags: tags.organizations,
        summary:
          'Create an organisation; you become its owner. Installation admins only, unless CUSTOS_ORG_CREATION=any-user',
        body: organizationCreateSchema,
        response: { 201: organizationSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request)
      await assertMayCreateOrganizations(ctx, user.userId)
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
      const { organization } = await orgAccess(ctx, request, request.params.slug, organizationActions.read)
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
      const access = await orgAccess(ctx, request, request.params.slug, organizationActions.update)
      return presentOrganization(
        await updateOrganizationProfile(ctx, access.actor, access.organization, request.body),
      )
    },
  )

  app.get(
    '/api/v1/orgs/:slug/settings/requests',
    {
      schema: {
        tags: tags.organizations,
        summary:
          'Settings of the data subject request workflow: clock start, at-risk and reminder days, download link validity',
        params: slugParams,
        response: { 200: requestSettingsSchema },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, requestSettingsActions.read)
      return requestSettingsOf(organization)
    },
  )

  app.patch(
    '/api/v1/orgs/:slug/settings/requests',
    {
      schema: {
        tags: tags.organizations,
        summary: 'Change the settings of the data subject request workflow (audited)',
        params: slugParams,
        body: requestSettingsUpdateSchema,
        response: { 200: requestSettingsSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, requestSettingsActions.update)
      return updateRequestSettings(ctx, access.actor, access.organization, request.body)
    },
  )
}
