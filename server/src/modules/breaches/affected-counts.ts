import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { Actor } from '../../audit/actor'
import { type AppContext, inTransaction } from '../../context'
import type { DB } from '../../db/schema'
import {
  type AffectedQuery,
  type AffectedSet,
  affectedQuerySchema,
  affectedSetSchema,
} from '../../domain/breaches'
import { Conflict, DomainError, NotFound, type ProblemCode } from '../../domain/errors'
import { queueOnePerKey } from '../../jobs/one-per-key'
import { defineStoredJson } from '../../lib/stored-json'
import { findOrganizationById, type Organization } from '../organizations'
import { checkAffectedQuery, computeAffectedSet, keepAffectedSetIn } from './affected-set'
import { findBreach, lockBreach } from './repository'

/**
 * A breach's count of the people concerned through a connector, as a job (issue 19, decision 0079). Reading a large
 * table takes longer than an HTTP request may: the POST checks the query and queues the count (202 with its id);
 * a worker reads the system, keeps the count with the breach and stores the outcome on the count's row; the page
 * asks for the state by the id (queued, running with the rows read so far, done, failed with a problem code).
 */

/** A count no worker has taken this long after it was asked for is recorded as stopped. */
export const COUNT_NOT_TAKEN_MS = 2 * 3_600_000
/** A running count whose worker has not reported for this long is recorded as stopped (its worker ended or hung). */
export const COUNT_SILENT_MS = 10 * 60_000
/** How often a worker reports that its count is still running, whatever the pages it reads. */
const HEARTBEAT_MS = 60_000

export const COUNT_STATES = ['queued', 'running', 'done', 'failed'] as const
export type CountState = (typeof COUNT_STATES)[number]

const storedCountQuery = defineStoredJson<AffectedQuery>({
  name: 'breach.affected-count.query',
  version: 1,
  schema: affectedQuerySchema,
})

const storedCountActor = defineStoredJson<Actor>({
  name: 'breach.affected-count.actor',
  version: 1,
  schema: z.object({
    type: z.enum(['user', 'api_token', 'system']),
    id: z.string().nullable(),
    label: z.string(),
    requestId: z.string().nullable(),
  }),
})

const storedCountResult = defineStoredJson<AffectedSet>({
  name: 'breach.affected-count.result',
  version: 1,
  schema: affectedSetSchema,
})

export interface AffectedCount {
  id: string
  breachId: string
  status: CountState
  query: AffectedQuery
  requestedBy: string
  rowsRead: number
  result: AffectedSet | null
  /** The problem code of a failed count (the page words it in nl/fr/en), with its English message. */
  error: { code: CountFailureCode; message: string } | null
  requestedAt: Date
  startedAt: Date | null
  finishedAt: Date | null
}

/** The problem codes a failed count can carry. */
export const COUNT_FAILURE_CODES = [
  'affected_set_unreachable',
  'affected_set_read_refused',
  'affected_set_not_countable',
  'invalid_input',
  'breach_closed',
  'not_found',
  'affected_count_stopped',
  'internal_error',
] as const satisfies readonly ProblemCode[]
export type CountFailureCode = (typeof COUNT_FAILURE_CODES)[number]

const isFailureCode = (code: string): code is CountFailureCode =>
  (COUNT_FAILURE_CODES as readonly string[]).includes(code)

/** Why a count failed, as a problem code and its English message (the codes' wording is the client's). */
const FAILURES: Record<CountFailureCode, string> = {
  affected_set_unreachable:
    'The system could not be read: test its connection on the datasets page, then count again.',
  affected_set_read_refused:
    "The system refused to read the collection: check that its table and fields still exist and that the connection's user may read them, then count again.",
  affected_set_not_countable: 'The dataset or collection can no longer be counted.',
  invalid_input: 'The dataset, collection or date field of the count no longer exists.',
  breach_closed: 'The breach was closed before the count ended.',
  not_found: 'The breach was deleted before the count ended.',
  affected_count_stopped:
    'The count stopped without a result (no worker took it within 2 hours, or its worker stopped reporting for 10 minutes); it will not change the breach. Count again.',
  internal_error: 'The count failed; the server log says why.',
}

