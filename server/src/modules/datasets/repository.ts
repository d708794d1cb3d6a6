import type { Kysely, Selectable, Transaction } from 'kysely'
import type { DatasetsTable, DB } from '../../db/schema'
import type { DatasetDocument } from '../../domain/datasets/schema'

/** Every query on datasets; each one is scoped to one organisation. */

/** A dataset as stored: the document was validated when it was saved. */
export type StoredDataset = Omit<Selectable<DatasetsTable>, 'document'> & { document: DatasetDocument }

type Db = Kysely<DB> | Transaction<DB>

function stored(row: Selectable<DatasetsTable>): StoredDataset {
  return { ...row, document: row.document as unknown as DatasetDocument }
}

export async function listDatasets(db: Db, organizationId: string): Promise<StoredDataset[]> {
  const rows = await db
    .selectFrom('datasets')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('key')
    .execute()
  return rows.map(stored)
}

export async function findDataset(
  db: Db,
  organizationId: string,
  key: string,
): Promise<StoredDataset | undefined> {
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
): Promise<StoredDataset | undefined> {
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
    document: JSON.stringify(file.document),
  }
}

export async function insertDataset(
  trx: Transaction<DB>,
  organizationId: string,
  file: DatasetFile,
): Promise<StoredDataset> {
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
): Promise<StoredDataset> {
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
): Promise<StoredDataset> {
  const row = await trx
    .updateTable('datasets')
    .set({
      connection_options: JSON.stringify(connection.options),
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
  check: { at: Date; ok: boolean; message: string; problem?: { code: string; reference: string } },
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
