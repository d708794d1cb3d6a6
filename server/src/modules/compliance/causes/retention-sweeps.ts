import { toBrusselsDate } from '../../../domain/brussels-time'
import type { LocalizedTitle } from '../../action-plan'
import { sweepsNeedingAttention } from '../../retention'
import type { CauseSource } from './source'

/** A retention sweep that failed, stopped on an error or paused over its ceiling: the data is kept past its term. */
export const RETENTION_SWEEP_SOURCE = 'retention.sweep_failed'

type Run = Awaited<ReturnType<typeof sweepsNeedingAttention>>[number]

function titleOf(run: Run): LocalizedTitle {
  const what = `${run.rule_key} / ${run.collection}`
  const day = toBrusselsDate(run.started_at)
  if (run.status === 'paused')
    return {
      nl: `Bewaartermijn ${what}: de opschoning van ${day} wacht - meer rijen dan het plafond, keur het aantal goed`,
      fr: `Durée de conservation ${what} : l’effacement du ${day} attend - plus de lignes que le plafond, approuvez le nombre`,
      en: `Retention ${what}: the sweep of ${day} is paused - more rows than its ceiling, approve the number`,
    }
  return {
    nl: `Bewaartermijn ${what}: de opschoning van ${day} is mislukt - de gegevens blijven langer bewaard dan de termijn`,
    fr: `Durée de conservation ${what} : l’effacement du ${day} a échoué - les données sont gardées au-delà du délai`,
    en: `Retention ${what}: the sweep of ${day} failed - the data is kept beyond its term`,
  }
}

export const retentionSweeps: CauseSource = {
  source: RETENTION_SWEEP_SOURCE,
  async list(ctx, org) {
    return (await sweepsNeedingAttention(ctx, org.id)).map((run) => ({
      sourceKey: `${run.rule_key}:${run.dataset_key}:${run.collection}`,
      title: titleOf(run),
      description: run.reason ?? '',
      link: `/orgs/${org.slug}/retention`,
      priority: 'high' as const,
    }))
  },
}
