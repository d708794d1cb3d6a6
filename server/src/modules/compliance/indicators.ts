import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { checkRegister } from '../../domain/register/checks'
import { listActions, REQUEST_OVERDUE_SOURCE } from '../action-plan'
import { pendingBreachClocks } from '../breaches'
import { screeningsOf } from '../dpia'
import { latestPublishedNotice } from '../notices'
import type { Organization } from '../organizations'
import { processorFindings } from '../processors'
import { loadRegister } from '../register'
import { requestsAnsweredOnTime } from '../requests'
import { sweepsNeedingAttention } from '../retention'

/**
 * The indicators of one organisation's compliance (issue 21 item 4), each read through the public face of the
 * module that owns it. Where no module offers the figure yet, the indicator says `measured: false` instead of
 * showing a value nobody measured.
 */
export const INDICATORS = [
  'action_plan',
  'register_findings',
  'notice',
  'requests_overdue',
  'requests_on_time',
  'breach_clocks',
  'agreements_missing',
  'dpias',
  'retention_sweeps',
] as const
export type IndicatorKey = (typeof INDICATORS)[number]

/** ok: nothing to do; attention: to plan; urgent: a legal duty is not met now. */
export type IndicatorLevel = 'ok' | 'attention' | 'urgent'

export interface Indicator {
  key: IndicatorKey
  measured: boolean
  /** The main figure (a count, a percentage, a version); null when not measured. */
  value: number | null
  level: IndicatorLevel | null
  /** Further figures, by name. */
  details: Record<string, number | boolean | string | null>
}

/** Same JSON whatever the order of object keys (jsonb does not keep it). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value) ?? 'null'
}

export async function indicatorsOf(
  ctx: AppContext,
  org: Organization,
  now = new Date(),
): Promise<Indicator[]> {
  const today = toBrusselsDate(now)
  const doc = await loadRegister(ctx, org)
  const [actions, notice, screenings, processors, clocks, sweeps, onTime] = await Promise.all([
    listActions(ctx.db, org.id, { status: 'pending' }),
    latestPublishedNotice(ctx, org.id),
    screeningsOf(ctx, org, doc),
    processorFindings(ctx, org, today),
    pendingBreachClocks(ctx, org.id, now),
    sweepsNeedingAttention(ctx, org.id),
    requestsAnsweredOnTime(ctx, org, now),
  ])
  const overdueClocks = clocks.filter((c) => c.clock.state !== 'running').length
  const pausedSweeps = sweeps.filter((r) => r.status === 'paused').length
  const findings = checkRegister(doc)
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.filter((f) => f.severity === 'warning').length
  const overdueActions = actions.filter((a) => a.due_date !== null && a.due_date < today).length
  const critical = actions.filter((a) => a.priority === 'critical').length
  const overdueRequests = actions.filter((a) => a.source === REQUEST_OVERDUE_SOURCE).length
  const noAgreement = processors.filter((f) => f.rule === 'processor.no-agreement')
  // error: no agreement at all; warning: signed according to the register, but not recorded under Processors
  const unsigned = noAgreement.filter((f) => f.severity === 'error').length
  const notRecorded = noAgreement.length - unsigned
  const dpiasDue = screenings.filter((s) => s.screening?.result === 'required' && !s.assessed).length
  const stale = screenings.filter((s) => s.stale).length
  const unscreened = screenings.filter(
    (s) => s.screening === null && s.suggestion.result !== 'not_required',
  ).length
  const registerChanged =
    notice !== undefined && canonical(notice.register_snapshot) !== canonical(JSON.parse(JSON.stringify(doc)))
  return [
    {
      key: 'action_plan',
      measured: true,
      value: actions.length,
      level: overdueActions > 0 || critical > 0 ? 'urgent' : actions.length > 0 ? 'attention' : 'ok',
      details: { overdue: overdueActions, critical },
    },
    {
      key: 'register_findings',
      measured: true,
      value: errors + warnings,
      level: errors > 0 ? 'urgent' : warnings > 0 ? 'attention' : 'ok',
      details: { errors, warnings },
    },
    {
      key: 'notice',
      measured: true,
      value: notice?.version ?? null,
      level: notice === undefined ? 'urgent' : registerChanged ? 'attention' : 'ok',
      details: {
        published: notice !== undefined,
        publishedAt: notice?.published_at.toISOString() ?? null,
        registerChangedSince: registerChanged,
      },
    },
    {
      key: 'requests_overdue',
      measured: true,
      value: overdueRequests,
      level: overdueRequests > 0 ? 'urgent' : 'ok',
      details: {},
    },
    {
      key: 'requests_on_time',
      measured: true,
      // A percentage with one decimal; null when no request was answered in the window (nothing to judge).
      value: onTime.share === null ? null : Math.round(onTime.share * 1000) / 10,
      // A late answer cannot be mended any more (Art. 12(3) was not met): attention, not urgent. Requests late now
      // are the urgent indicator requests_overdue.
      level: onTime.share === null ? null : onTime.onTime < onTime.answered ? 'attention' : 'ok',
      details: {
        answered: onTime.answered,
        onTime: onTime.onTime,
        late: onTime.answered - onTime.onTime,
        from: onTime.from,
        to: onTime.to,
      },
    },
    {
      key: 'breach_clocks',
      measured: true,
      value: clocks.length,
      level: overdueClocks > 0 ? 'urgent' : clocks.length > 0 ? 'attention' : 'ok',
      details: { running: clocks.length - overdueClocks, overdue: overdueClocks },
    },
    {
      key: 'agreements_missing',
      measured: true,
      value: noAgreement.length,
      level: unsigned > 0 ? 'urgent' : notRecorded > 0 ? 'attention' : 'ok',
      details: { unsigned, notRecorded },
    },
    {
      key: 'dpias',
      measured: true,
      value: dpiasDue,
      level: dpiasDue > 0 ? 'urgent' : stale + unscreened > 0 ? 'attention' : 'ok',
      details: { due: dpiasDue, stale, unscreened },
    },
    {
      key: 'retention_sweeps',
      measured: true,
      value: sweeps.length,
      // A failed sweep keeps data past its term; a paused one waits for a person to approve the number.
      level: sweeps.length > pausedSweeps ? 'urgent' : pausedSweeps > 0 ? 'attention' : 'ok',
      details: { failed: sweeps.length - pausedSweeps, paused: pausedSweeps },
    },
  ]
}

/**
 * How urgent an organisation is, to sort a consultant's organisations: 10 per urgent indicator, 3 per indicator
 * needing attention, plus one per overdue or critical action. Higher first.
 */
export function urgencyOf(indicators: readonly Indicator[]): number {
  let score = 0
  for (const i of indicators) score += i.level === 'urgent' ? 10 : i.level === 'attention' ? 3 : 0
  const plan = indicators.find((i) => i.key === 'action_plan')
  score += Number(plan?.details.overdue ?? 0) + Number(plan?.details.critical ?? 0)
  return score
}
