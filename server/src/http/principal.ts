import type { FastifyRequest } from 'fastify'
import type { Actor } from '../audit/actor'
import type { Scope } from '../auth/policy'
import { Unauthenticated } from '../domain/errors'

export interface UserPrincipal {
  kind: 'user'
  userId: string
  email: string
  sessionId: string
  csrfToken: string
  secondFactorPending: boolean
}

export interface TokenPrincipal {
  kind: 'api_token'
  tokenId: string
  tokenName: string
  organizationId: string
  scopes: readonly Scope[]
}

export type Principal = UserPrincipal | TokenPrincipal

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null
  }
  interface FastifyContextConfig {
    /** Reachable with a session that still waits for its second factor (TOTP). */
    allowPendingSecondFactor?: boolean
    /** Public auth endpoints (login, password reset) do not act on a session's authority: no CSRF header. */
    csrfExempt?: boolean
  }
}

export function requireUser(request: FastifyRequest): UserPrincipal {
  const p = request.principal
  if (p?.kind !== 'user' || p.secondFactorPending) throw new Unauthenticated('Sign in first.')
  return p
}

export function requirePrincipal(request: FastifyRequest): Principal {
  const p = request.principal
  if (!p || (p.kind === 'user' && p.secondFactorPending)) throw new Unauthenticated()
  return p
}

export function actorOf(request: FastifyRequest): Actor {
  const p = request.principal
  if (!p) return { type: 'system', id: null, label: 'anonymous', requestId: request.id }
  if (p.kind === 'user') return { type: 'user', id: p.userId, label: p.email, requestId: request.id }
  return { type: 'api_token', id: p.tokenId, label: `API token “${p.tokenName}”`, requestId: request.id }
}
