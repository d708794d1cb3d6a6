import { sql, type Transaction } from 'kysely'
import type { Encryption } from '../../../crypto/encryption'
import type { Queryable } from '../../../db/queryable'
import type { DB } from '../../../db/schema'
import {
  type DataSubjectRequest,
  type DeadlineOptions,
  deadlineBasis,
  type RequestTimeline,
  type StoredDeadlines,
  storedDeadlines,
  type TimelineState,
} from '../../../domain/requests'
import { emailLookupKey, sealRequesterEmail, sealRequestSubject } from '../personal'
import { storeRequest } from '../state'

export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>

/** Next number of the organisation's per-year sequence ("DSR-2026-0042"); safe under concurrent intake. */
export async function nextRequestSequence(trx: Transaction<DB>, organizationId: string, year: number) {
  const row = await trx
    .insertInto('request_sequences')
    .values({ organization_id: organizationId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['organization_id', 'year']).doUpdateSet({ last: sql<number>`request_sequences.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow()
  return row.last
}

/**
 * The indexed columns that mirror the domain state, so lists sort and filter without reading the JSON, and the
 * state itself with the requester sealed beside it.
 */
function mirroredColumns(
  encryption: Encryption,
  request: DataSubjectRequest,
  timeline: RequestTimeline,
  options: DeadlineOptions,
) {
  return {
    ...deadlineColumns(
      storedDeadlines(request, timeline, options),
      request.closeReason,
      deadlineBasis(options),
    ),
    subject_encrypted: sealRequestSubject(encryption, request.id, request.subject),
    status: request.status,
    types: JSON.stringify(request.types),
    language: request.language,
    due_date: timeline.dueDate ?? timeline.receivedOn,
    extended_due_date: timeline.extendedDueDate,
    assignee_id: request.assigneeId,
    state: JSON.stringify(storeRequest(request)),
    updated_at: request.updatedAt,
    closed_at: request.closedAt,
  }
}

const URGENCY = { running: 0, not_started: 3, closed: 4 } as const

/** The stored deadlines as columns (migration 0012); `urgency` orders the worklist with current_due_date. */
export function deadlineColumns(stored: StoredDeadlines, closeReason: string | null, basis: string) {
  return {
    received_on: stored.receivedOn,
    current_due_date: stored.currentDueDate,
    at_risk_from: stored.atRiskFrom,
    settled_state: stored.settledState,
    urgency:
      stored.settledState === null
        ? URGENCY.running
        : stored.settledState === 'not_started'
          ? URGENCY.not_started
          : URGENCY.closed,
    days_to_answer: stored.daysToAnswer,
    close_reason: closeReason,
    deadline_basis: basis,
  }
}

export interface NewRequestRow {
  organizationId: string
  request: DataSubjectRequest
  timeline: RequestTimeline
  /** The organisation's deadline settings the timeline was computed with. */
  options: DeadlineOptions
  requesterEmail: string | null
  verifyTokenHash?: string | null
  statusTokenHash?: string | null
  emailVerifiedAt?: Date | null
}

export async function insertRequest(trx: Transaction<DB>, encryption: Encryption, row: NewRequestRow) {
  const email = row.requesterEmail
  await trx
    .insertInto('requests')
    .values({
      id: row.request.id,
      organization_id: row.organizationId,
      reference: row.request.reference,
      channel: row.request.channel,
      received_at: row.request.receivedAt,
      requester_email_encrypted:
        email === null ? null : sealRequesterEmail(encryption, row.request.id, email),
      requester_email_key: email === null ? null : emailLookupKey(encryption, email),
      verify_token_hash: row.verifyTokenHash ?? null,
      status_token_hash: row.statusTokenHash ?? null,
      email_verified_at: row.emailVerifiedAt ?? null,
      created_at: row.request.updatedAt,
      ...mirroredColumns(encryption, row.request, row.timeline, row.options),
    })
    .execute()
}

export interface RequestRowChanges {
  verify_token_hash?: string | null
  status_token_hash?: string | null
  email_verified_at?: Date | null
  subject_id?: string | null
}

export async function saveRequestState(
  trx: Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  request: DataSubjectRequest,
  timeline: RequestTimeline,
  options: DeadlineOptions,
  changes: RequestRowChanges = {},
) {
  await trx
    .updateTable('requests')
    .set({ ...mirroredColumns(encryption, request, timeline, options), ...changes })
    .where('organization_id', '=', organizationId)
    .where('id', '=', request.id)
    .execute()
}

export async function updateRequestColumns(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  changes: RequestRowChanges,
) {
  await trx
    .updateTable('requests')
    .set(changes)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute()
}

const REQUEST_COLUMNS = [
  'id',
  'organization_id',
  'reference',
  'subject_id',
  'status',
  'channel',
  'language',
  'received_at',
  'due_date',
  'extended_due_date',
  'assignee_id',
  'state',
  'subject_encrypted',
  'requester_email',
  'requester_email_encrypted',
  'email_verified_at',
  'verify_token_hash',
  'status_token_hash',
  'created_at',
  'updated_at',
  'closed_at',
] as const

/** The unique columns a request is looked up by: its id, or the hash of its verification or status link. */
type RequestKey = 'id' | 'verify_token_hash' | 'status_token_hash'

/**
 * One request of the organisation by a unique column; `lock` holds the row until the transaction ends (the
 * exported locking lookups take a Transaction, so locking on the pool is a type error).
 */
function oneRequest(db: Queryable, organizationId: string, key: RequestKey, value: string, lock = false) {
  const query = db
    .selectFrom('requests')
    .select(REQUEST_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where(key, '=', value)
  return (lock ? query.forUpdate() : query).executeTakeFirst()
}

export function findRequest(db: Queryable, organizationId: string, id: string) {
  return oneRequest(db, organizationId, 'id', id)
}

/** The id of the organisation's request with this reference (e.g. 2026-0042); undefined when there is none. */
export async function findRequestIdByReference(
  db: Queryable,
  organizationId: string,
  reference: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('requests')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('reference', '=', reference)
    .executeTakeFirst()
  return row?.id
}

/** The organisation's requests still running past their deadline (`today` a Brussels date), the most overdue first. */
export function overdueRunningRequests(db: Queryable, organizationId: string, today: string) {
  return db
    .selectFrom('requests')
    .select(['id', 'reference', 'current_due_date as currentDueDate'])
    .where('organization_id', '=', organizationId)
    .where('settled_state', 'is', null)
    .where('closed_at', 'is', null)
    .where('current_due_date', '<', today)
    .orderBy('current_due_date')
    .execute()
}

/** The request row, locked until the transaction ends: transitions of one request run one at a time. */
export function lockRequest(trx: Transaction<DB>, organizationId: string, id: string) {
  return oneRequest(trx, organizationId, 'id', id, true)
}

export function lockRequestByVerifyToken(trx: Transaction<DB>, organizationId: string, tokenHash: string) {
  return oneRequest(trx, organizationId, 'verify_token_hash', tokenHash, true)
}

export function findRequestByStatusToken(db: Queryable, organizationId: string, tokenHash: string) {
  return oneRequest(db, organizationId, 'status_token_hash', tokenHash)
}

export interface RequestListFilter {
  organizationId: string
  statuses?: readonly string[] | undefined
  assigneeId?: string | null | undefined
  /** Requests whose rights include this one. */
  type?: string | undefined
  subjectId?: string | undefined
  /** Blind index of the address the request came from (`emailLookupKey`). */
  requesterEmailKey?: string | undefined
  receivedFrom?: Date | undefined
  receivedBefore?: Date | undefined
  /** Brussels dates of receipt, inclusive (stored column received_on). */
  receivedOnFrom?: string | undefined
  receivedOnTo?: string | undefined
  /** The deadline state on `today` (a Brussels date), from the stored deadlines. */
  deadline?: { state: TimelineState; today: string } | undefined
}

function matching(db: Queryable, filter: RequestListFilter) {
  let query = db.selectFrom('requests').where('organization_id', '=', filter.organizationId)
  if (filter.statuses && filter.statuses.length > 0) query = query.where('status', 'in', [...filter.statuses])
  if (filter.assigneeId === null) query = query.where('assignee_id', 'is', null)
  else if (filter.assigneeId) query = query.where('assignee_id', '=', filter.assigneeId)
  if (filter.type) query = query.where(sql<boolean>`types @> ${JSON.stringify([filter.type])}::jsonb`)
  if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId)
  if (filter.requesterEmailKey) query = query.where('requester_email_key', '=', filter.requesterEmailKey)
  if (filter.receivedFrom) query = query.where('received_at', '>=', filter.receivedFrom)
  if (filter.receivedBefore) query = query.where('received_at', '<', filter.receivedBefore)
  if (filter.receivedOnFrom) query = query.where('received_on', '>=', filter.receivedOnFrom)
  if (filter.receivedOnTo) query = query.where('received_on', '<=', filter.receivedOnTo)
  if (filter.deadline) {
    const { state, today } = filter.deadline
    if (state === 'overdue') {
      query = query.where('urgency', '=', 0).where('current_due_date', '<', today)
    } else if (state === 'at_risk') {
      query = query
        .where('urgency', '=', 0)
        .where('current_due_date', '>=', today)
        .where('at_risk_from', '<=', today)
    } else if (state === 'on_time') {
      query = query.where('urgency', '=', 0).where('at_risk_from', '>', today)
    } else {
      query = query.where('settled_state', '=', state)
    }
  }
  return query
}

/**
 * One page of the worklist, most urgent first: overdue, at risk, on time (these three by due date, which orders
 * them the same), not started, answered; then by due date, receipt and reference (as the list always showed them).
 */
export function listRequestPage(db: Queryable, filter: RequestListFilter, limit: number, offset: number) {
  return matching(db, filter)
    .select(REQUEST_COLUMNS)
    .orderBy('urgency')
    .orderBy('current_due_date')
    .orderBy('received_at')
    .orderBy('reference')
    .limit(limit)
    .offset(offset)
    .execute()
}

export async function countRequests(db: Queryable, filter: RequestListFilter): Promise<number> {
  const row = await matching(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Every request matching the filter (the caller orders by deadline state, which needs the domain). */
export function listRequestRows(db: Queryable, filter: RequestListFilter) {
  return matching(db, filter)
    .select(REQUEST_COLUMNS)
    .orderBy('due_date')
    .orderBy('received_at')
    .orderBy('id')
    .execute()
}
