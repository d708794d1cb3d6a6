import type { RequestRow } from './repository'
import { reviveRequest } from './state'

/**
 * Whether data may be sent or changed: a portal request once its e-mail address is verified; a request received
 * by staff unless they asked for proof of identity (Art. 12(6)) that has not come yet.
 */
export function identityConfirmed(request: Pick<RequestRow, 'state' | 'channel'>): boolean {
  const identity = reviveRequest(request.state, {}).identity
  if (request.channel === 'portal') return identity.confirmedAt !== null
  return identity.requestedAt === null || identity.confirmedAt !== null
}
