import type { AppContext } from '../../context'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import { identityEncryptionContext } from '../../domain/subjects/identity'
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
  const state = reviveRequest(request.state)
  for (const email of [request.requester_email, state.subject.email]) {
    if (email && !identities.some((i) => i.kind === 'email' && i.value.toLowerCase() === email.toLowerCase()))
      identities.push({ kind: 'email', value: email })
  }
  return identities
}

/** Identity confirmed: by the staff decision or, for portal requests, the verified e-mail address. */
export function identityConfirmed(request: RequestRow): boolean {
  return reviveRequest(request.state).identity.confirmedAt !== null
}
