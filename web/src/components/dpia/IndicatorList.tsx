import { useTranslation } from 'react-i18next'
import type { paths } from '../../api/schema'

export type OrganizationOverview =
  paths['/api/v1/orgs/{slug}/compliance']['get']['responses'][200]['content']['application/json']
type Indicator = OrganizationOverview['indicators'][number]

/** One indicator's figure in words; "not measured" when no feature measures it yet. */
export function useIndicatorText() {
  const { t } = useTranslation()
  return (i: Indicator): string => {
    if (!i.measured) return t('dpia.compliance.notMeasured')
    const d = i.details
    switch (i.key) {
      case 'action_plan':
        return t('dpia.compliance.value.action_plan', { value: i.value, overdue: d.overdue })
      case 'register_findings':
        return t('dpia.compliance.value.register_findings', { errors: d.errors, warnings: d.warnings })
      case 'notice':
        return i.value === null
          ? t('dpia.compliance.value.noticeNone')
          : d.registerChangedSince
            ? t('dpia.compliance.value.noticeChanged', { value: i.value })
            : t('dpia.compliance.value.notice', { value: i.value })
      case 'dpias':
        return t('dpia.compliance.value.dpias', { due: d.due, stale: d.stale, unscreened: d.unscreened })
      case 'breach_clocks':
        return t('dpia.compliance.value.breach_clocks', { running: d.running, overdue: d.overdue })
      case 'retention_sweeps':
        return t('dpia.compliance.value.retention_sweeps', { failed: d.failed, paused: d.paused })
      default:
        return t('dpia.compliance.value.count', { value: i.value })
    }
  }
}

/** The indicators of one organisation as a definition list, each with its level in words. */
export function IndicatorList({ overview }: { overview: OrganizationOverview }) {
  const { t } = useTranslation()
  const text = useIndicatorText()
  return (
    <dl className="kv-list" data-testid={`indicators-${overview.slug}`}>
      {overview.indicators.map((i) => (
        <div key={i.key} data-testid={`indicator-${i.key}`}>
          <dt>{t(`dpia.compliance.indicator.${i.key}`)}</dt>
          <dd>
            {text(i)}
            {i.level ? (
              <span
                className={`badge ${i.level === 'ok' ? 'badge-active' : i.level === 'urgent' ? 'badge-failed' : 'badge-warning'}`}
              >
                {' '}
                {t(`dpia.compliance.level.${i.level}`)}
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  )
}
