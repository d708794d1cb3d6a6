import type { AppContext } from '../../context'
import { hashToken } from '../../crypto/tokens'
import type { Language } from '../../db/schema'
import type { Organization } from '../organizations'

/** Portal e-mail verification links work this long. */
export const VERIFY_HOURS = 48

/**
 * The subject's status page token: a keyed hash of the request id, so every letter can carry the same link
 * without the token being stored; only its SHA-256 is (requests.status_token_hash, cleared to revoke it).
 */
export function statusToken(ctx: Pick<AppContext, 'encryption'>, requestId: string): string {
  return ctx.encryption.blindIndex(requestId, 'request-status-link')
}

export function statusTokenHash(ctx: Pick<AppContext, 'encryption'>, requestId: string): string {
  return hashToken(statusToken(ctx, requestId))
}

export function portalBase(ctx: Pick<AppContext, 'config'>, org: Pick<Organization, 'slug'>): string {
  return `${ctx.config.publicUrl}/p/${encodeURIComponent(org.slug)}`
}

export function statusUrl(
  ctx: Pick<AppContext, 'config' | 'encryption'>,
  org: Pick<Organization, 'slug'>,
  requestId: string,
  language: Language,
): string {
  return `${portalBase(ctx, org)}/request/status?token=${statusToken(ctx, requestId)}&lang=${language}`
}

export function verifyUrl(
  ctx: Pick<AppContext, 'config'>,
  org: Pick<Organization, 'slug'>,
  token: string,
  language: Language,
): string {
  return `${portalBase(ctx, org)}/request/verify?token=${token}&lang=${language}`
}

/** Where staff open the request in the admin UI. */
export function staffRequestUrl(
  ctx: Pick<AppContext, 'config'>,
  org: Pick<Organization, 'slug'>,
  requestId: string,
): string {
  return `${ctx.config.publicUrl}/#/orgs/${encodeURIComponent(org.slug)}/requests/${requestId}`
}
