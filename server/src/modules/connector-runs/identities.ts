import type { AppContext } from '../../context'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import { identityEncryptionContext } from '../../domain/subjects/identity'
import { openRequesterEmail, openRequestSubject } from '../requests/personal'
import type { RequestRow } from '../requests/repository'
import { reviveRequest } from '../requests/state'
import { listIdentitiesOf } from '../subjects/repository'

/**
 * The identities a request is searched with: every identity of the subject in the index (decrypted here, never
 * stored in clear) and the e-mail address the request came from.
 */
export async function requestIdentities(ctx: AppContext, request: RequestRow): Promise<SearchIdentity[]> {
  const identities: SearchIdentity[] = []
  if (request.subject_id) {
    for (const row of await listIdentitiesOf(ctx.db, request.organization_id, [request.subject_id])) {
      identities.push({
        kind: row.kind,
        value: ctx.encryption.decrypt(row.value_encrypted, identityEncryptionContext(row.kind)),
        ...(row.system_key ? { systemKey: row.system_key } : {}),
      })
    }
  }
  const subject = openRequestSubject(ctx.encryption, request)
  for (const email of [openRequesterEmail(ctx.encryption, request), subject.email]) {
    if (email && !identities.some((i) => i.kind === 'email' && i.value.toLowerCase() === email.toLowerCase()))
      identities.push({ kind: 'email', value: email })
  }
  return identities
}

/**
 * Whether data may be sent or changed: a portal request once its e-mail address is verified; a request received
 * by staff unless they asked for proof of identity (Art. 12(6)) that has not come yet.
 */
export function identityConfirmed(request: RequestRow): boolean {
  const identity = reviveRequest(request.state, {}).identity
  if (request.channel === 'portal') return identity.confirmedAt !== null
  return identity.requestedAt === null || identity.confirmedAt !== null
}