function failureOf(error: unknown): { code: CountFailureCode; message: string } {
  const code = error instanceof DomainError && isFailureCode(error.code) ? error.code : 'internal_error'
  return { code, message: FAILURES[code] }
}

type CountRow = Awaited<ReturnType<typeof findCountRow>>

function findCountRow(ctx: AppContext, organizationId: string, breachId: string, id: string) {
  return ctx.db
    .selectFrom('breach_affected_counts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('breach_id', '=', breachId)
    .where('id', '=', id)
    .executeTakeFirst()
}

type StoredCount = NonNullable<CountRow>

/** Whether an unfinished count has lost its worker: never taken within 2 hours, or silent for 10 minutes. */
function isStale(row: StoredCount, now: number): boolean {
  if (row.status === 'queued') return now - row.created_at.getTime() >= COUNT_NOT_TAKEN_MS
  if (row.status !== 'running') return false
  const lastSign = row.heartbeat_at ?? row.started_at ?? row.created_at
  return now - lastSign.getTime() >= COUNT_SILENT_MS
}

/**
 * Records a count that lost its worker as stopped, on its row, so that what the page says stays true: a worker that
 * comes back afterwards finds the count no longer running and changes nothing (runAffectedCount). Returns the row
 * as it now is.
 */
async function giveUpIfStale(db: Kysely<DB>, row: StoredCount): Promise<StoredCount> {
  if (!isStale(row, Date.now())) return row
  const stopped = await db
    .updateTable('breach_affected_counts')
    .set({ status: 'failed', error: 'affected_count_stopped', finished_at: new Date() })
    .where('id', '=', row.id)
    .where('status', '=', row.status)
    .returningAll()
    .executeTakeFirst()
  return stopped ?? row
}

function present(row: StoredCount): AffectedCount {
  const code = row.error === null ? null : isFailureCode(row.error) ? row.error : 'internal_error'
  return {
    id: row.id,
    breachId: row.breach_id,
    status: row.status,
    query: storedCountQuery.read(row.query, row.id),
    requestedBy: storedCountActor.read(row.requested_by, row.id).label,
    rowsRead: row.rows_read,
    result: row.result === null ? null : storedCountResult.read(row.result, row.id),
    error: code ? { code, message: FAILURES[code] } : null,
    requestedAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  }
}

/**
 * Asks for a count (the breach page, the API): the query is checked now (422 on its field), the count recorded as
 * queued and handed to `queue`. Refused on a closed breach, and while another count of the breach is under way.
 */
export async function requestAffectedCount(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  breachId: string,
  query: AffectedQuery,
  queue: (countId: string) => Promise<void>,
): Promise<AffectedCount> {
  const breach = await findBreach(ctx.db, org.id, breachId)
  if (!breach) throw new NotFound('breach')
  if (breach.status === 'closed')
    throw new Conflict('breach_closed', 'The breach is closed; reopen it to change it.')
  await checkAffectedQuery(ctx, org, query)
  // One count per breach at a time: the breach row is locked while the counts under way are looked at (a partial
  // unique index, migration 0068, backs it), and a count that lost its worker is recorded as stopped first.
  const row = await queueOnePerKey<StoredCount>(
    ctx,
    {
      lock: async (ctx) => {
        if (!(await lockBreach(ctx.db, org.id, breachId))) throw new NotFound('breach')
      },
      underway: (ctx) =>
        ctx.db
          .selectFrom('breach_affected_counts')
          .selectAll()
          .where('organization_id', '=', org.id)
          .where('breach_id', '=', breachId)
          .where('status', 'in', ['queued', 'running'])
          .execute(),
      stillUnderway: async (ctx, count) => {
        const now = await giveUpIfStale(ctx.db, count)
        return now.status === 'queued' || now.status === 'running'
      },
      busy: (count) =>
        new Conflict(
          'affected_count_in_progress',
          'A count of this breach is already queued or running; wait for its result.',
          { params: { countId: count.id } },
        ),
      insert: (ctx) =>
        ctx.db
          .insertInto('breach_affected_counts')
          .values({
            organization_id: org.id,
            breach_id: breachId,
            query: storedCountQuery.serialize(query),
            requested_by: storedCountActor.serialize({
              type: actor.type,
              id: actor.id,
              label: actor.label,
              requestId: actor.requestId,
            }),
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      // Not handed to a worker: recorded as failed, so that it does not hold the breach's next count back.
      notQueued: async (ctx, count) => {
        await ctx.db
          .updateTable('breach_affected_counts')
          .set({ status: 'failed', error: 'internal_error', finished_at: new Date() })
          .where('id', '=', count.id)
          .execute()
      },
    },
    queue,
  )
  return present(row)
}

/** One count of one breach of the organisation; another organisation's or breach's id is not found. */
export async function affectedCountOf(
  ctx: AppContext,
  org: Organization,
  breachId: string,
  countId: string,
): Promise<AffectedCount> {
  const row = await findCountRow(ctx, org.id, breachId, countId)
  if (!row) throw new NotFound('breach')
  return present(await giveUpIfStale(ctx.db, row))
}

/**
 * The worker's part: takes the queued count once, reads the system (the rows read so far stored after each page),
 * keeps the count with the breach and stores the outcome. A failure is stored with its problem code, never left
 * running; an unexpected one is logged. Returns the state it ended in (null: not queued any more).
 */
export async function runAffectedCount(ctx: AppContext, countId: string): Promise<CountState | null> {
  const claimed = await ctx.db
    .updateTable('breach_affected_counts')
    .set({ status: 'running', started_at: new Date(), heartbeat_at: new Date() })
    .where('id', '=', countId)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst()
  if (!claimed) return null
  /** Reports that the count still runs; false once it was recorded as stopped (the worker then stops reading). */
  const stillRunning = async (values: { rows_read?: number } = {}) => {
    const updated = await ctx.db
      .updateTable('breach_affected_counts')
      .set({ ...values, heartbeat_at: new Date() })
      .where('id', '=', countId)
      .where('status', '=', 'running')
      .executeTakeFirst()
    return Number(updated.numUpdatedRows) > 0
  }
  const heartbeat = setInterval(() => {
    stillRunning().catch((err) => ctx.logger.warn({ err, countId }, 'A breach count could not report'))
  }, HEARTBEAT_MS)
  heartbeat.unref()
  try {
    const org = await findOrganizationById(ctx.db, claimed.organization_id)
    if (!org) throw new NotFound('organization')
    const actor = storedCountActor.read(claimed.requested_by, claimed.id)
    const query = storedCountQuery.read(claimed.query, claimed.id)
    const set = await computeAffectedSet(ctx, org, query, actor.label, async (rowsRead) => {
      if (!(await stillRunning({ rows_read: rowsRead }))) throw new CountStopped()
    })
    // Kept with the breach only while the count is still running, in one transaction with its outcome: a count
    // recorded as stopped meanwhile (and perhaps followed by a newer one) changes nothing.
    const kept = await inTransaction(ctx, async (ctx) => {
      const running = await ctx.db
        .selectFrom('breach_affected_counts')
        .select('id')
        .where('id', '=', countId)
        .where('status', '=', 'running')
        .forUpdate()
        .executeTakeFirst()
      if (!running) return false
      await keepAffectedSetIn(ctx, actor, org, claimed.breach_id, set)
      await ctx.db
        .updateTable('breach_affected_counts')
        .set({ status: 'done', result: storedCountResult.serialize(set), finished_at: new Date() })
        .where('id', '=', countId)
        .execute()
      return true
    })
    return kept ? 'done' : 'failed'
  } catch (error) {
    if (error instanceof CountStopped) return 'failed'
    const failure = failureOf(error)
    if (failure.code === 'internal_error')
      ctx.logger.error({ err: error, countId }, 'A count of the people of a breach failed')
    await ctx.db
      .updateTable('breach_affected_counts')
      .set({ status: 'failed', error: failure.code, finished_at: new Date() })
      .where('id', '=', countId)
      .where('status', '=', 'running')
      .execute()
    return 'failed'
  } finally {
    clearInterval(heartbeat)
  }
}

/** Thrown into the read when the count was recorded as stopped while it ran: the worker stops reading. */
class CountStopped extends Error {}
