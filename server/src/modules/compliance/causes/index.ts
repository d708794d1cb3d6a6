import { systemActor } from '../../../audit/actor'
import { type AppContext, inTransaction } from '../../../context'
import { reconcileAutomaticActions } from '../../action-plan'
import { findOrganizationsByIds, type Organization } from '../../organizations'
import { agreementsMissing } from './agreements'
import { breachClocks } from './breach-clocks'
import { cookiesBeforeConsent } from './cookies'
import { dncmStale } from './dncm'
import { retentionSweeps } from './retention-sweeps'
import type { CauseSource } from './source'

export { AGREEMENT_MISSING_SOURCE } from './agreements'
export { BREACH_CLOCK_SOURCE } from './breach-clocks'
export { COOKIE_BEFORE_CONSENT_SOURCE } from './cookies'
export { DNCM_STALE_SOURCE } from './dncm'
export { RETENTION_SWEEP_SOURCE } from './retention-sweeps'

/**
 * The causes the action plan reads through other modules' public faces (they do not report them themselves): each
 * source lists its current causes, and the plan opens an action per cause (one per source + key, never two) and
 * closes the open actions whose cause is gone. Overdue requests and the DPIA's causes have their own sweeps.
 */
export const CAUSE_SOURCES: readonly CauseSource[] = [
  breachClocks,
  agreementsMissing,
  cookiesBeforeConsent,
  dncmStale,
  retentionSweeps,
]

/**
 * Reconciles every source for one organisation, each in its own transaction. A source whose module fails to answer
 * is skipped (its open actions stay as they were: nothing is closed on a failed read), the others still run, and
 * the first error is thrown at the end so the job retries.
 */
export async function sweepComplianceCauses(
  ctx: AppContext,
  org: Organization,
  now = new Date(),
  sources: readonly CauseSource[] = CAUSE_SOURCES,
): Promise<{ opened: number; closed: number }> {
  let opened = 0
  let closed = 0
  let failure: unknown
  for (const source of sources) {
    try {
      const causes = await source.list(ctx, org, now)
      const r = await inTransaction(ctx, (ctx) =>
        reconcileAutomaticActions(ctx, org.id, source.source, causes, systemActor('action plan')),
      )
      opened += r.opened
      closed += r.closed
    } catch (error) {
      ctx.logger.error(
        { err: error, org: org.slug, source: source.source },
        'Action plan: a cause source failed',
      )
      failure ??= error
    }
  }
  if (failure !== undefined) throw failure
  return { opened, closed }
}

/** Every organisation (the sweep job). */
export async function sweepAllComplianceCauses(ctx: AppContext, now = new Date()) {
  let failure: unknown
  for (const org of await findOrganizationsByIds(ctx.db)) {
    try {
      await sweepComplianceCauses(ctx, org, now)
    } catch (error) {
      failure ??= error
    }
  }
  if (failure !== undefined) throw failure
}
