import type { Insertable, Selectable, Updateable } from 'kysely'
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
