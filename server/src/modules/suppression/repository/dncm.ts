import { sql, type Transaction } from 'kysely'
import type { Queryable } from '../../../db/queryable'
import type { DB, DncmFileDateSource, DncmImportStatus } from '../../../db/schema'
import { lockListReplacement } from './list-lock'

/** Adds a batch of numbers of one import; answers how many were new (the rest repeat a number of the file). */
export async function insertDncmBatch(
  trx: Transaction<DB>,
  organizationId: string,
  importId: string,
  hashesHex: string[],
  dates: (string | null)[],
): Promise<number> {
  const result = await sql`
    insert into dncm_numbers (organization_id, number_hash, import_id, registered_on)
    select ${organizationId}::uuid, decode(t.h, 'hex'), ${importId}::uuid, t.d::date
    from unnest(${hashesHex}::text[], ${dates}::text[]) as t (h, d)
    on conflict do nothing`.execute(trx)
  return Number(result.numAffectedRows ?? 0)
}

/** Removes the organisation's list but this import's (the lock held until commit: the last import wins whole). */
export async function deleteOtherDncmImports(trx: Transaction<DB>, organizationId: string, importId: string) {
  await lockListReplacement(trx, 'dncm', organizationId)
  await sql`delete from dncm_numbers where organization_id = ${organizationId} and import_id <> ${importId}`.execute(
    trx,
  )
}

export interface DncmImportRow {
  id: string
  status: DncmImportStatus
  file_name: string
  file_date: string | null
  file_date_source: DncmFileDateSource | null
  file_sha256: string | null
  lines: number
  numbers: number
  duplicates: number
  rejected: number
  newest_registration: string | null
  refusal: string | null
  imported_by: string
  started_at: Date
  finished_at: Date | null
}

export function insertDncmImport(
  db: Queryable,
  row: {
    id: string
    organizationId: string
    status: DncmImportStatus
    fileName: string
    fileDate: string | null
    fileDateSource: DncmFileDateSource | null
    fileSha256: string | null
    lines: number
    numbers: number
    duplicates: number
    rejected: number
    newestRegistration: string | null
    refusal: string | null
    importedBy: string
    startedAt: Date
  },
): Promise<DncmImportRow> {
  return db
    .insertInto('dncm_imports')
    .values({
      id: row.id,
      organization_id: row.organizationId,
      status: row.status,
      file_name: row.fileName,
      file_date: row.fileDate,
      file_date_source: row.fileDateSource,
      file_sha256: row.fileSha256,
      lines: row.lines,
      numbers: row.numbers,
      duplicates: row.duplicates,
      rejected: row.rejected,
      newest_registration: row.newestRegistration,
      refusal: row.refusal,
      imported_by: row.importedBy,
      started_at: row.startedAt,
      // The database's clock, read after the list's lock (lockListReplacement): several app instances agree on it.
      finished_at: sql<Date>`clock_timestamp()`,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function listDncmImports(
  db: Queryable,
  organizationId: string,
  limit: number,
): Promise<DncmImportRow[]> {
  return db
    .selectFrom('dncm_imports')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** The import whose list is in use: the latest completed one. */
export function currentDncmImport(db: Queryable, organizationId: string): Promise<DncmImportRow | undefined> {
  return (
    db
      .selectFrom('dncm_imports')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('status', '=', 'completed')
      // The list in use is the one committed last: imports at once replace the list in the order of their lock,
      // which is the order of their finish (review R1), not of their start.
      .orderBy('finished_at', 'desc')
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst()
  )
}
