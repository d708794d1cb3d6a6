import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { type Encryption, hmacSha256 } from '../../crypto/encryption'
import type { Queryable } from '../../db/queryable'
import type { SuppressionKind } from '../../db/schema'

const keyContext = (organizationId: string) => `suppression_keys:${organizationId}`

/** The organisation's key: HMAC of normalised identifiers. Kept AES-256-GCM encrypted, bound to the organisation. */
export interface IdentifierKey {
  /** `robinson`: a person's normalised name and postal address together (the Robinson Mail list, 0086). */
  hash(kind: SuppressionKind | 'robinson', normalised: string): Buffer
}

/** HMAC-SHA256 over `kind NUL value`, from the key's pads prepared once (the same bytes as createHmac). */
export function keyOf(secret: Buffer): IdentifierKey {
  const hmac = hmacSha256(secret)
  return { hash: (kind, normalised) => hmac(`${kind}\u0000${normalised}`) }
}

/**
 * The organisation's identifier key, created on first use. Two first uses at once both insert; the second does
 * nothing and reads the first one's key.
 */
export async function identifierKey(
  db: Queryable,
  encryption: Encryption,
  organizationId: string,
): Promise<IdentifierKey> {
  const found = await db
    .selectFrom('suppression_keys')
    .select('key_encrypted')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst()
  if (found)
    return keyOf(Buffer.from(encryption.decrypt(found.key_encrypted, keyContext(organizationId)), 'base64'))
  const secret = randomBytes(32).toString('base64')
  await sql`
    insert into suppression_keys (organization_id, key_encrypted)
    values (${organizationId}, ${encryption.encrypt(secret, keyContext(organizationId))})
    on conflict (organization_id) do nothing`.execute(db)
  return identifierKey(db, encryption, organizationId)
}
