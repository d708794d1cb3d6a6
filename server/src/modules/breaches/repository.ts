import { type Kysely, sql, type Transaction } from 'kysely'
import type { BreachEventRow, BreachLetterRow, BreachRow, DB, OutboxStatus } from '../../db/schema'
import type { TimelineData, TimelineEntry } from '../../domain/breaches'
import { lockOrganization } from '../organizations'
import { storedAssessment, storedBreachFacts, storedTimelineData } from './stored'

type Db = Kysely<DB> | Transaction<DB>

export function listBreaches(db: Db, organizationId: string): Promise<BreachRow[]> {
  return db
    .selectFrom('breaches')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('aware_at', 'desc')
    .orderBy('id')
    .execute()
}

export function findBreach(db: Db, organizationId: string, id: string): Promise<BreachRow | undefined> {
  return db
    .selectFrom('breaches')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function lockBreach(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
): Promise<BreachRow | undefined> {
  return trx
    .selectFrom('breaches')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

/** The next reference of the year, B-2026-001, under a lock on the organisation so two recordings never share one. */
export async function nextReference(
  trx: Transaction<DB>,
  organizationId: string,
  year: number,
): Promise<string> {
  await lockOrganization(trx, organizationId)
  const prefix = `B-${year}-`
  const row = await trx
    .selectFrom('breaches')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('organization_id', '=', organizationId)
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow()
  return `${prefix}${String(row.n + 1).padStart(3, '0')}`
}

export type BreachInsert = Omit<BreachRow, 'id' | 'status' | 'created_at' | 'updated_at'> & { id: string }

export function insertBreach(trx: Transaction<DB>, row: BreachInsert): Promise<BreachRow> {
  return trx
    .insertInto('breaches')
    .values({
      ...row,
      record: storedBreachFacts.serialize(row.record),
      assessment: row.assessment && storedAssessment.serialize(row.assessment),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function updateBreach(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  patch: Partial<Omit<BreachRow, 'id' | 'organization_id' | 'reference' | 'created_at'>>,
): Promise<BreachRow> {
  const { record, assessment, ...rest } = patch
  return trx
    .updateTable('breaches')
    .set({
      ...rest,
      ...(record !== undefined ? { record: storedBreachFacts.serialize(record) } : {}),
      ...(assessment !== undefined
        ? { assessment: assessment && storedAssessment.serialize(assessment) }
        : {}),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function insertEvent(
  trx: Transaction<DB>,
  row: {
    organizationId: string
    breachId: string
    kind: string
    at: Date
    /** What Custos records, as a key with its data (worded when read). */
    data: TimelineData
    /** A person's own words (a note, a decision's reasoning); empty for what Custos records. */
    text?: string
    decidedBy: string | null
    recordedBy: string
    reminderKey?: string
  },
): Promise<BreachEventRow | undefined> {
  return trx
    .insertInto('breach_events')
    .values({
      organization_id: row.organizationId,
      breach_id: row.breachId,
      kind: row.kind,
      at: row.at,
      text: row.text ?? '',
      decided_by: row.decidedBy,
      recorded_by: row.recordedBy,
      reminder_key: row.reminderKey ?? null,
      data: storedTimelineData.serialize(row.data),
    })
    .onConflict((oc) =>
      oc.columns(['breach_id', 'reminder_key']).where('reminder_key', 'is not', null).doNothing(),
    )
    .returningAll()
    .executeTakeFirst()
}

export function listEvents(db: Db, organizationId: string, breachId: string): Promise<BreachEventRow[]> {
  return db
    .selectFrom('breach_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('breach_id', '=', breachId)
    .orderBy('at')
    .orderBy('created_at')
    .execute()
}

/** The timeline of a breach with each entry's data read (checked and versioned); reminders included. */
export async function listTimeline(
  db: Db,
  organizationId: string,
  breachId: string,
): Promise<(TimelineEntry & { id: string; recordedBy: string })[]> {
  return (await listEvents(db, organizationId, breachId)).map((e) => ({
    id: e.id,
    at: e.at,
    kind: e.kind,
    data: storedTimelineData.read(e.data, e.id),
    text: e.text,
    decidedBy: e.decided_by,
    recordedBy: e.recorded_by,
  }))
}

/** Open breaches of every organisation, for the reminder job. */
export function listOpenBreaches(db: Db): Promise<BreachRow[]> {
  return db.selectFrom('breaches').selectAll().where('status', '=', 'open').execute()
}

export function reminderKeysSent(
  db: Db,
  breachIds: readonly string[],
): Promise<{ breach_id: string; reminder_key: string | null }[]> {
  if (breachIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('breach_events')
    .select(['breach_id', 'reminder_key'])
    .where('breach_id', 'in', [...breachIds])
    .where('reminder_key', 'is not', null)
    .execute()
}

export async function insertLetters(
  trx: Transaction<DB>,
  rows: { organizationId: string; breachId: string; subjectId: string; language: string; outboxId: string }[],
): Promise<void> {
  if (rows.length === 0) return
  await trx
    .insertInto('breach_letters')
    .values(
      rows.map((r) => ({
        organization_id: r.organizationId,
        breach_id: r.breachId,
        subject_id: r.subjectId,
        language: r.language,
        outbox_id: r.outboxId,
      })),
    )
    .execute()
}

export function lettersOf(db: Db, breachId: string): Promise<Pick<BreachLetterRow, 'subject_id'>[]> {
  return db.selectFrom('breach_letters').select('subject_id').where('breach_id', '=', breachId).execute()
}

/** How many letters there are per delivery status (the outbox's), and when the first was sent. */
export async function letterStatus(
  db: Db,
  organizationId: string,
  breachId: string,
): Promise<{
  total: number
  byStatus: Partial<Record<OutboxStatus | 'purged', number>>
  firstSentAt: Date | null
  byLanguage: Record<string, number>
}> {
  const rows = await db
    .selectFrom('breach_letters as l')
    .leftJoin('outbox_messages as m', 'm.id', 'l.outbox_id')
    .select([
      'l.language',
      sql<string>`coalesce(m.status, 'purged')`.as('status'),
      sql<number>`count(*)::int`.as('n'),
      sql<Date | null>`min(m.sent_at)`.as('first_sent_at'),
    ])
    .where('l.organization_id', '=', organizationId)
    .where('l.breach_id', '=', breachId)
    .groupBy(['l.language', sql`coalesce(m.status, 'purged')`])
    .execute()
  const byStatus: Record<string, number> = {}
  const byLanguage: Record<string, number> = {}
  let firstSentAt: Date | null = null
  let total = 0
  for (const r of rows) {
    total += r.n
    byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n
    byLanguage[r.language] = (byLanguage[r.language] ?? 0) + r.n
    const sent = r.first_sent_at ? new Date(r.first_sent_at) : null
    if (sent && (!firstSentAt || sent < firstSentAt)) firstSentAt = sent
  }
  return { total, byStatus, firstSentAt, byLanguage }
}
