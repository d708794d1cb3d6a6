import type { Kysely, Transaction } from 'kysely'
import type { ConnectorAction, DB } from '../../db/schema'

type Db = Kysely<DB> | Transaction<DB>

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

export function findRun(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('connector_runs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function findRunById(db: Db, id: string) {
  return db.selectFrom('connector_runs').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listRunsOfRequest(db: Db, organizationId: string, requestId: string) {
  return db
    .selectFrom('connector_runs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .orderBy('created_at', 'desc')
    .execute()
}

export function listSteps(db: Db, runIds: readonly string[]) {
  if (runIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('connector_run_steps')
    .selectAll()
    .where('run_id', 'in', runIds)
    .orderBy('dataset_key')
    .execute()
}

export type RunRow = NonNullable<Awaited<ReturnType<typeof findRunById>>>
export type StepRow = Awaited<ReturnType<typeof listSteps>>[number]

export async function updateRun(
  db: Db,
  id: string,
  patch: Partial<Pick<RunRow, 'status' | 'error' | 'started_at' | 'finished_at'>> & {
    summary?: Record<string, unknown>
  },
): Promise<void> {
  await db
    .updateTable('connector_runs')
    .set({ ...patch, ...(patch.summary ? { summary: JSON.stringify(patch.summary) } : {}) })
    .where('id', '=', id)
    .execute()
}

export async function updateStep(
  db: Db,
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
    .set({ ...patch, ...(patch.result ? { result: JSON.stringify(patch.result) } : {}) })
    .where('id', '=', id)
    .execute()
}
