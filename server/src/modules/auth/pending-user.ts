import type { FastifyRequest } from 'fastify'
import type { UserPrincipal } from '../../http/principal'
import { unauthorized } from '../../http/problem'

/** A signed-in user, whether or not the second factor is still to come. */
export function requirePendingOrUser(request: FastifyRequest): UserPrincipal {
  const p = request.principal
  if (p?.kind !== 'user') throw unauthorized('Sign in first.')
  return p
}
