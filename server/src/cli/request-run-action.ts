import { executeRun, RunBusyError } from '../connectors/engine/execute-run'
import { findRun, listSteps } from '../connectors/engine/run-repository'
import type { AppContext } from '../context'
import type { ConnectorAction } from '../db/schema'
import type { RunView } from '../modules/connector-runs'
import { presentRun, startRun } from '../modules/connector-runs'
import { findOrganizationOrFail } from '../modules/register'
import { cliActor, configFrom, withRuntime } from './runtime-access'
import { UsageError } from './usage-error'

/** Plain-text account of a run, one line per collection: what was read, changed and kept, and why. */
function describeRun(view: RunView): string[] {
  const lines = [
    `Run ${view.id}: ${view.action}${view.dryRun ? ' (dry run)' : ''} - ${view.status}${view.error ? `: ${view.error}` : ''}`,
  ]
  for (const step of view.steps) {
    lines.push(`  ${step.dataset} (${step.system}): ${step.status}${step.error ? ` - ${step.error}` : ''}`)
    const already = step.result.alreadyErased
    if (already) lines.push(`    already erased by run ${already.runId}: nothing searched or changed again`)
    for (const read of step.result.read ?? []) {
      const change = step.result.changes?.find((c) => c.collection === read.collection)
      const parts = [`found ${read.found}`]
      if (change) {
        parts.push(
          change.updated !== undefined ? `updated ${change.updated}` : `would update ${change.toUpdate}`,
          change.deleted !== undefined ? `deleted ${change.deleted}` : `would delete ${change.toDelete}`,
        )
        for (const w of change.withheld) {
          const why =
            w.reason.kind === 'retention'
              ? `kept until ${w.reason.until} (${w.reason.rule})`
              : w.reason.kind === 'referenced'
                ? `masked, not deleted: still referred to by ${w.reason.by}`
                : w.reason.kind === 'shared'
                  ? `shared with other records (${w.reason.by.join(', ')}): not erased`
                  : w.reason.kind === 'reference_data'
                    ? 'shared reference data: never erased'
                    : `not rectifiable: ${w.reason.fields.join(', ')}`
          parts.push(`${w.rows} ${why}`)
        }
      }
      lines.push(`    ${read.collection}: ${parts.join(', ')}`)
    }
    for (const manual of step.result.manual ?? []) lines.push(`    ${manual}: manual step needed`)
  }
  if (view.summary.packageId) lines.push(`  answer package ${view.summary.packageId} stored (encrypted)`)
  if (view.summary.noData) lines.push('  nothing found: no answer package stored')
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
    if (error instanceof RunBusyError) console.error(`${error.message} (use --take-over if it died)`)
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
    const found = await ctx.db
      .selectFrom('requests')
      .select('id')
      .where('organization_id', '=', org.id)
      .where('reference', '=', reference)
      .executeTakeFirst()
    if (!found) throw new UsageError(`No request ${reference} in ${options.org}`)
    const runId = await startRun(ctx, cliActor(), org, {
      requestId: found.id,
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
    if (!(await findRun(ctx.db, org.id, runId))) throw new UsageError(`No run ${runId} in ${options.org}`)
    await runAndReport(ctx, org.id, runId, options.json === true, options.takeOver === true)
  })
}
