import type { AppContext } from '../../context'
import type { Encryption } from '../../crypto/encryption'
import { namePrefixes, searchPrefix } from '../../domain/subjects/name-prefixes'

/**
 * A subject's display name at rest: encrypted (bound to the subject), and searchable through the keyed hashes
 * of its prefixes (`subject_name_keys`), as identities are through `lookup_key`.
 */
const NAME_PURPOSE = 'subject-name-prefix'
const nameContext = (subjectId: string) => `subjects.display_name:${subjectId}`

export function sealSubjectName(encryption: Encryption, subjectId: string, name: string) {
  return {
    encrypted: encryption.encrypt(name, nameContext(subjectId)),
    keys: namePrefixes(name).map((prefix) => encryption.blindIndex(prefix, NAME_PURPOSE)),
  }
}

/** The key a name search is looked up by, or null when the text holds nothing to search. */
export function nameSearchKey(encryption: Encryption, query: string): string | null {
  const prefix = searchPrefix(query)
  return prefix === '' ? null : encryption.blindIndex(prefix, NAME_PURPOSE)
}

/** The display name; a row not sealed yet (written before migration 0009) still has it in clear. */
export function openSubjectName(
  encryption: Encryption,
  row: { id: string; display_name_encrypted: string | null; display_name: string | null },
): string {
  if (row.display_name_encrypted !== null) {
    return encryption.decrypt(row.display_name_encrypted, nameContext(row.id))
  }
  return row.display_name ?? ''
}

/** The display names of these people of the organisation's subject index (id -> name; unknown ids are absent). */
export async function subjectNamesOf(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await ctx.db
    .selectFrom('subjects')
    .select(['id', 'display_name', 'display_name_encrypted'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...new Set(ids)])
    .execute()
  return new Map(rows.map((r) => [r.id, openSubjectName(ctx.encryption, r)]))
}
