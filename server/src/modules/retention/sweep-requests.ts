import type { ExpressionBuilder, Selectable } from 'kysely'
import { z } from 'zod'
import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import type { DB, RetentionSweepRequestsTable } from '../../db/schema'
import { Conflict, DomainError, NotFound } from '../../domain/errors'
import { lockKey, queueOnePerKey } from '../../jobs/one-per-key'
import { defineStoredJson } from '../../lib/stored-json'
import { findOrganizationById, type Organization } from '../organizations'
import { sweepOrganizationIf } from './jobs'

/**
 * "Run the sweeps now" as a job (review m20): the POST records the request as queued and answers 202 with its id; a
 * worker runs the organisation's sweeps exactly as the nightly job does, under the organisation's sweep lock, and
 * stores what each rule and collection came to (the run it started or resumed by id). The page asks for the request
 * by its id until it is done or failed. One request per organisation is queued or running at a time.
 */

/** A request no worker has taken this long after it was made is recorded as stopped. */
export const SWEEP_NOT_TAKEN_MS = 2 * 3_600_000
/** A running request whose worker has not reported for this long is recorded as stopped. */
export const SWEEP_SILENT_MS = 10 * 60_000
const HEARTBEAT_MS = 60_000

export type SweepRequestRow = Selectable<RetentionSweepRequestsTable>

const outcomeSchema = z.object({
  rule: z.string(),
  dataset: z.string(),
  system: z.string(),
  collection: z.string(),
  outcome: z.enum([
    'completed',
    'paused',
    'not_approved',
    'blocked',
    'nothing_due',
    'dry_run',
    'failed',
    'waiting',
  ]),
  blocked: z.string().nullable(),
  due: z.number().nullable(),
  runId: z.string().nullable(),
})
const resultSchema = z.object({ items: z.array(outcomeSchema), endedHolds: z.number().int() })
export type SweepRequestResult = z.infer<typeof resultSchema>

const storedResult = defineStoredJson<SweepRequestResult>({
  name: 'retention.sweep-request.result',
  version: 1,
  schema: resultSchema,
})
const storedActor = defineStoredJson<Actor>({
  name: 'retention.sweep-request.actor',
  version: 1,
  schema: z.object({
    type: z.enum(['user', 'api_token', 'system']),
    id: z.string().nullable(),
    label: z.string(),
    requestId: z.string().nullable(),
  }),
})

/** Why a request failed: a problem code (the page words it in nl/fr/en). */
export type SweepRequestFailure = 'retention_sweep_stopped' | 'internal_error'

export interface SweepRequest {
  id: string
  status: 'queued' | 'running' | 'done' | 'failed'
  dryRun: boolean
  requestedBy: string
  requestedAt: Date
  startedAt: Date | null
  finishedAt: Date | null
  error: SweepRequestFailure | null
  result: SweepRequestResult | null
}

export function readSweepRequest(row: SweepRequestRow): SweepRequest {
  return {
    id: row.id,
    status: row.status,
    dryRun: row.dry_run,
    requestedBy: storedActor.read(row.requested_by, row.id).label,
    requestedAt: new Date(row.created_at),
    startedAt: row.started_at ? new Date(row.started_at) : null,
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
    error: row.error === null ? null : row.error === 'retention_sweep_stopped' ? row.error : 'internal_error',
    result: row.result === null ? null : storedResult.read(row.result, row.id),
  }
}

function isStale(row: SweepRequestRow, now: number): boolean {
  if (row.status === 'queued') return now - new Date(row.created_at).getTime() >= SWEEP_NOT_TAKEN_MS
  if (row.status !== 'running') return false
  const lastSign = row.heartbeat_at ?? row.started_at ?? row.created_at
  return now - new Date(lastSign).getTime() >= SWEEP_SILENT_MS
}

/** Records a request that lost its worker as stopped, on its row; returns the row as it now is. */
async function giveUpIfStale(ctx: Pick<AppContext, 'db'>, row: SweepRequestRow): Promise<SweepRequestRow> {
  if (!isStale(row, Date.now())) return row
  const stopped = await ctx.db
    .updateTable('retention_sweep_requests')
    .set({ status: 'failed', error: 'retention_sweep_stopped', finished_at: new Date() })
    .where('id', '=', row.id)
    .where('status', '=', row.status)
    .returningAll()
    .executeTakeFirst()
  return stopped ?? row
}

/** The row the worker took: running, or given up as stopped meanwhile (its late outcome replaces the stop). */
const stillOurs = (eb: ExpressionBuilder<DB, 'retention_sweep_requests'>) =>
  eb.or([
    eb('status', '=', 'running'),
    eb.and([eb('status', '=', 'failed'), eb('error', '=', 'retention_sweep_stopped')]),
  ])

const busy = (row: { id: string }) =>
  new Conflict(
    'retention_sweep_running',
    'The sweeps of this organisation are already queued or running; wait for them to end.',
    { params: { sweepId: row.id } },
  )

