import { executeRun, RunBusyError } from '../connectors/engine/execute-run'
import { findRun, listSteps } from '../connectors/engine/run-repository'
import type { AppContext } from '../context'
import type { ConnectorAction } from '../db/schema'
import type { RunView } from '../modules/connector-runs'
import { presentRun, startRun } from '../modules/connector-runs'
import { findOrganizationOrFail } from '../modules/register'
import { findRequestIdByReference } from '../modules/requests'
import { say } from './language'
import { cliActor, configFrom, withRuntime } from './runtime-access'
import { UsageError } from './usage-error'

/** Plain-text account of a run, one line per collection: what was read, changed and kept, and why. */
export function describeRun(view: RunView): string[] {
  const m = say().run
  const status = (s: string) => m.status[s] ?? s
  const lines = [m.header(view.id, view.action, view.dryRun, status(view.status), view.error ?? '')]
  for (const step of view.steps) {
    lines.push(
      `  ${step.dataset} (${step.system}): ${status(step.status)}${step.error ? ` - ${step.error}` : ''}`,
    )
    const already = step.result.alreadyErased
    if (already) lines.push(`    ${m.alreadyErased(already.runId)}`)
    for (const read of step.result.read ?? []) {
      const change = step.result.changes?.find((c) => c.collection === read.collection)
      const parts = [m.found(read.found)]
      if (change) {
        parts.push(
          change.updated !== undefined ? m.updated(change.updated) : m.wouldUpdate(change.toUpdate),
          change.deleted !== undefined ? m.deleted(change.deleted) : m.wouldDelete(change.toDelete),
        )
        for (const w of change.withheld) {
          const { reason, rows } = w
          parts.push(
            reason.kind === 'retention'
              ? reason.until === null
                ? m.keptNoEnd(rows, reason.openEnd === 'until_event', reason.rule)
                : m.keptUntil(rows, reason.until, reason.rule)
              : reason.kind === 'referenced'
                ? m.masked(rows, reason.by)
                : reason.kind === 'shared'
                  ? m.shared(rows, reason.by.join(', '))
                  : reason.kind === 'reference_data'
                    ? m.referenceData(rows)
                    : reason.kind === 'legal_hold'
                      ? m.legalHold(rows, reason.reason)
                      : m.notRectifiable(rows, reason.fields.join(', ')),
          )
        }
      }
      lines.push(`    ${read.collection}: ${parts.join(', ')}`)
    }
    for (const manual of step.result.manual ?? []) lines.push(`    ${m.manual(manual)}`)
  }
  if (view.summary.packageId) lines.push(`  ${m.packageStored(view.summary.packageId)}`)
  if (view.summary.noData) lines.push(`  ${m.nothingFound}`)
  return lines
}

async function runAndReport(
  ctx: AppContext,
  organizationId: string,
  runId: string,
  json: boolean,
  takeOver = false,
) {
  let failed = false
  try {
    await executeRun(ctx, runId, {
      takeOver,
      onStepFinished: (dataset, outcome, error) => {
        if (process.stderr.isTTY)
          process.stderr.write(`${dataset}: ${outcome}${error ? ` (${error})` : ''}\n`)
      },
    })
  } catch (error) {
    failed = true
    if (error instanceof RunBusyError) console.error(say().run.takeOver(error.message))
  }
  const run = await findRun(ctx.db, organizationId, runId)
  if (!run) throw new Error(`Run ${runId} disappeared`)
  const view = presentRun(run, await listSteps(ctx.db, [runId]))
  console.log(json ? JSON.stringify(view, null, 2) : describeRun(view).join('\n'))
  if (failed || view.status !== 'completed') process.exitCode = 1
}

export interface RunOptions {
  org: string
  action: ConnectorAction
  dryRun?: boolean
  change?: { collection: string; field: string; value: string }[]
  json?: boolean
  dataDir?: string
}

/** `custos request run`: starts a run for a request and carries it out in this process. */
export async function runRequestCommand(reference: string, options: RunOptions) {
  await withRuntime(configFrom(options), async ({ ctx }) => {
    const org = await findOrganizationOrFail(ctx, options.org)
    const requestId = await findRequestIdByReference(ctx.db, org.id, reference)
    if (!requestId) throw new UsageError(say().usage.noRequest(reference, options.org))
    const runId = await startRun(ctx, cliActor(), org, {
      requestId,
      action: options.action,
      dryRun: options.dryRun === true,
      ...(options.change ? { input: { changes: options.change } } : {}),
      queue: false,
    })
    await runAndReport(ctx, org.id, runId, options.json === true)
  })
}

export interface ResumeOptions {
  org: string
  takeOver?: boolean
  json?: boolean
  dataDir?: string
}

/** `custos request resume`: finishes a run that failed or whose process died. */
export async function resumeRunCommand(runId: string, options: ResumeOptions) {
  await withRuntime(configFrom(options), async ({ ctx }) => {
    const org = await findOrganizationOrFail(ctx, options.org)
    if (!(await findRun(ctx.db, org.id, runId))) throw new UsageError(say().usage.noRun(runId, options.org))
    await runAndReport(ctx, org.id, runId, options.json === true, options.takeOver === true)
  })
}
