import { findOrganizationOrFail } from '../modules/register'
import {
  type PlanItem,
  planRetention,
  runRetention,
  type SweepOutcome,
  sweepEndedHolds,
} from '../modules/retention'
import { cliActor, configFrom, withRuntime } from './runtime-access'

interface Options {
  org: string
  rule?: string
  today?: string
  dryRun?: boolean
  batchSize?: number
  json?: boolean
  dataDir?: string
}

/** One line per rule and collection (the plan's words are the API's codes: due, blocked, held). */
function describe(item: PlanItem | SweepOutcome): string {
  const head = `${item.rule} ${item.dataset}/${item.collection} (${item.action ?? 'no action'})`
  const parts: string[] = []
  if ('outcome' in item) parts.push(item.outcome)
  if (item.blocked) parts.push(`blocked: ${item.blocked}`)
  if (item.due !== null) parts.push(`due ${item.due}${item.cutoff ? ` (dated before ${item.cutoff})` : ''}`)
  if ('run' in item && item.run)
    parts.push(
      `deleted ${item.run.rows_deleted}, masked ${item.run.rows_masked} (of which ${item.run.rows_shared} still referred to), run ${item.run.id}`,
    )
  if (item.sampleKeys.length) parts.push(`sample keys ${item.sampleKeys.join(', ')}`)
  parts.push(item.approved ? `approved by ${item.approved.by ?? '?'}` : 'not approved')
  for (const h of item.holds)
    parts.push(`hold (${h.scope}) ${h.reason}${h.endsOn ? ` until ${h.endsOn}` : ''}`)
  return `${head}: ${parts.join('; ')}`
}

export async function retentionPlanCommand(options: Options) {
  await withRuntime(configFrom(options), async ({ ctx }) => {
    const org = await findOrganizationOrFail(ctx, options.org)
    const items = await planRetention(ctx, org, {
      ...(options.rule ? { rule: options.rule } : {}),
      ...(options.today ? { today: options.today } : {}),
    })
    console.log(options.json ? JSON.stringify(items, null, 2) : items.map(describe).join('\n'))
  })
}

export async function retentionRunCommand(options: Options) {
  await withRuntime(configFrom(options), async ({ ctx }) => {
    const org = await findOrganizationOrFail(ctx, options.org)
    const outcomes = await runRetention(ctx, cliActor(), org, {
      dryRun: options.dryRun === true,
      ...(options.rule ? { rule: options.rule } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    })
    const ended = options.dryRun || options.rule ? [] : await sweepEndedHolds(ctx, cliActor(), org)
    console.log(
      options.json
        ? JSON.stringify({ rules: outcomes, endedHolds: ended }, null, 2)
        : [
            ...outcomes.map(describe),
            ...ended.map(
              (r) =>
                `ended erasure holds ${r.dataset_key}/${r.collection}: deleted ${r.rows_deleted}, masked ${r.rows_masked}, run ${r.id}`,
            ),
          ].join('\n'),
    )
    if (outcomes.some((o) => o.outcome === 'paused' || o.outcome === 'failed')) process.exitCode = 1
  })
}
