import { type Kysely, sql, type Transaction } from 'kysely'
import type { Encryption } from '../../crypto/encryption'
import type { DB } from '../../db/schema'
import type { DataSubjectRequest, RequestTimeline } from '../../domain/requests'
import { openEventData, sealEventData } from './event-data'
import { emailLookupKey, sealRequesterEmail, sealRequestSubject } from './personal'
import { storeRequest } from './state'

type Db = Kysely<DB> | Transaction<DB>

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
function mirroredColumns(encryption: Encryption, request: DataSubjectRequest, timeline: RequestTimeline) {
  return {
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

export interface NewRequestRow {
  organizationId: string
  request: DataSubjectRequest
  timeline: RequestTimeline
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
      ...mirroredColumns(encryption, row.request, row.timeline),
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
  changes: RequestRowChanges = {},
) {
  await trx
    .updateTable('requests')
    .set({ ...mirroredColumns(encryption, request, timeline), ...changes })
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

export function findRequest(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('requests')
    .select(REQUEST_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The request row, locked until the transaction ends: transitions of one request run one at a time. */
export function lockRequest(trx: Transaction<DB>, organizationId: string, id: string) {
  return trx
    .selectFrom('requests')
    .select(REQUEST_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
}

export function lockRequestByVerifyToken(trx: Transaction<DB>, organizationId: string, tokenHash: string) {
  return trx
    .selectFrom('requests')
    .select(REQUEST_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('verify_token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst()
}

export function findRequestByStatusToken(db: Db, organizationId: string, tokenHash: string) {
  return db
    .selectFrom('requests')
    .select(REQUEST_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('status_token_hash', '=', tokenHash)
    .executeTakeFirst()
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
}

/** Every request matching the filter (the caller orders by deadline state, which needs the domain). */
export function listRequestRows(db: Db, filter: RequestListFilter) {
  let query = db
    .selectFrom('requests')
    .select(REQUEST_COLUMNS)
    .where('organization_id', '=', filter.organizationId)
  if (filter.statuses && filter.statuses.length > 0) query = query.where('status', 'in', [...filter.statuses])
  if (filter.assigneeId === null) query = query.where('assignee_id', 'is', null)
  else if (filter.assigneeId) query = query.where('assignee_id', '=', filter.assigneeId)
  if (filter.type) query = query.where(sql<boolean>`types @> ${JSON.stringify([filter.type])}::jsonb`)
  if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId)
  if (filter.requesterEmailKey) query = query.where('requester_email_key', '=', filter.requesterEmailKey)
  if (filter.receivedFrom) query = query.where('received_at', '>=', filter.receivedFrom)
  if (filter.receivedBefore) query = query.where('received_at', '<', filter.receivedBefore)
  return query.orderBy('due_date').orderBy('received_at').orderBy('id').execute()
}

export interface NewRequestEvent {
  organizationId: string
  requestId: string
  at: Date
  kind: string
  actorLabel: string
  data: Record<string, unknown>
}

export async function insertRequestEvents(
  trx: Transaction<DB>,
  encryption: Encryption,
  events: readonly NewRequestEvent[],
) {
  if (events.length === 0) return []
  const rows = await trx
    .insertInto('request_events')
    .values(
      events.map((e) => {
        const sealed = sealEventData(encryption, e.requestId, e.kind, e.data)
        return {
          organization_id: e.organizationId,
          request_id: e.requestId,
          at: e.at,
          kind: e.kind,
          actor_label: e.actorLabel,
          data: JSON.stringify(sealed.data),
          personal_encrypted: sealed.personalEncrypted,
        }
      }),
    )
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/** The history of one request, personal fields decrypted. */
export async function listRequestEvents(
  db: Db,
  encryption: Encryption,
  organizationId: string,
  requestId: string,
  kind?: string,
) {
  let query = db
    .selectFrom('request_events')
    .select(['id', 'at', 'kind', 'actor_label', 'data', 'personal_encrypted'])
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
  if (kind) query = query.where('kind', '=', kind)
  const rows = await query.orderBy('id').execute()
  return rows.map(({ personal_encrypted, ...row }) => ({
    ...row,
    data: openEventData(encryption, requestId, { ...row, personal_encrypted }),
  }))
}

/** Events of one kind for many requests (reminders already given): their readable facts, no personal field. */
export function listEventsOfKind(db: Db, requestIds: readonly string[], kinds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('request_events')
    .select(['id', 'request_id', 'at', 'kind', 'data'])
    .where('request_id', 'in', [...requestIds])
    .where('kind', 'in', [...kinds])
    .orderBy('id')
    .execute()
}

export async function findRequestEvent(
  db: Db,
  encryption: Encryption,
  organizationId: string,
  requestId: string,
  id: number,
) {
  const row = await db
    .selectFrom('request_events')
    .select(['id', 'at', 'kind', 'actor_label', 'data', 'personal_encrypted'])
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) return undefined
  const { personal_encrypted, ...rest } = row
  return { ...rest, data: openEventData(encryption, requestId, row) }
}

export async function insertNote(
  trx: Transaction<DB>,
  note: {
    organizationId: string
    requestId: string
    authorId: string | null
    authorLabel: string
    body: string
  },
) {
  return trx
    .insertInto('request_notes')
    .values({
      organization_id: note.organizationId,
      request_id: note.requestId,
      author_id: note.authorId,
      author_label: note.authorLabel,
      body: note.body,
    })
    .returning(['id', 'author_id', 'author_label', 'body', 'created_at'])
    .executeTakeFirstOrThrow()
}

export function listNotes(db: Db, organizationId: string, requestId: string) {
  return db
    .selectFrom('request_notes')
    .select(['id', 'author_id', 'author_label', 'body', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export async function insertTasks(
  trx: Transaction<DB>,
  organizationId: string,
  requestId: string,
  tasks: readonly { systemKey: string | null; title: string }[],
) {
  if (tasks.length === 0) return
  await trx
    .insertInto('request_tasks')
    .values(
      tasks.map((t) => ({
        organization_id: organizationId,
        request_id: requestId,
        system_key: t.systemKey,
        title: t.title,
      })),
    )
    .execute()
}

const TASK_COLUMNS = [
  'id',
  'system_key',
  'title',
  'status',
  'done_by',
  'done_at',
  'proof',
  'created_at',
] as const

export function listTasks(db: Db, organizationId: string, requestId: string) {
  return db
    .selectFrom('request_tasks')
    .select(TASK_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('title')
    .orderBy('id')
    .execute()
}

export async function countTasks(trx: Transaction<DB>, requestId: string) {
  const row = await trx
    .selectFrom('request_tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('request_id', '=', requestId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function updateTask(
  trx: Transaction<DB>,
  organizationId: string,
  requestId: string,
  taskId: string,
  changes: {
    status: 'open' | 'done' | 'not_applicable'
    doneBy: string | null
    doneAt: Date | null
    proof: string | null
  },
) {
  return trx
    .updateTable('request_tasks')
    .set({ status: changes.status, done_by: changes.doneBy, done_at: changes.doneAt, proof: changes.proof })
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .where('id', '=', taskId)
    .returning(TASK_COLUMNS)
    .executeTakeFirst()
}

export interface NewAttachment {
  id: string
  organizationId: string
  requestId: string
  kind: 'original' | 'id_document' | 'answer' | 'other'
  filename: string
  contentType: string
  sizeBytes: number
  contentEncrypted: string
  deleteAfterDecision?: boolean
}

export async function insertAttachment(trx: Transaction<DB>, a: NewAttachment) {
  await trx
    .insertInto('request_attachments')
    .values({
      id: a.id,
      organization_id: a.organizationId,
      request_id: a.requestId,
      kind: a.kind,
      filename: a.filename,
      content_type: a.contentType,
      size_bytes: a.sizeBytes,
      content_encrypted: a.contentEncrypted,
      delete_after_decision: a.deleteAfterDecision ?? false,
    })
    .execute()
}

const ATTACHMENT_COLUMNS = [
  'id',
  'kind',
  'filename',
  'content_type',
  'size_bytes',
  'delete_after_decision',
  'created_at',
  'deleted_at',
] as const

export function listAttachments(db: Db, organizationId: string, requestId: string) {
  return db
    .selectFrom('request_attachments')
    .select(ATTACHMENT_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export function findAttachment(db: Db, organizationId: string, requestId: string, id: string) {
  return db
    .selectFrom('request_attachments')
    .select([...ATTACHMENT_COLUMNS, 'content_encrypted'])
    .where('organization_id', '=', organizationId)
    .where('request_id', '=', requestId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Members who may handle requests (assignees), with their address and language for reminders. */
export function findHandler(db: Db, organizationId: string, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name', 'u.preferred_language', 'm.role'])
    .where('m.organization_id', '=', organizationId)
    .where('m.user_id', '=', userId)
    .executeTakeFirst()
}

export function findUsersByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'preferred_language'])
    .where('id', 'in', [...ids])
    .execute()
}

export function outboxStatuses(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('outbox_messages')
    .select(['id', 'status', 'sent_at'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...ids])
    .execute()
}
