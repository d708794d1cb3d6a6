import { type Kysely, sql } from 'kysely'
import type { DB, DiscoveryProgress } from '../../db/schema'
import { storedDiscoveryProgress } from './discovery-stored'

const DAY_MS = 24 * 60 * 60 * 1000

/** `now() + seconds` on the database's clock, the one every worker shares. */
const inSeconds = (seconds: number) => sql<Date>`now() + make_interval(secs => ${seconds})`
const secondsAgo = (seconds: number) => sql<Date>`now() - make_interval(secs => ${seconds})`

/** Deletes the organisation's discoveries older than a day, then records a new running one with its input. */
export async function insertRunningDiscovery(
  db: Kysely<DB>,
  discovery: { id: string; organizationId: string; createdBy: string; inputEncrypted: string },
) {
  await db
    .deleteFrom('dataset_discoveries')
    .where('organization_id', '=', discovery.organizationId)
    .where('created_at', '<', new Date(Date.now() - DAY_MS))
    .execute()
  return db
    .insertInto('dataset_discoveries')
    .values({
      id: discovery.id,
      organization_id: discovery.organizationId,
      created_by: discovery.createdBy,
      status: 'running',
      progress: JSON.stringify(storedDiscoveryProgress.toStored({ done: 0, total: 0 })),
      input_encrypted: discovery.inputEncrypted,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/**
 * A worker takes a running discovery: only when no live worker holds it (no lease, or one that ran out). Counts
 * the attempt and sets the lease; undefined when it is finished, gone, or held.
 */
export function claimDiscovery(db: Kysely<DB>, id: string, leaseSeconds: number) {
  return db
    .updateTable('dataset_discoveries')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), lease_until: inSeconds(leaseSeconds) }))
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('input_encrypted', 'is not', null)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]))
    .returning(['id', 'organization_id', 'input_encrypted', 'attempts'])
    .executeTakeFirst()
}

export async function renewDiscoveryLease(db: Kysely<DB>, id: string, leaseSeconds: number) {
  await db
    .updateTable('dataset_discoveries')
    .set({ lease_until: inSeconds(leaseSeconds) })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute()
}

export async function recordDiscoveryProgress(
  db: Kysely<DB>,
  id: string,
  progress: DiscoveryProgress,
  leaseSeconds: number,
) {
  await db
    .updateTable('dataset_discoveries')
    .set({
      progress: JSON.stringify(storedDiscoveryProgress.toStored(progress)),
      lease_until: inSeconds(leaseSeconds),
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute()
}

export type DiscoveryOutcome = { progress?: DiscoveryProgress } & (
  | { status: 'done'; resultEncrypted: string }
  | { status: 'failed'; error: string }
)

/**
 * Records how a running discovery ended and forgets its input (the secret). With `onlyIfAbandoned`, only while no
 * live worker holds it (the sweep's way: a worker that claimed it meanwhile wins). True when it was recorded.
 */
export async function finishDiscovery(
  db: Kysely<DB>,
  id: string,
  outcome: DiscoveryOutcome,
  options: { onlyIfAbandoned?: boolean } = {},
): Promise<boolean> {
  let query = db
    .updateTable('dataset_discoveries')
    .set({
      status: outcome.status,
      ...(outcome.progress
        ? { progress: JSON.stringify(storedDiscoveryProgress.toStored(outcome.progress)) }
        : {}),
      ...(outcome.status === 'done'
        ? { result_encrypted: outcome.resultEncrypted }
        : { error: outcome.error.slice(0, 2000) }),
      input_encrypted: null,
      lease_until: null,
      finished_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
  if (options.onlyIfAbandoned) {
    query = query.where((eb) =>
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]),
    )
  }
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/**
 * Running discoveries no live worker holds: a lease that ran out (the worker stopped), never claimed for
 * `unclaimedSeconds` (its job was lost, or is still waiting for a worker), or - rows of before migration 0016,
 * run in a web process, without input - older than `legacySeconds`.
 */
export function abandonedDiscoveries(
  db: Kysely<DB>,
  ages: { unclaimedSeconds: number; legacySeconds: number },
  limit: number,
) {
  return db
    .selectFrom('dataset_discoveries')
    .select(['id', 'organization_id', 'attempts', 'created_at', 'input_encrypted'])
    .where('status', '=', 'running')
    .where((eb) =>
      eb.or([
        eb('lease_until', '<', sql<Date>`now()`),
        eb.and([
          eb('lease_until', 'is', null),
          eb('input_encrypted', 'is not', null),
          eb('created_at', '<', secondsAgo(ages.unclaimedSeconds)),
        ]),
        eb.and([
          eb('lease_until', 'is', null),
          eb('input_encrypted', 'is', null),
          eb('created_at', '<', secondsAgo(ages.legacySeconds)),
        ]),
      ]),
    )
    .orderBy('created_at')
    .limit(limit)
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
