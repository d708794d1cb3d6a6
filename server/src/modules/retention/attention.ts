import type { AppContext } from '../../context'
import type { RunRow } from './repository'

/**
 * The sweeps that need a person (read by the action plan, issue 21): for each rule over one collection, its latest
 * run when it failed, stopped on an error (it resumes on the next sweep, but has not finished), or paused over its
 * ceiling (someone must approve the larger number). Once a later run of the same rule and collection exists, or the
 * run finished, it is no longer listed.
 */
export function sweepsNeedingAttention(ctx: AppContext, organizationId: string): Promise<RunRow[]> {
  return ctx.db
    .selectFrom('retention_runs as r')
    .selectAll('r')
    .where('r.organization_id', '=', organizationId)
    .where((eb) =>
      eb.or([
        eb('r.status', 'in', ['failed', 'paused']),
        eb.and([eb('r.status', '=', 'running'), eb('r.reason', '=', 'stopped_by_error')]),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('retention_runs as later')
            .select('later.id')
            .whereRef('later.organization_id', '=', 'r.organization_id')
            .whereRef('later.rule_key', '=', 'r.rule_key')
            .whereRef('later.dataset_key', '=', 'r.dataset_key')
            .whereRef('later.collection', '=', 'r.collection')
            .whereRef('later.started_at', '>', 'r.started_at'),
        ),
      ),
    )
    .orderBy('r.started_at')
    .orderBy('r.id')
    .execute()
}
