import { type Kysely, sql } from 'kysely'

/**
 * The capability modules get API-token scopes of their own (decision 0058). A token made before keeps exactly
 * what it could do: each scope the modules rested on adds the new scopes that took its place. The list is frozen
 * here (a migration never changes); the policy in auth/policy.ts may move on.
 */
export const ADDED: Record<string, readonly string[]> = {
  'register:read': [
    'breaches:read',
    'processors:read',
    'dpia:read',
    'action_plan:read',
    'compliance:read',
    'retention:read',
  ],
  'register:write': ['breaches:write', 'processors:write', 'dpia:write', 'action_plan:write'],
  'connectors:write': ['retention:write'],
  'subjects:read': ['consent:read', 'suppression:read'],
  'subjects:write': ['consent:write', 'suppression:write'],
  'notice:read': ['cookies:read'],
  'notice:write': ['cookies:write'],
}

export function widenedScopes(scopes: readonly string[]): string[] {
  return [...new Set([...scopes, ...scopes.flatMap((scope) => ADDED[scope] ?? [])])]
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ id: string; scopes: string[] }>`select id, scopes from api_tokens`.execute(db)
  for (const row of rows) {
    const widened = widenedScopes(row.scopes)
    if (widened.length === row.scopes.length) continue
    await sql`update api_tokens set scopes = ${JSON.stringify(widened)}::jsonb where id = ${row.id}`.execute(
      db,
    )
  }
}

/** Going back removes the new scopes: the old ones they came from are still on the token. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const added = new Set(Object.values(ADDED).flat())
  const { rows } = await sql<{ id: string; scopes: string[] }>`select id, scopes from api_tokens`.execute(db)
  for (const row of rows) {
    const kept = row.scopes.filter((scope) => !added.has(scope))
    if (kept.length === row.scopes.length) continue
    await sql`update api_tokens set scopes = ${JSON.stringify(kept)}::jsonb where id = ${row.id}`.execute(db)
  }
}
