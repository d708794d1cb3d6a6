import type { Command } from 'commander'
import { systemActor } from '../audit/actor'
import type { Config } from '../config'
import { executeRun, RunBusyError } from '../connectors/engine/execute-run'
import { findRun, listSteps } from '../connectors/engine/run-repository'
import type { AppContext } from '../context'
import type { ConnectorAction } from '../db/schema'
import { presentRun } from '../modules/connector-runs/presenter'
import type { RunView } from '../modules/connector-runs/schemas'
import { CONNECTOR_ACTIONS } from '../modules/connector-runs/schemas'
import { startRun } from '../modules/connector-runs/service'
import { findOrganizationOrFail } from '../modules/register/service'
import { openRuntime } from '../runtime'
import { UsageError } from './usage-error'

const dataDir = [
  '--data-dir <dir>',
  'embedded database folder (default ./data); ignored with DATABASE_URL',
] as const

function parseChange(value: string, previous: { collection: string; field: string; value: string }[] = []) {
  const match = /^([^.=]+)\.([^=]+)=(.*)$/s.exec(value)
  if (!match) throw new UsageError(`--change takes COLLECTION.FIELD=VALUE, got "${value}"`)
  return [
    ...previous,
    { collection: match[1] as string, field: match[2] as string, value: match[3] as string },
  ]
}

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

/** `custos request run|resume|show`: the connector engine from the command line (scripts, CI, support). */
export function registerRequestRunCommands(
  program: Command,
  configFrom: (o: { dataDir?: string }) => Config,
) {
  const request = program
    .command('request')
    .description('Data subject requests: run the connectors for a request')

  request
    .command('run <reference>')
    .description(
      "Find, export, correct, restrict or erase the person's data in every described system, for a request (e.g. DSR-2026-0001)",
    )
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--action <action>', CONNECTOR_ACTIONS.join('|'))
    .option('--dry-run', 'only show what would be read or changed')
    .option('--change <collection.field=value>', 'rectification: a new value (repeatable)', parseChange)
    .option('--json', 'print the run as JSON')
    .option(...dataDir)
    .action(async (reference: string, options) => {
      if (!(CONNECTOR_ACTIONS as readonly string[]).includes(options.action))
        throw new UsageError(`--action must be one of ${CONNECTOR_ACTIONS.join(', ')}`)
      const runtime = await openRuntime(configFrom(options))
      try {
        const ctx = runtime.ctx
        const org = await findOrganizationOrFail(ctx, options.org)
        const found = await ctx.db
          .selectFrom('requests')
          .select('id')
          .where('organization_id', '=', org.id)
          .where('reference', '=', reference)
          .executeTakeFirst()
        if (!found) throw new UsageError(`No request ${reference} in ${options.org}`)
        const runId = await startRun(ctx, systemActor(`cli:${process.env.USER ?? 'unknown'}`), org, {
          requestId: found.id,
          action: options.action as ConnectorAction,
          dryRun: options.dryRun === true,
          ...(options.change ? { input: { changes: options.change } } : {}),
          queue: false,
        })
        await runAndReport(ctx, org.id, runId, options.json === true)
      } finally {
        await runtime.close()
      }
    })

  request
    .command('resume <runId>')
    .description(
      'Finish a run that failed or whose process died: done datasets are skipped, stored changes applied as planned',
    )
    .requiredOption('--org <slug>', 'organisation')
    .option(
      '--take-over',
      'take the run over from a process that died (without waiting 15 minutes for its lease)',
    )
    .option('--json', 'print the run as JSON')
    .option(...dataDir)
    .action(async (runId: string, options) => {
      const runtime = await openRuntime(configFrom(options))
      try {
        const org = await findOrganizationOrFail(runtime.ctx, options.org)
        if (!(await findRun(runtime.ctx.db, org.id, runId)))
          throw new UsageError(`No run ${runId} in ${options.org}`)
        await runAndReport(runtime.ctx, org.id, runId, options.json === true, options.takeOver === true)
      } finally {
        await runtime.close()
      }
    })
}
