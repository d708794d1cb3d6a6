import { type Insertable, type Selectable, sql, type Updateable } from 'kysely'
import type { Queryable } from '../../db/queryable'
import type {
  LegalHoldsTable,
  RetentionPoliciesTable,
  RetentionRunBatchesTable,
  RetentionRunsTable,
} from '../../db/schema'

export type PolicyRow = Selectable<RetentionPoliciesTable>
export type LegalHoldRow = Selectable<LegalHoldsTable>
export type RunRow = Selectable<RetentionRunsTable>
export type BatchRow = Selectable<RetentionRunBatchesTable>

export function listPolicies(db: Queryable, organizationId: string): Promise<PolicyRow[]> {
  return db
    .selectFrom('retention_policies')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('rule_key')
    .execute()
}

export function findPolicy(db: Queryable, organizationId: string, ruleKey: string) {
  return db
    .selectFrom('retention_policies')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('rule_key', '=', ruleKey)
    .executeTakeFirst()
}

/** Creates the rule's settings row or changes it (one per rule and organisation). */
export async function upsertPolicy(
  db: Queryable,
  values: Insertable<RetentionPoliciesTable>,
  changes: Updateable<RetentionPoliciesTable>,
): Promise<PolicyRow> {
  return db
    .insertInto('retention_policies')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['organization_id', 'rule_key']).doUpdateSet({ ...changes, updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function listLegalHolds(db: Queryable, organizationId: string, activeOn?: string) {
  let query = db
    .selectFrom('legal_holds')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('placed_at', 'desc')
    .orderBy('id')
  if (activeOn !== undefined)
    query = query
      .where('lifted_at', 'is', null)
      .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', activeOn)]))
  return query.execute()
}

export function findLegalHold(db: Queryable, organizationId: string, id: string) {
  return db
    .selectFrom('legal_holds')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertLegalHold(db: Queryable, values: Insertable<LegalHoldsTable>) {
  return db.insertInto('legal_holds').values(values).returningAll().executeTakeFirstOrThrow()
}

export function liftLegalHold(db: Queryable, organizationId: string, id: string, by: string) {
  return db
    .updateTable('legal_holds')
    .set({ lifted_at: new Date(), lifted_by_label: by })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('lifted_at', 'is', null)
    .returningAll()
    .executeTakeFirst()
}

export function listRuns(db: Queryable, organizationId: string, limit = 100) {
  return db
    .selectFrom('retention_runs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
}

export function findRun(db: Queryable, organizationId: string, id: string) {
  return db
    .selectFrom('retention_runs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The unfinished run of one rule over one collection (a crash left it running): resumed, never started anew. */
export function findOpenRun(
  db: Queryable,
  organizationId: string,
  target: { ruleKey: string; datasetKey: string; collection: string },
) {
  return db
    .selectFrom('retention_runs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('rule_key', '=', target.ruleKey)
    .where('dataset_key', '=', target.datasetKey)
    .where('collection', '=', target.collection)
    .where('status', '=', 'running')
    .executeTakeFirst()
}

export function insertRun(db: Queryable, values: Insertable<RetentionRunsTable>) {
  return db.insertInto('retention_runs').values(values).returningAll().executeTakeFirstOrThrow()
}

export function updateRun(db: Queryable, id: string, changes: Updateable<RetentionRunsTable>) {
  return db
    .updateTable('retention_runs')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** A batch written before it is applied and not yet marked done: what a resumed run applies again. */
export function findStartedBatch(db: Queryable, runId: string) {
  return db
    .selectFrom('retention_run_batches')
    .selectAll()
    .where('run_id', '=', runId)
    .where('status', '=', 'started')
    .executeTakeFirst()
}

export function insertBatch(db: Queryable, values: Insertable<RetentionRunBatchesTable>) {
  return db.insertInto('retention_run_batches').values(values).execute()
}

export function markBatchDone(db: Queryable, runId: string, seq: number) {
  return db
    .updateTable('retention_run_batches')
    .set({ status: 'done', done_at: new Date() })
    .where('run_id', '=', runId)
    .where('seq', '=', seq)
    .where('status', '=', 'started')
    .executeTakeFirst()
}

export function listBatches(db: Queryable, runId: string) {
  return db
    .selectFrom('retention_run_batches')
    .select(['seq', 'status', 'deletes', 'masks', 'shared', 'key_hashes'])
    .where('run_id', '=', runId)
    .orderBy('seq')
    .execute()
}

export interface RunProof {
  runId: string
  seq: number
  hash: string
  keys: number
  digest: string
  /** Some batches are proven by one keyed hash over their recorded changes, not one per key (decision 0114). */
  perBatch: boolean
}

/**
 * The audit record each completed run wrote (retention.run_completed): its place in the chain, the number of keys
 * and the SHA-256 over their keyed hashes. Read without the hashes themselves.
 */
export async function listRunProofs(
  db: Queryable,
  organizationId: string,
  runIds: string[],
): Promise<Map<string, RunProof>> {
  if (runIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('audit_events')
    .select([
      'seq',
      'hash',
      'target_id',
      sql<string | null>`summary->>'keyHashesDigest'`.as('digest'),
      sql<string | null>`summary->>'keys'`.as('keys'),
      sql<string | null>`summary->>'keyHashesPerBatch'`.as('per_batch'),
    ])
    .where('organization_id', '=', organizationId)
    .where('action', '=', 'retention.run_completed')
    .where('target_type', '=', 'retention_run')
    .where('target_id', 'in', runIds)
    .execute()
  return new Map(
    rows
      .filter((r) => r.target_id !== null && r.digest !== null)
      .map((r) => [
        r.target_id as string,
        {
          runId: r.target_id as string,
          seq: Number(r.seq),
          hash: r.hash,
          keys: Number(r.keys ?? 0),
          digest: r.digest as string,
          perBatch: r.per_batch === 'true',
        },
      ]),
  )
}
