import type { AppContext } from '../../context'
import type { RegisterDocument } from '../../domain/register/schema'
import { isRetentionSubjectEvent, subjectEventStart } from '../../domain/retention/subject-events'
import { listDatasets } from '../datasets'
import type { Organization } from '../organizations'
import type { LifecycleSpan } from '../subjects'
import type { LegalHoldRow, PolicyRow } from './repository'
import { sweepTargets } from './targets'

/** The dataset of Custos's own data (own-data.ts): its runs are not a system's. */
const OWN_DATASET = 'custos'

/** People a rule over a system still needs in the subject index, by that rule. */
export interface IndexKeep {
  rule: string
  span: LifecycleSpan
}

/**
 * Who the subject index's own sweep must leave in the index (review m2): a rule over a system that counts from an
 * event of the person finds that person's rows through the index (their identities), so a person erased from the
 * index before that rule swept their rows could never be found by it again. Kept, per such rule:
 * - the people not yet due under it (their start on or after its cutoff: a longer period, or another event);
 * - while the rule cannot sweep - no privacy officer approved its plan yet (review W8), a legal hold on its system or
 *   collection, renewed by hand, or any other reason it is blocked (no key, no action, an unknown event) - everyone
 *   it counts: their rows stay in the system until it can;
 * - the people due in its latest run when that run has not finished (paused at its ceiling, stopped by an error,
 *   waiting for a person's task, failed): their rows may still be there.
 * A person due under the rule whose rule has swept is not kept: the systems are swept before the index each night.
 */
export async function indexKeeps(
  ctx: AppContext,
  org: Organization,
  register: RegisterDocument,
  policies: readonly PolicyRow[],
  holds: readonly LegalHoldRow[],
  today: string,
): Promise<IndexKeep[]> {
  const keeps: IndexKeep[] = []
  const datasets = await listDatasets(ctx.db, org.id)
  for (const target of sweepTargets(register, datasets, policies, holds, today)) {
    if (!target.subjectEvent || !target.rule.duration) continue
    const start = subjectEventStart(target.subjectEvent)
    const rule = target.rule.key
    const cannotSweep =
      !target.policy?.approved_at || (target.blocked !== null && target.blocked !== 'reference_data')
    if (cannotSweep) keeps.push({ rule, span: { start, from: null, before: null } })
    else if (!target.blocked && target.cutoff)
      keeps.push({ rule, span: { start, from: target.cutoff, before: null } })
  }
  const runs = await ctx.db
    .selectFrom('retention_runs')
    .select(['rule_key', 'dataset_key', 'collection', 'status', 'cutoff', 'subject_event'])
    .where('organization_id', '=', org.id)
    .where('kind', '=', 'rule')
    .where('dataset_key', '<>', OWN_DATASET)
    .where('subject_event', 'is not', null)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  const seen = new Set<string>()
  for (const run of runs) {
    const key = JSON.stringify([run.rule_key, run.dataset_key, run.collection])
    if (seen.has(key)) continue
    seen.add(key)
    if (run.status === 'completed' || !run.cutoff || !isRetentionSubjectEvent(run.subject_event)) continue
    keeps.push({
      rule: run.rule_key,
      span: { start: subjectEventStart(run.subject_event), from: null, before: run.cutoff },
    })
  }
  return keeps
}

/** The rules of a list of keeps, each with its spans, in the order first met. */
export function keepsByRule(keeps: readonly IndexKeep[]): Map<string, LifecycleSpan[]> {
  const byRule = new Map<string, LifecycleSpan[]>()
  for (const keep of keeps) byRule.set(keep.rule, [...(byRule.get(keep.rule) ?? []), keep.span])
  return byRule
}
