import { z } from 'zod'
import type { AppContext } from '../../context'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import { actorOf, requireUser } from '../../http/principal'
import type { App } from '../../http/types'
import { assertMayCreateOrganizations, organizationSchema, presentOrganization } from '../organizations'
import { sampleActions } from './policy'
import { SAMPLE_EXAMPLES } from './sample-data'
import { createSampleOrganization, deleteSampleOrganization } from './service'

const tags = ['samples']

export function registerSampleRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/v1/samples',
    {
      schema: {
        tags,
        summary: 'Build a sample organisation from an example register; you become its owner',
        body: z.strictObject({
          example: z
            .enum(SAMPLE_EXAMPLES)
            .default('liberoo')
            .describe(
              'the example register: liberoo (accounting firm), the-invoice-managers (debt collection), contactexpert (call centre)',
            ),
          language: languageSchema.describe('the language of the sample name: Voorbeeld, Exemple or Sample'),
        }),
        response: { 201: organizationSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request)
      await assertMayCreateOrganizations(ctx, user.userId)
      const org = await createSampleOrganization(ctx, actorOf(request), user.userId, request.body)
      return reply.code(201).send(presentOrganization(org))
    },
  )

  app.delete(
    '/api/v1/orgs/:slug',
    {
      schema: {
        tags,
        summary: 'Delete a sample organisation with everything in it (owners; samples only)',
        params: slugParams,
        response: { 204: z.null().describe('deleted') },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, sampleActions.delete)
      await deleteSampleOrganization(ctx, access.actor, access.organization)
      return reply.code(204).send(null)
    },
  )
}
