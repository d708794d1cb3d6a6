import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../app/format'
import { isLanguage } from '../../i18n/language'
import { type OrganizationOverview, previousText } from './previousText'

export type { OrganizationOverview }

type Indicator = OrganizationOverview['indicators'][number]

/** One indicator's figure in words; "not measured" when no feature measures it yet. */
export function useIndicatorText() {
  const { t } = useTranslation()
  const { day } = useDateFormat()
  return (i: Indicator): string => {
    if (!i.measured) return t('dpia.compliance.notMeasured')
    const d = i.details
    switch (i.key) {
      case 'requests_on_time': {
        const window = { from: day(String(d.from)), to: day(String(d.to)) }
        return i.value === null
          ? t('dpia.compliance.value.requests_on_timeNone', window)
          : t('dpia.compliance.value.requests_on_time', {
              ...window,
              value: i.value,
              answered: d.answered,
              late: d.late,
            })
      }
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

/** An indicator's value on the day compared with ("was 3", "none then", "not measured then"), or null. */
export function usePreviousText() {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'nl'
  return (overview: OrganizationOverview, key: Indicator['key']): string | null =>
    previousText(overview, key, t, language)
}

/** What the trend compares with, or truthfully that there is no history yet. */
export function TrendNote({ overview }: { overview: OrganizationOverview }) {
  const { t } = useTranslation()
  const { day } = useDateFormat()
  const { comparedWith, historySince } = overview.trend
  return (
    <p className="muted" data-testid="compliance-trend">
      {comparedWith
        ? t('dpia.compliance.trend.compared', { date: day(comparedWith) })
        : historySince
          ? t('dpia.compliance.trend.since', { since: day(historySince) })
          : t('dpia.compliance.trend.none')}
    </p>
  )
}

/** The indicators of one organisation as a definition list, each with its level in words and its trend. */
export function IndicatorList({ overview }: { overview: OrganizationOverview }) {
  const { t } = useTranslation()
  const text = useIndicatorText()
  const previous = usePreviousText()
  return (
    <>
      <TrendNote overview={overview} />
      <dl className="kv-list" data-testid={`indicators-${overview.slug}`}>
        {overview.indicators.map((i) => (
          <div key={i.key} data-testid={`indicator-${i.key}`}>
            <dt>{t(`dpia.compliance.indicator.${i.key}`)}</dt>
            <dd>
              {text(i)}
              {previous(overview, i.key) ? (
                <span className="muted"> ({previous(overview, i.key)})</span>
              ) : null}
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
    </>
  )
}
