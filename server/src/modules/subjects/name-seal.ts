import { hash } from 'node:crypto'
import type { AppContext } from '../../context'
import type { Encryption } from '../../crypto/encryption'
import { nameLookup, namePrefixes, searchPrefix } from '../../domain/subjects/name-prefixes'

/**
 * A subject's display name at rest: encrypted (bound to the subject), and searchable through keys of some of its
 * prefixes (`subjects.name_keys`, decision 0084), as identities are through `lookup_key`.
 */
const NAME_PURPOSE = 'subject-name-prefix'
const nameContext = (subjectId: string) => `subjects.display_name:${subjectId}`

/**
 * The 64-bit key of a name prefix in an organisation, as a decimal string (bigint): the first 8 bytes of
 * SHA-256(organisation id, ':', HMAC of the prefix). The HMAC's key never leaves the server; the organisation
 * keeps tenants apart in the shared GIN index. Migration 0073 computes the same from the HMACs stored before.
 */
export function nameKeyOf(encryption: Encryption, organizationId: string, prefix: string): string {
  return nameKeyFrom(
    Buffer.from(`${organizationId}:`, 'utf8'),
    encryption.blindIndexDigest(prefix, NAME_PURPOSE),
  )
}

/** SHA-256(organisation id, ':', HMAC) cut to 64 bits, as one hash call (the import computes ~25 a person). */
function nameKeyFrom(organizationPrefix: Buffer, hmac: Buffer): string {
  return hash('sha256', Buffer.concat([organizationPrefix, hmac]), 'buffer')
    .readBigInt64BE(0)
    .toString()
}

/** The name encrypted for this subject. */
export function sealSubjectName(encryption: Encryption, subjectId: string, name: string) {
  return { encrypted: encryption.encrypt(name, nameContext(subjectId)) }
}

/** The keys a name is found by (`subjects.name_keys`). */
export function nameKeysOf(encryption: Encryption, organizationId: string, name: string): string[] {
  const organizationPrefix = Buffer.from(`${organizationId}:`, 'utf8')
  return namePrefixes(name).map((prefix) =>
    nameKeyFrom(organizationPrefix, encryption.blindIndexDigest(prefix, NAME_PURPOSE)),
  )
}

/** A name search: the key looked up, and the prefix its candidates are checked against unless `exact`. */
export interface NameSearch {
  key: string
  prefix: string
  exact: boolean
}

/** How a name search is looked up, or null when the text holds nothing to search. */
export function nameSearchOf(
  encryption: Encryption,
  organizationId: string,
  query: string,
): NameSearch | null {
  const prefix = searchPrefix(query)
  if (prefix === '') return null
  const { keyed, exact } = nameLookup(prefix)
  return { key: nameKeyOf(encryption, organizationId, keyed), prefix, exact }
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
