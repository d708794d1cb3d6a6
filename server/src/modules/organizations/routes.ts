import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import { actorOf, requireUser } from '../../http/principal'
import type { App } from '../../http/types'
import { membershipSchema, membershipsOf } from './memberships'
import {
  organizationActions,
  organizationCanSchema,
  organizationPermissions,
  requestSettingsActions,
  requestSettingsCanSchema,
  requestSettingsPermissions,
} from './policy'
import { presentOrganization } from './presenter'
import {
  requestSettingsOf,
  requestSettingsSchema,
  requestSettingsUpdateSchema,
  updateRequestSettings,
} from './request-settings'
import { organizationCreateSchema, organizationSchema, organizationUpdateSchema, slugSchema } from './schema'
import {
  assertMayCreateOrganizations,
  changeOrganizationSlug,
  createOrganization,
  updateOrganizationProfile,
} from './service'

const profileSchema = organizationSchema.extend({ can: organizationCanSchema })
const settingsSchema = requestSettingsSchema.extend({ can: requestSettingsCanSchema })

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
        response: { 201: profileSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request)
      await assertMayCreateOrganizations(ctx, user.userId)
      const org = await createOrganization(ctx, actorOf(request), request.body, user.userId)
      // The creator is its first owner.
      return reply
        .code(201)
        .send({ ...presentOrganization(org), can: organizationPermissions({ role: 'owner' }) })
    },
  )

  app.get(
    '/api/v1/orgs/:slug',
    {
      schema: {
        tags: tags.organizations,
        summary: 'The organisation profile',
        params: slugParams,
        response: { 200: profileSchema },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(
        ctx,
        request,
        request.params.slug,
        organizationActions.read,
      )
      return { ...presentOrganization(organization), can: organizationPermissions(grant) }
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
        response: { 200: profileSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, organizationActions.update)
      const updated = await updateOrganizationProfile(ctx, access.actor, access.organization, request.body)
      return { ...presentOrganization(updated), can: organizationPermissions(access.grant) }
    },
  )

  app.put(
    '/api/v1/orgs/:slug/slug',
    {
      schema: {
        tags: tags.organizations,
        summary: 'Change the slug (owners); the old public addresses redirect to the new ones',
        params: z.object({
          slug: z.string().min(1).max(63).describe('the current slug of the organisation'),
        }),
        body: z.strictObject({
          slug: slugSchema.describe('the new slug: /p/{slug}/privacy, /api/v1/orgs/{slug}'),
        }),
        response: { 200: profileSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, organizationActions['change-slug'])
      const updated = await changeOrganizationSlug(ctx, access.actor, access.organization, request.body.slug)
      return { ...presentOrganization(updated), can: organizationPermissions(access.grant) }
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
        response: { 200: settingsSchema },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(
        ctx,
        request,
        request.params.slug,
        requestSettingsActions.read,
      )
      return { ...requestSettingsOf(organization), can: requestSettingsPermissions(grant) }
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
        response: { 200: settingsSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, requestSettingsActions.update)
      const settings = await updateRequestSettings(ctx, access.actor, access.organization, request.body)
      return { ...settings, can: requestSettingsPermissions(access.grant) }
    },
  )
}
