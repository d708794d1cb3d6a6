import { sql, type Transaction } from 'kysely'
import type { Queryable } from '../../db/queryable'
import type { ConnectorAction, DB } from '../../db/schema'
import { storedRunSummary, storedStepResult, withStoredResult, withStoredSummary } from './run-stored'

export interface NewRun {
  organizationId: string
  requestId: string | null
  action: ConnectorAction
  dryRun: boolean
  identitiesEncrypted: string
  inputEncrypted: string | null
  createdBy: string
}

export async function insertRun(trx: Transaction<DB>, id: string, run: NewRun): Promise<void> {
  await trx
    .insertInto('connector_runs')
    .values({
      id,
      organization_id: run.organizationId,
      request_id: run.requestId,
      action: run.action,
      dry_run: run.dryRun,
      identities_encrypted: run.identitiesEncrypted,
      input_encrypted: run.inputEncrypted,
      created_by: run.createdBy,
    })
    .execute()
}

export async function insertSteps(
  trx: Transaction<DB>,
  organizationId: string,
  runId: string,
  steps: { datasetKey: string; systemKey: string; manual: boolean }[],
): Promise<void> {
  if (steps.length === 0) return
  await trx
    .insertInto('connector_run_steps')
    .values(
      steps.map((s) => ({
        organization_id: organizationId,
        run_id: runId,
        dataset_key: s.datasetKey,
        system_key: s.systemKey,
        status: s.manual ? ('manual' as const) : ('pending' as const),
      })),
    )
    .execute()
}

export async function findRun(db: Queryable, organizationId: string, id: string) {
  const row = await db
    .selectFrom('connector_runs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
  return row && withStoredSummary(row)
}

export async function findRunById(db: Queryable, id: string) {
  const row = await db.selectFrom('connector_runs').selectAll().where('id', '=', id).executeTakeFirst()
  return row && withStoredSummary(row)
}

export async function listRunsOfRequest(db: Queryable, organizationId: string, requestId: string) {
  const rows = await db
    .selectFrom('connector_runs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(withStoredSummary)
}

export async function listSteps(db: Queryable, runIds: readonly string[]) {
  if (runIds.length === 0) return []
  const rows = await db
    .selectFrom('connector_run_steps')
    .selectAll()
    .where('run_id', 'in', runIds)
    .orderBy('dataset_key')
    .execute()
  return rows.map(withStoredResult)
}

export type RunRow = NonNullable<Awaited<ReturnType<typeof findRunById>>>
export type StepRow = Awaited<ReturnType<typeof listSteps>>[number]

export async function updateRun(
  db: Queryable,
  id: string,
  patch: Partial<Pick<RunRow, 'status' | 'error' | 'started_at' | 'finished_at' | 'lease_until'>> & {
    summary?: Record<string, unknown>
  },
): Promise<void> {
  await db
    .updateTable('connector_runs')
    .set({ ...patch, ...(patch.summary ? { summary: storedRunSummary.serialize(patch.summary) } : {}) })
    .where('id', '=', id)
    .execute()
}

export async function updateStep(
  db: Queryable,
  id: string,
  patch: Partial<
    Pick<
      StepRow,
      'status' | 'error' | 'data_encrypted' | 'plan_encrypted' | 'started_at' | 'finished_at' | 'attempts'
    >
  > & {
    result?: Record<string, unknown>
  },
): Promise<void> {
  await db
    .updateTable('connector_run_steps')
    .set({ ...patch, ...(patch.result ? { result: storedStepResult.serialize(patch.result) } : {}) })
    .where('id', '=', id)
    .execute()
}

/**
 * How long a process may hold a run without a sign of life before another may take it over (a crashed worker's
 * lease runs out): the lease ends this long after the last heartbeat (CUSTOS_CONNECTOR_STALE_MINUTES).
 */
export const LEASE_MINUTES = 15

/**
 * Takes the run for this process: only one executor at a time, whatever the number of workers. Returns the run
 * when taken, undefined when it is done or another process holds a live lease.
 */
export function claimRun(
  db: Queryable,
  id: string,
  options: { takeOver?: boolean; leaseMinutes?: number } = {},
) {
  return db
    .updateTable('connector_runs')
    .set({
      status: 'running',
      lease_until: sql<Date>`now() + make_interval(mins => ${options.leaseMinutes ?? LEASE_MINUTES})`,
      started_at: sql<Date>`coalesce(started_at, now())`,
      error: null,
    })
    .where('id', '=', id)
    .where('status', '<>', 'completed')
    .where((eb) =>
      options.takeOver
        ? eb.val(true)
        : eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]),
    )
    .returningAll()
    .executeTakeFirst()
    .then((row) => row && withStoredSummary(row))
}

export async function releaseRun(db: Queryable, id: string): Promise<void> {
  await db.updateTable('connector_runs').set({ lease_until: null }).where('id', '=', id).execute()
}

/** Extends the lease of a run this process holds: its heartbeat. */
export async function renewLease(db: Queryable, id: string, leaseMinutes = LEASE_MINUTES): Promise<void> {
  await db
    .updateTable('connector_runs')
    .set({ lease_until: sql<Date>`now() + make_interval(mins => ${leaseMinutes})` })
    .where('id', '=', id)
    .where('lease_until', 'is not', null)
    .execute()
}

/**
 * Runs whose executor died: still "running", with a lease that was not renewed in time (no heartbeat for the
 * lease's length). A run whose lease was released (it ended, or failed before finishing) is not among them.
 */
export async function runsWithDeadLease(db: Queryable, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('connector_runs')
    .select('id')
    .where('status', '=', 'running')
    .where('lease_until', '<', sql<Date>`now()`)
    .orderBy('lease_until')
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}

/**
 * The earlier run of the same request that applied an erasure to this dataset (its plan recorded, its step done),
 * if any: a new erasure run recognises it and changes nothing. Not when that erasure kept rows under a legal hold
 * (decision 0053): once the hold is lifted, a new run erases them.
 */
export async function findAppliedErasure(
  db: Queryable,
  run: Pick<RunRow, 'id' | 'organization_id' | 'request_id'>,
  datasetKey: string,
): Promise<{ runId: string; finishedAt: string | null } | undefined> {
  if (!run.request_id) return undefined
  const row = await db
    .selectFrom('connector_run_steps as s')
    .innerJoin('connector_runs as r', 'r.id', 's.run_id')
    .select(['r.id as runId', 's.finished_at as finishedAt', 's.result'])
    .where('r.organization_id', '=', run.organization_id)
    .where('r.request_id', '=', run.request_id)
    .where('r.action', '=', 'erasure')
    .where('r.dry_run', '=', false)
    .where('r.id', '<>', run.id)
    .where('s.dataset_key', '=', datasetKey)
    .where('s.status', '=', 'done')
    .where('s.plan_encrypted', 'is not', null)
    .orderBy('s.finished_at', 'desc')
    .limit(1)
    .executeTakeFirst()
  // The latest erasure kept rows under a legal hold: not the whole erasure; a new run searches again and erases
  // what is no longer held.
  if (!row || keptForLegalHold(row.result)) return undefined
  return { runId: row.runId, finishedAt: row.finishedAt ? new Date(row.finishedAt).toISOString() : null }
}

function keptForLegalHold(result: unknown): boolean {
  const changes = (result as { changes?: { withheld?: { reason?: { kind?: string } }[] }[] } | null)?.changes
  return (changes ?? []).some((c) => (c.withheld ?? []).some((w) => w.reason?.kind === 'legal_hold'))
}
