import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { roleHoldsScope, type Scope } from '../../auth/policy'
import type { Role } from '../../auth/roles'
import type { AppContext } from '../../context'
import { hashToken, randomToken } from '../../crypto/tokens'
import type { OrganizationRow } from '../../db/schema'
import { forbidden, notFound } from '../../http/problem'
import { insertToken, revokeToken } from './repository'

export const TOKEN_PREFIX = 'cus_'

/**
 * Creates an organisation API token. The secret is returned once and only its SHA-256 is stored; a token can
 * never hold a scope its creator does not have.
 */
export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  creatorRole: Role | null,
  input: { name: string; scopes: Scope[]; expiresInDays?: number | undefined },
) {
  const beyond = input.scopes.filter((s) => !creatorRole || !roleHoldsScope(creatorRole, s))
  if (beyond.length > 0) throw forbidden(`You cannot grant scopes you do not have: ${beyond.join(', ')}.`)
  const secret = `${TOKEN_PREFIX}${randomToken(32)}`
  const row = await ctx.db.transaction().execute(async (trx) => {
    const token = await insertToken(trx, {
      organizationId: org.id,
      name: input.name,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      scopes: [...new Set(input.scopes)],
      createdBy: actor.type === 'user' ? actor.id : null,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    })
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'api_token.created',
      targetType: 'api_token',
      targetId: token.id,
      summary: { name: token.name, scopes: token.scopes, expiresAt: token.expires_at },
    })
    return token
  })
  return { row, secret }
}

export async function revokeApiToken(ctx: AppContext, actor: Actor, org: OrganizationRow, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const token = await revokeToken(trx, org.id, id)
    if (!token) throw notFound('API token')
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'api_token.revoked',
      targetType: 'api_token',
      targetId: token.id,
      summary: { name: token.name },
    })
  })
}
