import type { Kysely } from 'kysely'
import type { DB, DiscoveryProgress } from '../../db/schema'

const DAY_MS = 24 * 60 * 60 * 1000

/** Deletes the organisation's discoveries older than a day, then records a new running one. */
export async function insertRunningDiscovery(db: Kysely<DB>, organizationId: string, createdBy: string) {
  await db
    .deleteFrom('dataset_discoveries')
    .where('organization_id', '=', organizationId)
    .where('created_at', '<', new Date(Date.now() - DAY_MS))
    .execute()
  return db
    .insertInto('dataset_discoveries')
    .values({
      organization_id: organizationId,
      created_by: createdBy,
      status: 'running',
      progress: JSON.stringify({ done: 0, total: 0 }),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function recordDiscoveryProgress(db: Kysely<DB>, id: string, progress: DiscoveryProgress) {
  await db
    .updateTable('dataset_discoveries')
    .set({ progress: JSON.stringify(progress) })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute()
}

export async function finishDiscovery(
  db: Kysely<DB>,
  id: string,
  outcome: { progress?: DiscoveryProgress } & (
    | { status: 'done'; resultEncrypted: string }
    | { status: 'failed'; error: string }
  ),
) {
  await db
    .updateTable('dataset_discoveries')
    .set({
      status: outcome.status,
      ...(outcome.progress ? { progress: JSON.stringify(outcome.progress) } : {}),
      ...(outcome.status === 'done'
        ? { result_encrypted: outcome.resultEncrypted }
        : { error: outcome.error.slice(0, 2000) }),
      finished_at: new Date(),
    })
    .where('id', '=', id)
    .execute()
}

export function findDiscovery(db: Kysely<DB>, organizationId: string, id: string) {
  return db
    .selectFrom('dataset_discoveries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}
