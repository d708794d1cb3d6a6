import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { consentActions } from './policy'
import { retryPropagation } from './propagation-retry'
import { propagationSchema } from './schemas'

/** The calls that tell the organisation's systems of a withdrawal (dataset `consentWithdrawal`). */
export function registerPropagationRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/v1/orgs/:slug/consent/propagations/:id/retry',
    {
      schema: {
        tags: ['consent'],
        summary: 'Make a failed or waiting withdrawal call to a system again, now',
        params: slugParams.extend({
          id: z.uuid().describe('the propagation: `propagations[].id` of a withdrawal record'),
        }),
        response: { 200: propagationSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.retry)
      const view = await retryPropagation(ctx, access.organization.id, request.params.id)
      return { ...view, updatedAt: view.updatedAt.toISOString() }
    },
  )
}