/** Queues "run the sweeps now" (or a dry run): refused with 409 while a request of the organisation is under way. */
export async function requestSweepNow(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  options: { dryRun: boolean },
  queue: (sweepId: string) => Promise<void>,
): Promise<SweepRequest> {
  const row = await queueOnePerKey<SweepRequestRow>(
    ctx,
    {
      lock: (tx) => lockKey(tx, 'custos.retention.request', org.id),
      underway: (tx) =>
        tx.db
          .selectFrom('retention_sweep_requests')
          .selectAll()
          .where('organization_id', '=', org.id)
          .where('status', 'in', ['queued', 'running'])
          .execute(),
      stillUnderway: async (tx, r) => {
        const now = await giveUpIfStale(tx, r)
        return now.status === 'queued' || now.status === 'running'
      },
      busy,
      insert: (tx) =>
        tx.db
          .insertInto('retention_sweep_requests')
          .values({
            organization_id: org.id,
            dry_run: options.dryRun,
            requested_by: storedActor.serialize({
              type: actor.type,
              id: actor.id,
              label: actor.label,
              requestId: actor.requestId,
            }),
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      notQueued: async (c, r) => {
        await c.db
          .updateTable('retention_sweep_requests')
          .set({ status: 'failed', error: 'internal_error', finished_at: new Date() })
          .where('id', '=', r.id)
          .execute()
      },
    },
    queue,
  )
  return readSweepRequest(row)
}

/** One request of the organisation (another organisation's id is not found); a stale one is recorded as stopped. */
export async function sweepRequestOf(ctx: AppContext, org: Organization, id: string): Promise<SweepRequest> {
  const row = await ctx.db
    .selectFrom('retention_sweep_requests')
    .selectAll()
    .where('organization_id', '=', org.id)
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new NotFound('retention_run')
  return readSweepRequest(await giveUpIfStale(ctx, row))
}

/** The organisation's latest request, to show one under way when the page opens; null: none yet. */
export async function latestSweepRequest(ctx: AppContext, org: Organization): Promise<SweepRequest | null> {
  const row = await ctx.db
    .selectFrom('retention_sweep_requests')
    .selectAll()
    .where('organization_id', '=', org.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? readSweepRequest(await giveUpIfStale(ctx, row)) : null
}

/**
 * The worker's part. Takes the organisation's sweep lock first: while another sweep holds it (the nightly job, the
 * command line) the request stays queued and the error makes the queue try again later. Then takes the request
 * once (queued -> running), runs the sweeps and stores their outcomes, or the failure. Returns the state it ended
 * in (null: not queued any more, nothing done). A request given up as stopped while its worker was still alive
 * (heartbeats lost, review V12) takes the worker's late outcome: the result replaces the stop. `afterClaim` runs once
 * the request is taken, before the sweeps (tests).
 */
export async function runSweepRequest(
  ctx: AppContext,
  sweepId: string,
  hooks: { afterClaim?: () => Promise<void> } = {},
): Promise<'done' | 'failed' | null> {
  const queued = await ctx.db
    .selectFrom('retention_sweep_requests')
    .selectAll()
    .where('id', '=', sweepId)
    .where('status', '=', 'queued')
    .executeTakeFirst()
  if (!queued) return null
  const org = await findOrganizationById(ctx.db, queued.organization_id)
  if (!org) return null
  const actor = storedActor.read(queued.requested_by, queued.id)
  let heartbeat: NodeJS.Timeout | undefined
  try {
    const ran = await sweepOrganizationIf(ctx, actor, org, { dryRun: queued.dry_run }, async () => {
      const claimed = await ctx.db
        .updateTable('retention_sweep_requests')
        .set({ status: 'running', started_at: new Date(), heartbeat_at: new Date() })
        .where('id', '=', sweepId)
        .where('status', '=', 'queued')
        .executeTakeFirst()
      if (Number(claimed.numUpdatedRows) === 0) return false
      heartbeat = setInterval(() => {
        ctx.db
          .updateTable('retention_sweep_requests')
          .set({ heartbeat_at: new Date() })
          .where('id', '=', sweepId)
          .where('status', '=', 'running')
          .execute()
          .catch((err) => ctx.logger.warn({ err, sweepId }, 'A retention sweep request could not report'))
      }, HEARTBEAT_MS)
      heartbeat.unref()
      await hooks.afterClaim?.()
      return true
    })
    if (!ran) return null
    const result: SweepRequestResult = {
      items: ran.outcomes.map((o) => ({
        rule: o.rule,
        dataset: o.dataset,
        system: o.system,
        collection: o.collection,
        outcome: o.outcome,
        blocked: o.blocked,
        due: o.due,
        runId: o.run?.id ?? null,
      })),
      endedHolds: ran.ended.length,
    }
    await ctx.db
      .updateTable('retention_sweep_requests')
      .set({ status: 'done', result: storedResult.serialize(result), error: null, finished_at: new Date() })
      .where('id', '=', sweepId)
      .where(stillOurs)
      .execute()
    return 'done'
  } catch (error) {
    // Another sweep holds the organisation: stay queued, the queue tries again.
    if (error instanceof DomainError && error.code === 'retention_sweep_running') throw error
    ctx.logger.error({ err: error, sweepId }, 'A retention sweep request failed')
    await ctx.db
      .updateTable('retention_sweep_requests')
      .set({ status: 'failed', error: 'internal_error', finished_at: new Date() })
      .where('id', '=', sweepId)
      .where(stillOurs)
      .execute()
    return 'failed'
  } finally {
    clearInterval(heartbeat)
  }
}
