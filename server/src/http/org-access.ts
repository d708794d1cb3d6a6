import type { FastifyRequest } from 'fastify'
import type { Actor } from '../audit/actor'
import { type Grant, may, type PolicyAction } from '../auth/policy'
import type { Role } from '../auth/roles'
import type { AppContext } from '../context'
import { Forbidden, NotFound } from '../domain/errors'
import type { Organization } from '../modules/organizations'
import { findOrganizationBySlug, findOrganizationWithRole } from '../modules/organizations'
import { actorOf, requirePrincipal } from './principal'

export interface OrgAccess {
  organization: Organization
  /** The caller's role, or null for an API token (which acts by its scopes). */
  role: Role | null
  /** What the caller acts with, for `may` and `permissions` on the objects it is shown. */
  grant: Grant
  actor: Actor
}

/**
 * The gate for every /orgs/{slug}/... route: the route names the action it performs (from its feature's
 * policy.ts). An organisation the caller does not belong to answers 404 exactly like one that does not exist (no
 * tenant enumeration); a member whose role may not do the action, or a token without its scope, gets 403 naming
 * the action.
 */
export async function orgAccess(
  ctx: AppContext,
  request: FastifyRequest,
  slug: string,
  action: PolicyAction,
): Promise<OrgAccess> {
  const principal = requirePrincipal(request)
  if (principal.kind === 'api_token') {
    const load = () => findOrganizationBySlug(ctx.db, slug)
    const organization = await (request.apiAccess ? request.apiAccess.organization(slug, load) : load())
    if (!organization) throw new NotFound('organization')
    if (principal.organizationId !== organization.id) throw new NotFound('organization')
    const grant: Grant = { scopes: principal.scopes }
    if (!may(grant, action))
      throw new Forbidden(
        `The API token lacks the scope ${action.scope} needed for ${action.name}.`,
        'token_scope_missing',
        { params: { action: action.name, scope: action.scope } },
      )
    return { organization, role: null, grant, actor: actorOf(request) }
  }
  const found = await findOrganizationWithRole(ctx.db, slug, principal.userId)
  const role = found?.role
  if (!found || !role) throw new NotFound('organization')
  const { organization } = found
  const grant: Grant = { role }
  if (!may(grant, action))
    throw new Forbidden(`Your role does not allow this action (${action.name}).`, 'forbidden', {
      params: { action: action.name },
    })
  return { organization, role, grant, actor: actorOf(request) }
}
