import type { FastifyRequest } from 'fastify'
import type { Actor } from '../audit/actor'
import { type Ability, roleCan } from '../auth/policy'
import type { Role } from '../auth/roles'
import type { AppContext } from '../context'
import type { OrganizationRow } from '../db/schema'
import { findMembershipRole, findOrganizationBySlug } from '../modules/organizations/repository'
import { actorOf, requirePrincipal } from './principal'
import { forbidden, notFound } from './problem'

export interface OrgAccess {
  organization: OrganizationRow
  /** The caller's role, or null for an API token (which acts by its scopes). */
  role: Role | null
  actor: Actor
}

/**
 * The gate for every /orgs/{slug}/... route. An organisation the caller does not belong to answers 404 exactly
 * like one that does not exist (no tenant enumeration); a member without the ability gets 403.
 */
export async function orgAccess(
  ctx: AppContext,
  request: FastifyRequest,
  slug: string,
  ability: Ability,
): Promise<OrgAccess> {
  const principal = requirePrincipal(request)
  const organization = await findOrganizationBySlug(ctx.db, slug)
  if (!organization) throw notFound('Organisation')
  if (principal.kind === 'api_token') {
    if (principal.organizationId !== organization.id) throw notFound('Organisation')
    if (!principal.scopes.includes(ability)) throw forbidden(`The API token lacks the scope ${ability}.`)
    return { organization, role: null, actor: actorOf(request) }
  }
  const role = await findMembershipRole(ctx.db, organization.id, principal.userId)
  if (!role) throw notFound('Organisation')
  if (!roleCan(role, ability)) throw forbidden()
  return { organization, role, actor: actorOf(request) }
}
