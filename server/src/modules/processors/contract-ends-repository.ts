import type { Kysely, Transaction } from 'kysely'
import type { DB, ProcessorContractEndRow } from '../../db/schema'

type Db = Kysely<DB> | Transaction<DB>

/** Queries of the contract ends (the client's choice at the end of a contract and what was done), by organisation. */

export function insertContractEnd(
  db: Db,
  row: {
    id: string
    organizationId: string
    clientId: string
    clientName: string
    choice: 'return' | 'destroy'
    decidedOn: string
    note: string
    reference: string
    runId: string
    requestedBy: string
  },
): Promise<ProcessorContractEndRow> {
  return db
    .insertInto('processor_contract_ends')
    .values({
      id: row.id,
      organization_id: row.organizationId,
      client_id: row.clientId,
      client_name: row.clientName,
      choice: row.choice,
      decided_on: row.decidedOn,
      note: row.note,
      reference: row.reference,
      run_id: row.runId,
      requested_by: row.requestedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function findContractEnd(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('processor_contract_ends')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The job's read: by id alone (the job carries no organisation). */
export function findContractEndById(db: Db, id: string) {
  return db.selectFrom('processor_contract_ends').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listContractEnds(db: Db, organizationId: string, clientId?: string) {
  let query = db
    .selectFrom('processor_contract_ends')
    .selectAll()
    .where('organization_id', '=', organizationId)
  if (clientId) query = query.where('client_id', '=', clientId)
  return query.orderBy('created_at', 'desc').execute()
}

export function findRunningEnd(db: Db, organizationId: string, clientId: string) {
  return db
    .selectFrom('processor_contract_ends')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('status', '=', 'running')
    .executeTakeFirst()
}

export function updateContractEnd(
  db: Db,
  id: string,
  patch: Partial<{
    status: 'running' | 'completed' | 'failed'
    outcome: string
    package_id: string | null
    error: string | null
    completed_at: Date | null
  }>,
) {
  return db.updateTable('processor_contract_ends').set(patch).where('id', '=', id).execute()
}
