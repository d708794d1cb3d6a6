import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { roleHoldsScope, type Scope } from '../../auth/policy'
import type { Role } from '../../auth/roles'
import { type AppContext, inTransaction } from '../../context'
import { hashToken, randomToken } from '../../crypto/tokens'
import { Forbidden, NotFound } from '../../domain/errors'
import type { Organization } from '../organizations'
import { type ApiToken, insertToken, listTokens, revokeToken } from './repository'

export const TOKEN_PREFIX = 'cus_'

/**
 * Creates an organisation API token. The secret is returned once and only its SHA-256 is stored; a token can
 * never hold a scope its creator does not have.
 */
export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  creatorRole: Role | null,
  input: { name: string; scopes: Scope[]; expiresInDays?: number | undefined },
) {
  const beyond = input.scopes.filter((s) => !creatorRole || !roleHoldsScope(creatorRole, s))
  if (beyond.length > 0) {
    throw new Forbidden(`You cannot grant scopes you do not have: ${beyond.join(', ')}.`, 'scope_not_held', {
      params: { scopes: beyond },
      fields: [
        {
          path: 'body.scopes',
          code: 'scope_not_held',
          message: 'Not held by you',
          params: { scopes: beyond },
        },
      ],
    })
  }
  const secret = `${TOKEN_PREFIX}${randomToken(32)}`
  const token = await inTransaction(ctx, async (ctx) => {
    const token = await insertToken(ctx.db, {
      organizationId: org.id,
      name: input.name,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      scopes: [...new Set(input.scopes)],
      createdBy: actor.type === 'user' ? actor.id : null,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'api_token.created',
      targetType: 'api_token',
      targetId: token.id,
      summary: { name: token.name, scopes: token.scopes, expiresAt: token.expiresAt },
    })
    return token
  })
  return { token, secret }
}

/** The organisation's tokens, newest first (never their secret). */
export function apiTokensOf(ctx: AppContext, org: Organization): Promise<ApiToken[]> {
  return listTokens(ctx.db, org.id)
}

export async function revokeApiToken(ctx: AppContext, actor: Actor, org: Organization, id: string) {
  await inTransaction(ctx, async (ctx) => {
    const token = await revokeToken(ctx.db, org.id, id)
    if (!token) throw new NotFound('api_token')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'api_token.revoked',
      targetType: 'api_token',
      targetId: token.id,
      summary: { name: token.name },
    })
  })
}
