import { findOrganizationOrFail } from '../modules/register'
import {
  type PlanItem,
  planRetention,
  runRetention,
  type SweepOutcome,
  sweepEndedHolds,
  withOrganizationSweepLock,
} from '../modules/retention'
import { say } from './language'
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

/** One line per rule and collection, in the CLI's language (decision 0030). */
export function describeRetention(item: PlanItem | SweepOutcome): string {
  const m = say().retention
  const action = item.action ? (m.actions[item.action] ?? item.action) : m.noAction
  const head = `${item.rule} ${item.dataset}/${item.collection} (${action})`
  const parts: string[] = []
  if ('outcome' in item) parts.push(m.outcomes[item.outcome] ?? item.outcome)
  if (item.blocked) parts.push(m.blocked[item.blocked] ?? item.blocked)
  else if (item.via === 'http_endpoint') parts.push(m.viaEndpoint(item.endpoint ?? ''))
  else if (item.via === 'task') parts.push(m.viaTask)
  if (item.due !== null)
    parts.push(
      item.subjectEvent && item.cutoff
        ? m.dueByEvent(
            item.due,
            item.subjects ?? 0,
            m.events[item.subjectEvent] ?? item.subjectEvent,
            item.cutoff,
          )
        : m.due(item.due, item.cutoff),
    )
  if (item.renewedByConsent?.people)
    parts.push(
      m.renewedByConsent(
        item.renewedByConsent.people,
        item.renewedByConsent.firstUntil ?? '',
        item.renewedByConsent.lastUntil ?? '',
      ),
    )
  for (const kept of item.keptInIndex ?? []) parts.push(m.keptInIndex(kept.people, kept.rule))
  if ('run' in item && item.run)
    parts.push(
      m.result(
        Number(item.run.rows_deleted),
        Number(item.run.rows_masked),
        Number(item.run.rows_shared),
        item.run.id,
      ),
    )
  if (item.sampleKeys.length) parts.push(m.samples(item.sampleKeys.join(', ')))
  parts.push(item.approved ? m.approvedBy(item.approved.by ?? '?') : m.notApproved)
  for (const h of item.holds) parts.push(m.hold(m.scopes[h.scope] ?? h.scope, h.reason, h.endsOn))
  return `${head}${m.colon} ${parts.join('; ')}`
}

export async function retentionPlanCommand(options: Options) {
  await withRuntime(configFrom(options), async ({ ctx }) => {
    const org = await findOrganizationOrFail(ctx, options.org)
    const items = await planRetention(ctx, org, {
      ...(options.rule ? { rule: options.rule } : {}),
      ...(options.today ? { today: options.today } : {}),
    })
    console.log(
      options.json
        ? JSON.stringify(items, null, 2)
        : items.length === 0
          ? say().retention.none
          : items.map(describeRetention).join('\n'),
    )
  })
}

export async function retentionRunCommand(options: Options) {
  await withRuntime(configFrom(options), async ({ ctx }) => {
    const org = await findOrganizationOrFail(ctx, options.org)
    // Under the organisation's sweep lock, as the nightly job and "run now": refused while another sweep runs.
    const { outcomes, ended } = await withOrganizationSweepLock(ctx, org.id, async () => {
      const outcomes = await runRetention(ctx, cliActor(), org, {
        dryRun: options.dryRun === true,
        ...(options.rule ? { rule: options.rule } : {}),
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      })
      const ended = options.dryRun || options.rule ? [] : await sweepEndedHolds(ctx, cliActor(), org)
      return { outcomes, ended }
    })
    console.log(
      options.json
        ? JSON.stringify({ rules: outcomes, endedHolds: ended }, null, 2)
        : [
            ...outcomes.map(describeRetention),
            ...ended.map((r) =>
              say().retention.endedHolds(
                `${r.dataset_key}/${r.collection}`,
                Number(r.rows_deleted),
                Number(r.rows_masked),
                r.id,
              ),
            ),
          ].join('\n'),
    )
    if (outcomes.some((o) => o.outcome === 'paused' || o.outcome === 'failed')) process.exitCode = 1
  })
}
