import { sql, type Transaction } from 'kysely'
import type { Queryable } from '../../../db/queryable'
import type { DB, RobinsonImportStatus } from '../../../db/schema'
import { lockListReplacement } from './list-lock'

export interface RobinsonImportRow {
  id: string
  status: RobinsonImportStatus
  file_name: string
  file_date: string | null
  file_sha256: string | null
  lines: number
  entries: number
  duplicates: number
  rejected: number
  refusal: string | null
  imported_by: string
  started_at: Date
  finished_at: Date | null
}

/** Adds a batch of one Robinson import's keyed hashes; answers how many were new (the rest repeat a line). */
export async function insertRobinsonBatch(
  trx: Transaction<DB>,
  organizationId: string,
  importId: string,
  hashesHex: string[],
): Promise<number> {
  const result = await sql`
    insert into robinson_entries (organization_id, entry_hash, import_id)
    select ${organizationId}::uuid, decode(t.h, 'hex'), ${importId}::uuid
    from unnest(${hashesHex}::text[]) as t (h)
    on conflict do nothing`.execute(trx)
  return Number(result.numAffectedRows ?? 0)
}

export async function deleteOtherRobinsonImports(
  trx: Transaction<DB>,
  organizationId: string,
  importId: string,
) {
  await lockListReplacement(trx, 'robinson', organizationId)
  await sql`delete from robinson_entries where organization_id = ${organizationId} and import_id <> ${importId}`.execute(
    trx,
  )
}

export function insertRobinsonImport(
  db: Queryable,
  row: {
    id: string
    organizationId: string
    status: RobinsonImportStatus
    fileName: string
    fileDate: string | null
    fileSha256: string | null
    lines: number
    entries: number
    duplicates: number
    rejected: number
    refusal: string | null
    importedBy: string
    startedAt: Date
  },
): Promise<RobinsonImportRow> {
  return db
    .insertInto('robinson_imports')
    .values({
      id: row.id,
      organization_id: row.organizationId,
      status: row.status,
      file_name: row.fileName,
      file_date: row.fileDate,
      file_sha256: row.fileSha256,
      lines: row.lines,
      entries: row.entries,
      duplicates: row.duplicates,
      rejected: row.rejected,
      refusal: row.refusal,
      imported_by: row.importedBy,
      started_at: row.startedAt,
      // The database's clock, read after the list's lock (lockListReplacement): several app instances agree on it.
      finished_at: sql<Date>`clock_timestamp()`,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function listRobinsonImports(
  db: Queryable,
  organizationId: string,
  limit: number,
): Promise<RobinsonImportRow[]> {
  return db
    .selectFrom('robinson_imports')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** The import whose list is in use: the latest completed one. */
export function currentRobinsonImport(
  db: Queryable,
  organizationId: string,
): Promise<RobinsonImportRow | undefined> {
  return (
    db
      .selectFrom('robinson_imports')
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
