import type { Kysely, Transaction } from 'kysely'
import { isScope, type Scope } from '../../auth/policy'
import type { ApiTokenRow, DB } from '../../db/schema'

export async function findUsableToken(
  db: Kysely<DB>,
  tokenHash: string,
): Promise<{ tokenId: string; tokenName: string; organizationId: string; scopes: Scope[] } | undefined> {
  const now = new Date()
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'organization_id', 'scopes', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst()
  if (!row) return undefined
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute()
  }
  return {
    tokenId: row.id,
    tokenName: row.name,
    organizationId: row.organization_id,
    scopes: row.scopes.filter(isScope),
  }
}

export function listTokens(db: Kysely<DB>, organizationId: string): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .execute()
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
): Promise<ApiTokenRow> {
  return trx
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
}

export async function revokeToken(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
): Promise<ApiTokenRow | undefined> {
  return trx
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst()
}
