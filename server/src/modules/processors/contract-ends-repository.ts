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

export function deleteContractEnd(db: Db, id: string) {
  return db.deleteFrom('processor_contract_ends').where('id', '=', id).execute()
}

/** A failed end back to running (only if it is still failed: two retries at once restart it once). */
export function restartContractEnd(db: Db, organizationId: string, id: string) {
  return db
    .updateTable('processor_contract_ends')
    .set({ status: 'running', error: null })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .returningAll()
    .executeTakeFirst()
}

export function updateContractEnd(
  db: Db,
  id: string,
  patch: Partial<{
    status: 'running' | 'completed' | 'failed'
    run_id: string
    outcome: string
    package_id: string | null
    error: string | null
    completed_at: Date | null
  }>,
  options: { onlyIf?: 'running' } = {},
): Promise<ProcessorContractEndRow | undefined> {
  let query = db.updateTable('processor_contract_ends').set(patch).where('id', '=', id)
  if (options.onlyIf) query = query.where('status', '=', options.onlyIf)
  return query.returningAll().executeTakeFirst()
}
