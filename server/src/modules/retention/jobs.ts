import { z } from 'zod'
import { type Actor, systemActor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { Conflict } from '../../domain/errors'
import { defineJob } from '../../jobs/define-job'
import { type Organization, toOrganization } from '../organizations'
import { sweepEndedHolds } from './ended-holds'
import { runRetention, type SweepOptions } from './sweep'

/** Organisations whose sweep runs in this process now (a second "run now" waits for the first to finish). */
const sweeping = new Set<string>()

/**
 * One organisation's sweeps, as the daily job runs them: every approved rule (rules not approved are only planned,
 * a run over its ceiling pauses, an unfinished run resumes), then the rows an erasure kept under a rule whose period
 * has ended. A dry run only counts. The job and the "Run sweep now" action both come here.
 */
export async function sweepOrganization(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  options: Pick<SweepOptions, 'dryRun' | 'today'> = {},
) {
  if (sweeping.has(org.id))
    throw new Conflict('conflict', 'A sweep of this organisation is running; wait for it to end.')
  sweeping.add(org.id)
  try {
    const outcomes = await runRetention(ctx, actor, org, options)
    // Rows an erasure kept under a retention rule whose period has now ended.
    const ended = options.dryRun
      ? []
      : await sweepEndedHolds(ctx, actor, org, options.today ? { today: options.today } : {})
    return { outcomes, ended }
  } finally {
    sweeping.delete(org.id)
  }
}

/**
 * Daily: the retention sweeps of every organisation with an approved rule. Rules not approved are only planned
 * (nothing changes); a run over its ceiling pauses; an unfinished run (a crash) resumes where it stopped.
 */
export const retentionSweepJob = defineJob({
  name: 'retention.sweep',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 600,
  retryBackoff: true,
  policy: 'short',
  cron: '15 2 * * *',
  async run(_data, ctx) {
    const orgs = await ctx.db
      .selectFrom('organizations')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb(
            'id',
            'in',
            eb
              .selectFrom('retention_policies')
              .select('organization_id')
              .where('approved_at', 'is not', null),
          ),
          eb(
            'id',
            'in',
            eb.selectFrom('retention_holds').select('organization_id').where('released_at', 'is', null),
          ),
        ]),
      )
      .execute()
    for (const org of orgs.map(toOrganization)) {
      try {
        const { outcomes } = await sweepOrganization(ctx, systemActor('retention sweeps'), org)
        ctx.logger.info(
          { org: org.slug, outcomes: outcomes.map((o) => `${o.rule}/${o.collection}: ${o.outcome}`) },
          'Retention sweeps',
        )
      } catch (error) {
        ctx.logger.error({ err: error, org: org.slug }, 'Retention sweep failed; it resumes on the next run')
      }
    }
  },
})
