import { z } from 'zod'
import { may } from '../../auth/policy'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { clientRoutes, clientSummaries } from '../client-routing'
import { processorActions } from '../processors'
import { loadRegister } from '../register'
import { breachActions } from './policy'

export const breachClientChoicesSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      language: z.enum(['nl', 'fr', 'en']),
      status: z.enum(['active', 'ended']),
      breachesEmail: z
        .string()
        .nullable()
        .describe(
          'where its notice goes: its contact for breaches, else its general contact; null: the caller may not read the clients’ contacts (processors:read)',
        ),
      activityKeys: z.array(z.string()).describe('the processor activities done for it'),
      systemKeys: z.array(z.string()).describe('the systems those activities keep data in'),
    }),
  ),
})

/**
 * The clients of the Processors page a processor's breach can name: the form suggests those whose activities or
 * systems the breach concerns, and a client picked there is informed at its contact for breaches, in its language.
 */
export function registerBreachClientChoiceRoute(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/breaches/client-choices',
    {
      schema: {
        tags: ['breaches'],
        summary:
          'The clients (controllers) a processor’s breach can concern, with their activities and systems',
        params: slugParams,
        response: { 200: breachClientChoicesSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      const org = access.organization
      const contacts = may(access.grant, processorActions.read)
      const register = await loadRegister(ctx, org)
      // The contacts are decrypted only for a caller who may read them.
      const routes = contacts
        ? await clientRoutes(ctx, org, register)
        : (await clientSummaries(ctx, org, register)).map((r) => ({ ...r, breachesEmail: null }))
      return {
        items: routes.map((r) => ({
          id: r.id,
          name: r.name,
          language: r.language,
          status: r.status,
          breachesEmail: r.breachesEmail,
          activityKeys: r.activityKeys,
          systemKeys: r.systemKeys,
        })),
      }
    },
  )
}
