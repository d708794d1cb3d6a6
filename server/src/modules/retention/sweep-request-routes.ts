import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import type { Organization } from '../organizations'
import { retentionActions } from './policy'
import { presentRun } from './presenter'
import { listRunProofs } from './repository'
import { runSchema } from './run-schema'
import { retentionSweepNowJob } from './sweep-request-job'
import { latestSweepRequest, requestSweepNow, type SweepRequest, sweepRequestOf } from './sweep-requests'

const tags = ['retention']

const FAILURES = {
  retention_sweep_stopped:
    'The sweeps stopped without a result (no worker took the request within 2 hours, or its worker stopped reporting for 10 minutes). Runs it began resume with the next sweep; ask again. A worker that was only silent and still ends records its result in place of this failure.',
  internal_error: 'The sweeps failed; the server log says why. Runs it began resume with the next sweep.',
} as const

const sweepRequestSchema = z.object({
  id: z.uuid(),
  status: z
    .enum(['queued', 'running', 'done', 'failed'])
    .describe(
      'queued: waits for a worker (or for another sweep of the organisation to end); running; done: see items; failed: see error',
    ),
  dryRun: z.boolean().describe('true: only counted, nothing changed'),
  requestedBy: z.string(),
  requestedAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z
    .object({ code: z.enum(['retention_sweep_stopped', 'internal_error']), message: z.string() })
    .nullable(),
  items: z
    .array(
      z.object({
        rule: z.string(),
        dataset: z.string(),
        system: z.string(),
        collection: z.string(),
        outcome: z
          .enum([
            'completed',
            'paused',
            'not_approved',
            'blocked',
            'nothing_due',
            'dry_run',
            'failed',
            'waiting',
          ])
          .describe(
            "completed: swept; paused: more due than its ceiling, nothing changed; not_approved: the rule's plan is not approved, nothing changed; blocked: see blocked; nothing_due; dry_run: counted only; waiting: a task for a person was created (or is still open)",
          ),
        blocked: z.string().nullable().describe('why nothing is swept (as in the plan)'),
        due: z.number().int().nullable().describe('rows due when the sweep began'),
        run: runSchema
          .nullable()
          .describe(
            'the sweep run this started or resumed, as it is now (a task run may have completed since)',
          ),
      }),
    )
    .describe('per rule and collection, once done; empty before'),
  endedHolds: z
    .number()
    .int()
    .nullable()
    .describe('sweeps of rows an erasure kept under a rule whose period has now ended; null before done'),
})

async function presentSweepRequest(ctx: AppContext, org: Organization, sweep: SweepRequest) {
  const runIds = (sweep.result?.items ?? []).flatMap((i) => (i.runId ? [i.runId] : []))
  const rows = runIds.length
    ? await ctx.db
        .selectFrom('retention_runs')
        .selectAll()
        .where('organization_id', '=', org.id)
        .where('id', 'in', runIds)
        .execute()
    : []
  const proofs = await listRunProofs(ctx.db, org.id, runIds)
  const runs = new Map(rows.map((r) => [r.id, presentRun(r, proofs.get(r.id))]))
  return {
    id: sweep.id,
    status: sweep.status,
    dryRun: sweep.dryRun,
    requestedBy: sweep.requestedBy,
    requestedAt: sweep.requestedAt.toISOString(),
    startedAt: sweep.startedAt?.toISOString() ?? null,
    finishedAt: sweep.finishedAt?.toISOString() ?? null,
    error: sweep.error ? { code: sweep.error, message: FAILURES[sweep.error] } : null,
    items: (sweep.result?.items ?? []).map(({ runId, ...item }) => ({
      ...item,
      run: runId ? (runs.get(runId) ?? null) : null,
    })),
    endedHolds: sweep.result?.endedHolds ?? null,
  }
}

/** "Run the sweeps now" as a job (review m20): POST queues it (202), GET follows it by id. */
export function registerSweepRequestRoutes(app: App, ctx: AppContext) {
  app.post(
    '/api/v1/orgs/:slug/retention/runs',
    {
      schema: {
        tags,
        summary:
          'Queue the sweeps to run now, as the daily job does (approved rules only), or a count of them (dry run); 202 with the request to follow',
        params: slugParams,
        body: z
          .strictObject({
            dryRun: z
              .boolean()
              .optional()
              .describe('true: only count what each rule would sweep now; nothing changes (default false)'),
          })
          .optional(),
        response: { 202: sweepRequestSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.run)
      const sweep = await requestSweepNow(
        ctx,
        access.actor,
        access.organization,
        { dryRun: request.body?.dryRun === true },
        (sweepId) => ctx.jobs.send(retentionSweepNowJob, { sweepId }).then(() => undefined),
      )
      return reply.code(202).send(await presentSweepRequest(ctx, access.organization, sweep))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/retention/sweeps',
    {
      schema: {
        tags,
        summary: 'The latest "run now" request of the organisation (none: empty list)',
        params: slugParams,
        response: { 200: z.object({ items: z.array(sweepRequestSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      const latest = await latestSweepRequest(ctx, access.organization)
      return { items: latest ? [await presentSweepRequest(ctx, access.organization, latest)] : [] }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/retention/sweeps/:id',
    {
      schema: {
        tags,
        summary: 'A "run now" request: queued, running, done (per rule and collection) or failed',
        params: slugParams.extend({ id: z.uuid() }),
        response: { 200: sweepRequestSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      const sweep = await sweepRequestOf(ctx, access.organization, request.params.id)
      return presentSweepRequest(ctx, access.organization, sweep)
    },
  )
}
