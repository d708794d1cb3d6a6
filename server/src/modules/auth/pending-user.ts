import type { FastifyRequest } from 'fastify'
import { Unauthenticated } from '../../domain/errors'
import type { UserPrincipal } from '../../http/principal'

/** A signed-in user, whether or not the second factor is still to come. */
export function requirePendingOrUser(request: FastifyRequest): UserPrincipal {
  const p = request.principal
  if (p?.kind !== 'user') throw new Unauthenticated('Sign in first.')
  return p
}
