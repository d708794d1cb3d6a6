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
  return (await listIdentitiesOf(ctx.db, organizationId, [subjectId])).map((row) => ({
    kind: row.kind,
    value: ctx.encryption.decrypt(row.value_encrypted, identityEncryptionContext(row.kind)),
    ...(row.system_key ? { systemKey: row.system_key } : {}),
  }))
}
