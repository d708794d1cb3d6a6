import { sql, type Transaction } from 'kysely'
import type { Queryable } from '../../db/queryable'
import type {
  DB,
  DncmFileDateSource,
  DncmImportStatus,
  OptInChannel,
  RobinsonImportStatus,
  SuppressionChannel,
  SuppressionKind,
  SuppressionReason,
  SuppressionSource,
} from '../../db/schema'

export interface EntryRow {
  id: string
  kind: SuppressionKind
  masked: string
  reason: SuppressionReason
  channel: SuppressionChannel
  source: SuppressionSource
  request_id: string | null
  note: string
  created_by: string
  created_at: Date
}

const ENTRY_COLUMNS = [
  'id',
  'kind',
  'masked',
  'reason',
  'channel',
  'source',
  'request_id',
  'note',
  'created_by',
  'created_at',
] as const

export function listEntries(db: Queryable, organizationId: string, limit: number): Promise<EntryRow[]> {
  return db
    .selectFrom('suppression_entries')
    .select(ENTRY_COLUMNS)
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** Adds an entry; the same identifier, reason and channel again is the existing entry (answered unchanged). */
export async function insertEntry(
  trx: Transaction<DB>,
  row: {
    organizationId: string
    kind: SuppressionKind
    hash: Buffer
    masked: string
    reason: SuppressionReason
    channel: SuppressionChannel
    source: SuppressionSource
    requestId: string | null
    note: string
    createdBy: string
  },
): Promise<{ entry: EntryRow; created: boolean }> {
  const inserted = await trx
    .insertInto('suppression_entries')
    .values({
      organization_id: row.organizationId,
      kind: row.kind,
      identifier_hash: row.hash,
      masked: row.masked,
      reason: row.reason,
      channel: row.channel,
      source: row.source,
      request_id: row.requestId,
      note: row.note,
      created_by: row.createdBy,
    })
    .onConflict((oc) =>
      oc.columns(['organization_id', 'kind', 'identifier_hash', 'reason', 'channel']).doNothing(),
    )
    .returning(ENTRY_COLUMNS)
    .executeTakeFirst()
  if (inserted) return { entry: inserted, created: true }
  const existing = await trx
    .selectFrom('suppression_entries')
    .select(ENTRY_COLUMNS)
    .where('organization_id', '=', row.organizationId)
    .where('kind', '=', row.kind)
    .where('identifier_hash', '=', row.hash)
    .where('reason', '=', row.reason)
    .where('channel', '=', row.channel)
    .executeTakeFirstOrThrow()
  return { entry: existing, created: false }
}

export function deleteEntry(trx: Transaction<DB>, organizationId: string, id: string) {
  return trx
    .deleteFrom('suppression_entries')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(ENTRY_COLUMNS)
    .executeTakeFirst()
}

export function countEntriesByReason(db: Queryable, organizationId: string) {
  return db
    .selectFrom('suppression_entries')
    .select(['reason', (eb) => eb.fn.countAll<number>().as('count')])
    .where('organization_id', '=', organizationId)
    .groupBy('reason')
    .execute()
}

export interface OptInRow {
  id: string
  channel: OptInChannel
  masked: string
  given_on: string
  evidence: string
  created_by: string
  created_at: Date
}

const OPT_IN_COLUMNS = [
  'id',
  'channel',
  'masked',
  'given_on',
  'evidence',
  'created_by',
  'created_at',
] as const

export function listOptIns(db: Queryable, organizationId: string, limit: number): Promise<OptInRow[]> {
  return db
    .selectFrom('suppression_opt_ins')
    .select(OPT_IN_COLUMNS)
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute()
}

export async function countOptIns(
  db: Queryable,
  organizationId: string,
  channel: OptInChannel = 'phone',
): Promise<number> {
  const row = await db
    .selectFrom('suppression_opt_ins')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('channel', '=', channel)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Records an opt-in; the same number (or name and address) again updates its date and evidence. */
export function upsertOptIn(
  trx: Transaction<DB>,
  row: {
    organizationId: string
    channel: OptInChannel
    hash: Buffer
    masked: string
    givenOn: string
    evidence: string
    createdBy: string
  },
): Promise<OptInRow> {
  return trx
    .insertInto('suppression_opt_ins')
    .values({
      organization_id: row.organizationId,
      channel: row.channel,
      identifier_hash: row.hash,
      masked: row.masked,
      given_on: row.givenOn,
      evidence: row.evidence,
      created_by: row.createdBy,
    })
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'channel', 'identifier_hash'])
        .doUpdateSet({ given_on: row.givenOn, evidence: row.evidence }),
    )
    .returning(OPT_IN_COLUMNS)
    .executeTakeFirstOrThrow()
}

export function deleteOptIn(trx: Transaction<DB>, organizationId: string, id: string) {
  return trx
    .deleteFrom('suppression_opt_ins')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(OPT_IN_COLUMNS)
    .executeTakeFirst()
}

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

/**
 * Serialises the replacement of one organisation's list until the transaction ends (review m8): without it two
 * imports at once each delete the rows they can see - not the other's, still uncommitted - and both lists stay.
 * Taken just before the delete, so a second import reads and inserts its file meanwhile and waits only for the
 * first one's commit; its delete then sees the first list, committed, and removes it. On the embedded database
 * transactions run one at a time anyway.
 */
async function lockListReplacement(trx: Transaction<DB>, list: 'dncm' | 'robinson', organizationId: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`custos.${list}-import`}), hashtext(${organizationId}))`.execute(
    trx,
  )
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
