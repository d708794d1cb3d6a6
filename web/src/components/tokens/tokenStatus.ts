import type { ApiToken } from '../../api/types'

export type TokenStatus = 'active' | 'revoked' | 'expired'

export function tokenStatus(token: ApiToken, now = Date.now()): TokenStatus {
  if (token.revokedAt) return 'revoked'
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired'
  return 'active'
}
