import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { orgHref } from '../../app/routes'
import { can } from '../../app/sections'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { ruleName } from './ruleText'
import { sweepsNeedingAttention } from './sweepAttention'

/**
 * On the overview: retention sweeps that wait for someone - paused over their ceiling (and not approved again
 * since), stopped by an error (the next sweep resumes them), waiting for a person to do their task, or failed (a
 * task cancelled). Shows nothing when all is well.
 */
export function RetentionSweepAlerts({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { dateTime } = useDateFormat()
  const { slug } = membership
  const allowed = can(membership, 'retention:read')
  const load = useCallback(async () => {
    if (!allowed) return null
    const params = { path: { slug } }
    const [runs, rules] = await Promise.all([
      call(api.GET('/api/v1/orgs/{slug}/retention/runs', { params })),
      call(api.GET('/api/v1/orgs/{slug}/retention/rules', { params })),
    ])
    const approvedAt = new Map(rules.items.map((r) => [r.key, r.approvedAt]))
    const attention = sweepsNeedingAttention(runs.items, approvedAt)
    return { attention, rules: rules.items }
  }, [allowed, slug])
  const resource = useResource(load)
  const data = resource.data
  if (!data || data.attention.length === 0) return null
  return (
    <section aria-labelledby="overview-retention" className="card" data-testid="overview-retention">
      <div className="section-header">
        <h2 id="overview-retention">{t('retention.overview.title')}</h2>
        <a href={orgHref(slug, 'retention')}>{t('retention.overview.open')}</a>
      </div>
      <ul className="plain-list">
        {data.attention.map(({ run: r, kind }) => {
          const values = {
            rule: ruleName(data.rules, r.rule, language),
            collection: r.collection,
            rows: r.plannedRows,
            ceiling: r.ceiling ?? '',
            at: dateTime(r.startedAt),
          }
          return (
            <li key={r.id} data-testid="overview-retention-item" data-status={r.status}>
              {t(`retention.overview.${kind}`, values)}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
