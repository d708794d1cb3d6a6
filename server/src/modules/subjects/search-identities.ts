import type { AppContext } from '../../context'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import { identityEncryptionContext } from '../../domain/subjects/identity'
import { listIdentitiesOf } from './repository'

/** Every identity of a subject in the index, decrypted for a search in the connected systems (never stored). */
export async function searchIdentitiesOf(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  subjectId: string,
): Promise<SearchIdentity[]> {
  return (await listIdentitiesOf(ctx.db, organizationId, [subjectId])).map((identity) => ({
    kind: identity.kind,
    value: ctx.encryption.decrypt(identity.valueEncrypted, identityEncryptionContext(identity.kind)),
    ...(identity.systemKey ? { systemKey: identity.systemKey } : {}),
  }))
}
