import { z } from 'zod'
import { type PolicyAction, permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { NotFound } from '../../domain/errors'
import { slugParams } from '../../http/common-schemas'
import { type OrgAccess, orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import type { Organization } from '../organizations'
import { noticeSettingsOf } from '../register'
import { breachActions } from './policy'
import { presentBreach } from './presenter'
import { findBreach, listTimeline } from './repository'
import { breachSchema } from './schemas'

/** What the breach route files share: the paths, the `can` block and the loading of one breach. */
export const tags = ['breaches']
export const idParams = slugParams.extend({ id: z.uuid() })
export const BASE = '/api/v1/orgs/:slug/breaches'

export const canSchema = z.object({
  write: z.boolean(),
  notify: z.boolean(),
  inform: z.boolean(),
  evidence: z.boolean().describe('may add and download evidence files'),
})

/** What the caller may do with breaches (the UI shows or hides its buttons by it). */
export const can = (grant: Parameters<typeof permissions>[0]) =>
  permissions(grant, {
    write: breachActions.write,
    notify: breachActions.notify,
    inform: breachActions.inform,
    evidence: breachActions.evidence,
  })

/** The gate for one breach and its stored row (404 when the organisation has no such breach). */
export async function loadedBreach(
  ctx: AppContext,
  slug: string,
  id: string,
  request: Parameters<typeof orgAccess>[1],
  action = breachActions.read,
) {
  const access = await orgAccess(ctx, request, slug, action)
  const row = await findBreach(ctx.db, access.organization.id, id)
  if (!row) throw new NotFound('breach')
  return { access, row }
}

/** The breach as it now is, with its timeline and clocks: the answer of every read and change of one breach. */
export async function breachAnswer(ctx: AppContext, org: Organization, id: string) {
  const row = await findBreach(ctx.db, org.id, id)
  if (!row) throw new NotFound('breach')
  const promise = noticeSettingsOf(org).breachCommunication
  return presentBreach(row, await listTimeline(ctx.db, org.id, id), new Date(), promise)
}

/**
 * Every change to one breach has one shape, like the request workflow's actions (requests/routes.ts): the
 * gate checks the named action, the service changes the breach in its transaction, the answer is the breach as
 * it now is.
 */
export function registerChange<B extends z.ZodType>(
  app: App,
  ctx: AppContext,
  method: 'POST' | 'PATCH',
  path: string,
  summary: string,
  body: B,
  action: PolicyAction,
  change: (access: OrgAccess, id: string, body: z.output<B>) => Promise<unknown>,
) {
  app.route({
    method,
    url: `${BASE}/:id${path}`,
    schema: { tags, summary, params: idParams, body, response: { 200: breachSchema } },
    handler: async (request) => {
      const { slug, id } = request.params as z.output<typeof idParams>
      const access = await orgAccess(ctx, request, slug, action)
      await change(access, id, request.body as z.output<B>)
      return breachAnswer(ctx, access.organization, id)
    },
  })
}
