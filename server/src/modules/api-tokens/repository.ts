import type { Kysely, Transaction } from 'kysely'
import { isScope, type Scope } from '../../auth/policy'
import type { Queryable } from '../../db/queryable'
import type { ApiTokenRow, DB } from '../../db/schema'

/** An organisation's API token as the services see it (its secret is never stored, only its hash). */
export interface ApiToken {
  id: string
  organizationId: string
  name: string
  /** The first characters of the secret, to recognise it. */
  prefix: string
  scopes: Scope[]
  createdBy: string | null
  createdAt: Date
  lastUsedAt: Date | null
  expiresAt: Date | null
  revokedAt: Date | null
}

function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.filter(isScope),
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  }
}

/**
 * The token behind a secret's hash when it may be used now (not revoked, not expired), with what the gate needs
 * to keep it: its expiry and its last use.
 */
export async function findUsableToken(
  db: Kysely<DB>,
  tokenHash: string,
  now = new Date(),
): Promise<
  | {
      tokenId: string
      tokenName: string
      organizationId: string
      scopes: Scope[]
      expiresAt: Date | null
      lastUsedAt: Date | null
    }
  | undefined
> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'organization_id', 'scopes', 'expires_at', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst()
  if (!row) return undefined
  return {
    tokenId: row.id,
    tokenName: row.name,
    organizationId: row.organization_id,
    scopes: row.scopes.filter(isScope),
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
  }
}

/** Notes the token's use (its list shows when it was last used; written at most once a minute by the caller). */
export async function markTokenUsed(db: Kysely<DB>, tokenId: string, now: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', tokenId).execute()
}

export async function listTokens(db: Queryable, organizationId: string): Promise<ApiToken[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(toApiToken)
}

export async function insertToken(
  trx: Transaction<DB>,
  token: {
    organizationId: string
    name: string
    tokenHash: string
    prefix: string
    scopes: Scope[]
    createdBy: string | null
    expiresAt: Date | null
  },
): Promise<ApiToken> {
  const row = await trx
    .insertInto('api_tokens')
    .values({
      organization_id: token.organizationId,
      name: token.name,
      token_hash: token.tokenHash,
      prefix: token.prefix,
      scopes: JSON.stringify(token.scopes),
      created_by: token.createdBy,
      expires_at: token.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toApiToken(row)
}

export async function revokeToken(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
): Promise<ApiToken | undefined> {
  const row = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst()
  return row && toApiToken(row)
}
