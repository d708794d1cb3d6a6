import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AppContext } from '../context'
import { hashToken, safeEqual } from '../crypto/tokens'
import { Forbidden, Unauthenticated } from '../domain/errors'
import { findUsableToken, markTokenUsed } from '../modules/api-tokens'
import { findLiveSession } from '../modules/auth'
import type { ApiAccessCache } from './api-access-cache'
import type { Principal } from './principal'

export const SESSION_COOKIE = 'custos_session'
export const CSRF_HEADER = 'x-csrf-token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
/** A token's last use is written at most this often. */
const LAST_USE_MS = 60_000

/** The token behind a Bearer secret, from this process's cache while it is trusted; its use noted once a minute. */
async function usableToken(ctx: AppContext, cache: ApiAccessCache | null, secret: string) {
  const hash = hashToken(secret)
  const now = new Date()
  const token = cache
    ? await cache.token(hash, now, () => findUsableToken(ctx.db, hash, now))
    : await findUsableToken(ctx.db, hash, now)
  if (!token) return undefined
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USE_MS) {
    token.lastUsedAt = now
    await markTokenUsed(ctx.db, token.tokenId, now)
  }
  return token
}

async function resolvePrincipal(ctx: AppContext, request: FastifyRequest): Promise<Principal | null> {
  const authorization = request.headers.authorization
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization)
    const token = match?.[1] ? await usableToken(ctx, request.apiAccess, match[1]) : undefined
    if (!token)
      throw new Unauthenticated('The API token is invalid, expired or revoked.', 'invalid_api_token')
    const { tokenId, tokenName, organizationId, scopes } = token
    return { kind: 'api_token', tokenId, tokenName, organizationId, scopes }
  }
  const cookie = request.cookies[SESSION_COOKIE]
  if (!cookie) return null
  const session = await findLiveSession(ctx.db, hashToken(cookie))
  if (!session) return null
  return {
    kind: 'user',
    userId: session.userId,
    email: session.email,
    sessionId: session.id,
    csrfToken: session.csrfToken,
    secondFactorPending: session.secondFactorPending,
  }
}

/**
 * Resolves who is calling (API token or session cookie) for every /api request, and enforces CSRF protection
 * on cookie-authenticated writes: the session's CSRF token must come back in the X-CSRF-Token header.
 */
export function installAuthentication(
  app: FastifyInstance,
  ctx: AppContext,
  cache: ApiAccessCache | null = null,
) {
  app.decorateRequest('principal', null)
  app.addHook('onRequest', async (request) => {
    request.apiAccess = cache
    if (!request.url.startsWith('/api/v1/')) return
    request.principal = await resolvePrincipal(ctx, request)
    const p = request.principal
    if (p?.kind !== 'user') return
    if (!SAFE_METHODS.has(request.method) && !request.routeOptions.config?.csrfExempt) {
      const sent = request.headers[CSRF_HEADER]
      if (typeof sent !== 'string' || !safeEqual(sent, p.csrfToken)) {
        throw new Forbidden(
          'The CSRF token is missing or does not match this session.',
          'csrf_token_mismatch',
          {
            fields: [
              {
                path: `header.${CSRF_HEADER}`,
                message: 'Send the csrfToken from /api/v1/me in this header.',
                code: 'csrf_token',
              },
            ],
          },
        )
      }
    }
    if (p.secondFactorPending && !request.routeOptions.config?.allowPendingSecondFactor) {
      throw new Unauthenticated('Enter the code from your authenticator app first.', 'second_factor_required')
    }
  })
}
