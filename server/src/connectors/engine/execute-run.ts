import { sql } from 'kysely'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import type { HoldRule } from '../../domain/datasets/write-plan'
import { counted } from '../../lib/plural'
import { listDatasets } from '../../modules/datasets'
import { findOrganizationById } from '../../modules/organizations'
import { loadRegister } from '../../modules/register'
import { runDocuments } from './document-cache'
import { borrowDriver } from './driver-cache'
import { erasureHasher } from './erasure-hash'
import { executeStep, type RunInput } from './execute-step'
import { finishRun } from './finish-run'
import {
  claimRun,
  findRunById,
  listSteps,
  type RunRow,
  releaseRun,
  renewLease,
  type StepRow,
  updateRun,
} from './run-repository'

const FAILED_ACTOR = systemActor('connector engine')

export const identitiesContext = (runId: string) => `run-identities:${runId}`
export const inputContext = (runId: string) => `run-input:${runId}`

export interface ExecuteOptions {
  now?: Date
  beforeWrite?: (step: StepRow) => Promise<void>
  /** How often the lease is renewed while the run executes (default a third of the lease). */
  leaseRenewalMs?: number
  /** Take the run over from a process known to be dead, without waiting for its lease to run out. */
  takeOver?: boolean
  /** Called as each dataset finishes (CLI progress). */
  onStepFinished?: (dataset: string, outcome: 'done' | 'failed', error?: string) => void
}

/**
 * Executes a run: every dataset step that is not done, in parallel across systems, then the run's outcome
 * (the answer package for access and portability). Safe to call again after a crash or a failure: finished steps
 * are skipped and stored write plans are applied as stored.
 */
export async function executeRun(
  ctx: AppContext,
  runId: string,
  options: ExecuteOptions = {},
): Promise<void> {
  const existing = await findRunById(ctx.db, runId)
  if (!existing || existing.status === 'completed') return
  const leaseMinutes = ctx.config.connectorStaleMinutes
  const run = await claimRun(ctx.db, runId, { takeOver: options.takeOver === true, leaseMinutes })
  if (!run) throw new RunBusyError(`Run ${runId} is being executed by another process`)
  // A long run keeps its lease (the heartbeat): renewed every third of it, for as long as this process works on
  // it, so two renewals may fail before another process could take the run over.
  const renewal = setInterval(
    () => {
      renewLease(ctx.db, run.id, leaseMinutes).catch((error) =>
        ctx.logger.warn({ err: error, run: run.id }, 'lease not renewed'),
      )
    },
    options.leaseRenewalMs ?? (leaseMinutes * 60_000) / 3,
  )
  renewal.unref()
  heldRuns.add(run.id)
  try {
    await execute(ctx, run, options)
  } finally {
    clearInterval(renewal)
    heldRuns.delete(run.id)
    await releaseRun(ctx.db, run.id)
  }
}

export class RunBusyError extends Error {}

/** The runs this process executes now (claimed, not finished): what a shutdown hands over. */
const heldRuns = new Set<string>()

/**
 * Shutdown past its deadline: the runs this process still executes get a lease that has run out, so another
 * worker's sweep (connectors.resume-stale) resumes them from where they stopped, without waiting for
 * CUSTOS_CONNECTOR_STALE_MINUTES. Called just before the process exits; returns the runs handed over.
 */
export async function handOverHeldRuns(db: AppContext['db']): Promise<string[]> {
  const runs = [...heldRuns]
  if (runs.length === 0) return []
  await db
    .updateTable('connector_runs')
    // A second in the past: "run out" must hold at once, also where the clock's resolution (PGlite) makes the
    // next statement's now() equal to this one's.
    .set({ lease_until: sql<Date>`now() - interval '1 second'` })
    .where('id', 'in', runs)
    .where('status', '=', 'running')
    .where('lease_until', 'is not', null)
    .execute()
  return runs
}

async function execute(ctx: AppContext, run: RunRow, options: ExecuteOptions): Promise<void> {
  const now = options.now ?? new Date()
  const org = await findOrganizationById(ctx.db, run.organization_id)
  if (!org) throw new Error(`Organisation ${run.organization_id} of run ${run.id} not found`)
  const identities = JSON.parse(
    ctx.encryption.decrypt(run.identities_encrypted, identitiesContext(run.id)),
  ) as SearchIdentity[]
  const input = (
    run.input_encrypted ? JSON.parse(ctx.encryption.decrypt(run.input_encrypted, inputContext(run.id))) : {}
  ) as RunInput
  const register = await loadRegister(ctx, org)
  const holds = new Map<string, HoldRule>(
    register.retentionRules.map((r) => [
      r.key,
      { key: r.key, duration: r.duration, openEnd: r.openEnd, trigger: r.trigger },
    ]),
  )
  const datasets = await listDatasets(ctx.db, run.organization_id)
  const steps = await listSteps(ctx.db, [run.id])
  const hash = erasureHasher(ctx.config.secretKey, run.organization_id)
  const today = toBrusselsDate(now)

  const outcomes = await Promise.allSettled(
    steps.map(async (step) => {
      const dataset = datasets.find((d) => d.key === step.dataset_key)
      if (!dataset) throw new Error(`The dataset ${step.dataset_key} was deleted after the run started`)
      // Parsed once per stored document, the same object for every run of it (document-cache.ts).
      const document = runDocuments.parse(dataset.id, dataset.document)
      await executeStep(ctx, {
        run,
        step,
        document,
        identities,
        input,
        holds,
        today,
        hash,
        // One driver per connection per process, reused across steps and runs (driver-cache.ts).
        openDriver: () => borrowDriver(ctx, { ...dataset, document }),
        ...(options.beforeWrite ? { beforeWrite: options.beforeWrite } : {}),
      }).then(
        () => options.onStepFinished?.(step.dataset_key, 'done'),
        (error: unknown) => {
          options.onStepFinished?.(
            step.dataset_key,
            'failed',
            error instanceof Error ? error.message : String(error),
          )
          throw error
        },
      )
    }),
  )
  const failures = outcomes.flatMap((o, i) =>
    o.status === 'rejected'
      ? [`${steps[i]?.dataset_key}: ${o.reason instanceof Error ? o.reason.message : String(o.reason)}`]
      : [],
  )
  if (failures.length > 0) {
    await inTransaction(ctx, async (ctx) => {
      await updateRun(ctx.db, run.id, { status: 'failed', error: failures.join('\n').slice(0, 4000) })
      // The failure as an audit event (and so as the connector_run.failed webhook event, decision 0027).
      await recordAudit(ctx.db, FAILED_ACTOR, {
        organizationId: run.organization_id,
        action: 'connector_run.failed',
        targetType: 'connector_run',
        targetId: run.id,
        summary: {
          runId: run.id,
          action: run.action,
          dryRun: run.dry_run,
          failedDatasets: outcomes.flatMap((o, i) =>
            o.status === 'rejected' ? [steps[i]?.dataset_key] : [],
          ),
        },
      })
    })
    throw new Error(
      `Run ${run.id} failed for ${counted('en', failures.length, { one: 'dataset', other: 'datasets' })}: ${failures.join('; ')}`,
    )
  }
  await finishRun(ctx, org, run, register, now)
}
