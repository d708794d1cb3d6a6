import type { Kysely, Selectable, Transaction } from 'kysely'
import type { ConnectorProblem } from '../../connectors/network/target-error'
import type { DatasetsTable, DB } from '../../db/schema'
import type { DatasetDocument } from '../../domain/datasets/schema'
import type { ConnectionCheckResult, Dataset } from './dataset'
import { storedConnectionOptions, storedDatasetDocument } from './dataset-stored'

/** Every query on datasets; each one is scoped to one organisation. */

type Db = Kysely<DB> | Transaction<DB>

/** The row as a Dataset: the document and the connection are read back through their stored schemas. */
function stored(row: Selectable<DatasetsTable>): Dataset {
  const lastCheck: ConnectionCheckResult | null =
    row.last_check_at && row.last_check_ok !== null
      ? {
          at: row.last_check_at,
          ok: row.last_check_ok,
          message: row.last_check_message ?? '',
          ...(row.last_check_problem ? { problem: row.last_check_problem as ConnectorProblem } : {}),
        }
      : null
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    systemKey: row.system_key,
    connector: row.connector,
    version: row.version,
    source: row.source,
    document: storedDatasetDocument.read(row.document, row.id),
    connectionOptions: storedConnectionOptions.read(row.connection_options, row.id),
    secretEncrypted: row.secret_encrypted,
    lastCheck,
    updatedAt: row.updated_at,
  }
}

export async function listDatasets(db: Db, organizationId: string): Promise<Dataset[]> {
  const rows = await db
    .selectFrom('datasets')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('key')
    .execute()
  return rows.map(stored)
}

export async function findDataset(db: Db, organizationId: string, key: string): Promise<Dataset | undefined> {
  const row = await db
    .selectFrom('datasets')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('key', '=', key)
    .executeTakeFirst()
  return row && stored(row)
}

/** The same, locked for the rest of the transaction (concurrent saves of one dataset queue up). */
export async function findDatasetForUpdate(
  trx: Transaction<DB>,
  organizationId: string,
  key: string,
): Promise<Dataset | undefined> {
  const row = await trx
    .selectFrom('datasets')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirst()
  return row && stored(row)
}

export interface DatasetFile {
  source: string
  document: DatasetDocument
}

function fileColumns(file: DatasetFile) {
  return {
    system_key: file.document.system,
    connector: file.document.connector,
    name: file.document.name,
    source: file.source,
    document: storedDatasetDocument.serialize(file.document),
  }
}

export async function insertDataset(
  trx: Transaction<DB>,
  organizationId: string,
  file: DatasetFile,
): Promise<Dataset> {
  const row = await trx
    .insertInto('datasets')
    .values({ organization_id: organizationId, key: file.document.key, ...fileColumns(file) })
    .returningAll()
    .executeTakeFirstOrThrow()
  return stored(row)
}

export async function updateDatasetFile(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  file: DatasetFile,
  version: number,
): Promise<Dataset> {
  const row = await trx
    .updateTable('datasets')
    .set({ ...fileColumns(file), version, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return stored(row)
}

export async function deleteDatasetRow(trx: Transaction<DB>, organizationId: string, id: string) {
  await trx
    .deleteFrom('datasets')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
}

/** Stores the connection; `secretEncrypted` undefined keeps the stored secret. A new connection forgets the last check. */
export async function updateConnection(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  connection: { options: Record<string, unknown>; secretEncrypted: string | null | undefined },
): Promise<Dataset> {
  const row = await trx
    .updateTable('datasets')
    .set({
      connection_options: storedConnectionOptions.serialize(connection.options),
      ...(connection.secretEncrypted === undefined ? {} : { secret_encrypted: connection.secretEncrypted }),
      last_check_at: null,
      last_check_ok: null,
      last_check_message: null,
      last_check_problem: null,
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return stored(row)
}

export async function recordConnectionCheck(
  db: Db,
  organizationId: string,
  id: string,
  check: ConnectionCheckResult,
) {
  await db
    .updateTable('datasets')
    .set({
      last_check_at: check.at,
      last_check_ok: check.ok,
      last_check_message: check.message,
      last_check_problem: check.problem ? JSON.stringify(check.problem) : null,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
}
