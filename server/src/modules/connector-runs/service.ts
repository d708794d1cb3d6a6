import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { identitiesContext, inputContext } from '../../connectors/engine/execute-run'
import type { RunInput } from '../../connectors/engine/execute-step'
import {
  findRun,
  insertRun,
  insertSteps,
  listRunsOfRequest,
  listSteps,
  updateRun,
} from '../../connectors/engine/run-repository'
import { type AppContext, inTransaction } from '../../context'
import type { ConnectorAction } from '../../db/schema'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import { type FieldIssue, InvalidInput, NotFound } from '../../domain/errors'
import { REQUEST_TYPE_INFO } from '../../domain/requests/request-types'
import { type Dataset, listDatasets } from '../datasets'
import type { Organization } from '../organizations'
import { findRequest, identityConfirmed, insertTasks, taskSystemKeys } from '../requests'
import { requestIdentities } from './identities'
import { legalHoldsForErasure } from './legal-holds'
import { presentRun } from './presenter'
import { runProblem } from './problems'
import { connectorsRunJob } from './run-job'
import type { RunView } from './schemas'

export interface StartRun {
  requestId?: string
  action: ConnectorAction
  dryRun: boolean
  /** Ad-hoc searches (no request): the identities to search with. */
  identities?: SearchIdentity[]
  input?: RunInput
  /** Limit to these datasets (default: all). */
  datasets?: string[]
  /** false: the caller executes the run itself (CLI) instead of queueing the job. */
  queue?: boolean
}

/**
 * A rectification may only name fields the datasets describe: an unknown collection or field is refused before
 * anything runs, naming it (a typo must not silently change nothing).
 */
function checkChanges(changes: NonNullable<RunInput['changes']>, datasets: Dataset[]): void {
  const errors = changes.flatMap((change, i): FieldIssue[] => {
    const collections = datasets.flatMap((d) =>
      d.document.collections.filter((c) => c.name === change.collection),
    )
    if (collections.length === 0)
      return [
        {
          path: `changes.${i}.collection`,
          code: 'unknown_field',
          message: `No dataset describes a collection "${change.collection}"`,
          params: { collection: change.collection },
        },
      ]
    if (!collections.some((c) => c.fields.some((f) => f.name === change.field)))
      return [
        {
          path: `changes.${i}.field`,
          code: 'unknown_field',
          message: `${change.collection} has no field "${change.field}"`,
          params: { collection: change.collection, field: change.field },
        },
      ]
    return []
  })
  if (errors.length > 0) throw new InvalidInput(errors)
}

/**
 * Starts the engine for a request (or an ad-hoc search): records the run and one step per dataset, turns manual
 * systems into checklist tasks, and queues the job - committed before the caller hears back.
 */
export async function startRun(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: StartRun,
): Promise<string> {
  let identities = input.identities ?? []
  const request = input.requestId ? await findRequest(ctx.db, org.id, input.requestId) : undefined
  if (input.requestId) {
    if (!request) throw new NotFound('request')
    if (!input.dryRun && !identityConfirmed(request)) throw runProblem('identity_not_confirmed')
    identities = [...identities, ...(await requestIdentities(ctx, request))]
  }
  if (identities.length === 0)
    throw new InvalidInput([
      {
        path: 'identities',
        code: 'identities_required',
        message: 'Give at least one identity to search for',
      },
    ])
  if (input.action === 'rectification' && !(input.input?.changes?.length ?? 0))
    throw new InvalidInput([
      {
        path: 'changes',
        code: 'changes_required',
        message: 'A rectification needs at least one field and its new value',
      },
    ])
  const datasets = (await listDatasets(ctx.db, org.id)).filter(
    (d) => !input.datasets || input.datasets.includes(d.key),
  )
  if (datasets.length === 0) throw runProblem('no_datasets')
  // A legal hold wins over erasure for the rows it holds (issue 16, decision 0053): they are kept, the rest erased.
  const legalHolds =
    input.action === 'erasure'
      ? await legalHoldsForErasure(ctx, org, request, datasets, input.dryRun, identities)
      : []
  const runInput = legalHolds.length ? { ...input.input, legalHolds } : input.input
  if (input.action === 'rectification') checkChanges(input.input?.changes ?? [], datasets)

  const id = randomUUID()
  await inTransaction(ctx, async (ctx) => {
    const trx = ctx.db
    await insertRun(trx, id, {
      organizationId: org.id,
      requestId: input.requestId ?? null,
      action: input.action,
      dryRun: input.dryRun,
      identitiesEncrypted: ctx.encryption.encrypt(JSON.stringify(identities), identitiesContext(id)),
      inputEncrypted: runInput ? ctx.encryption.encrypt(JSON.stringify(runInput), inputContext(id)) : null,
      createdBy: actor.label,
    })
    await insertSteps(
      trx,
      org.id,
      id,
      datasets.map((d) => ({ datasetKey: d.key, systemKey: d.systemKey, manual: d.connector === 'manual' })),
    )
    if (request && !input.dryRun) {
      const existing = await taskSystemKeys(trx, request.id)
      const manual = datasets.filter((d) => d.connector === 'manual' && !existing.includes(d.systemKey))
      await insertTasks(
        trx,
        org.id,
        request.id,
        manual.map((d) => {
          // Without instructions, the right to handle, in the request's language.
          const what = d.document.instructions ?? REQUEST_TYPE_INFO[input.action].label[request.language]
          return { systemKey: d.systemKey, title: `${d.document.name}: ${what}`.slice(0, 500) }
        }),
      )
    }
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'connector_run.started',
      targetType: 'connector_run',
      targetId: id,
      summary: {
        action: input.action,
        dryRun: input.dryRun,
        requestId: input.requestId ?? null,
        datasets: datasets.map((d) => d.key),
        identityKinds: [...new Set(identities.map((i) => i.kind))],
      },
    })
  })
  if (input.queue !== false) await ctx.jobs.send(connectorsRunJob, { runId: id })
  return id
}

/** One run of the organisation with its steps, as the API shows it; not_found (entity run) when unknown here. */
export async function getRun(ctx: AppContext, org: Organization, runId: string): Promise<RunView> {
  const run = await findRun(ctx.db, org.id, runId)
  if (!run) throw new NotFound('run')
  return presentRun(run, await listSteps(ctx.db, [run.id]))
}

/** The runs of a request, newest first; not_found (entity request) for a request of another organisation or none. */
export async function runsOfRequest(
  ctx: AppContext,
  org: Organization,
  requestId: string,
): Promise<RunView[]> {
  if (!(await findRequest(ctx.db, org.id, requestId))) throw new NotFound('request')
  const runs = await listRunsOfRequest(ctx.db, org.id, requestId)
  const steps = await listSteps(
    ctx.db,
    runs.map((r) => r.id),
  )
  return runs.map((r) => presentRun(r, steps))
}

/** Queues a failed run again (finished datasets are skipped); not_failed for a run in any other state. */
export async function retryRun(ctx: AppContext, org: Organization, runId: string): Promise<RunView> {
  const run = await findRun(ctx.db, org.id, runId)
  if (!run) throw new NotFound('run')
  if (run.status !== 'failed') throw runProblem('not_failed')
  await updateRun(ctx.db, run.id, { status: 'queued' })
  await ctx.jobs.send(connectorsRunJob, { runId: run.id })
  return getRun(ctx, org, run.id)
}
