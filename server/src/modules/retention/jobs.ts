import { z } from 'zod'
import { systemActor } from '../../audit/actor'
import { defineJob } from '../../jobs/define-job'
import { toOrganization } from '../organizations'
import { sweepEndedHolds } from './ended-holds'
import { runRetention } from './sweep'

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
        const outcomes = await runRetention(ctx, systemActor('retention sweeps'), org)
        // Rows an erasure kept under a retention rule whose period has now ended.
        await sweepEndedHolds(ctx, systemActor('retention sweeps'), org)
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
