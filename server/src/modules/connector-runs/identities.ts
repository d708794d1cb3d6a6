import type { AppContext } from '../../context'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import { openRequesterEmail, openRequestSubject, type RequestRow } from '../requests'
import { searchIdentitiesOf } from '../subjects'

/**
 * The identities a request is searched with: every identity of the subject in the index (decrypted here, never
 * stored in clear) and the e-mail address the request came from.
 */
export async function requestIdentities(ctx: AppContext, request: RequestRow): Promise<SearchIdentity[]> {
  const identities: SearchIdentity[] = request.subject_id
    ? await searchIdentitiesOf(ctx, request.organization_id, request.subject_id)
    : []
  const subject = openRequestSubject(ctx.encryption, request)
  for (const email of [openRequesterEmail(ctx.encryption, request), subject.email]) {
    if (email && !identities.some((i) => i.kind === 'email' && i.value.toLowerCase() === email.toLowerCase()))
      identities.push({ kind: 'email', value: email })
  }
  return identities
}
