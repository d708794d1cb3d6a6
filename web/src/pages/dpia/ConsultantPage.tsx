import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { useResource } from '../../app/useResource'
import { useIndicatorText, usePreviousText } from '../../components/dpia/IndicatorList'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { TableWrap } from '../../components/TableWrap'

const COLUMNS = [
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

/** A DPO consultant's page: every organisation the user belongs to, most urgent first (issue 21 item 4). */
export function ConsultantPage() {
  const { t } = useTranslation()
  const text = useIndicatorText()
  const previous = usePreviousText()
  const { day } = useDateFormat()
  const load = useCallback(() => call(api.GET('/api/v1/me/compliance')), [])
  const data = useResource(load)
  return (
    <>
      <PageTitle>{t('dpia.compliance.consultantTitle')}</PageTitle>
      <p className="lead">{t('dpia.compliance.consultantIntro')}</p>
      <ResourceView resource={data}>
        {(d) => (
          <>
            {d.items.length === 0 ? (
              <p>{t('dpia.compliance.none')}</p>
            ) : (
              <TableWrap label={t('dpia.compliance.consultantTitle')}>
                <table className="table" data-testid="consultant-overview">
                  <thead>
                    <tr>
                      <th scope="col">{t('dpia.compliance.organisation')}</th>
                      <th scope="col">{t('dpia.compliance.urgency')}</th>
                      <th scope="col">{t('dpia.compliance.report')}</th>
                      <th scope="col">{t('dpia.compliance.trend.column')}</th>
                      {COLUMNS.map((c) => (
                        <th scope="col" key={c}>
                          {t(`dpia.compliance.indicator.${c}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {d.items.map((o) => (
                      <tr key={o.slug} data-testid={`consultant-${o.slug}`}>
                        <th scope="row">
                          <a href={`#/orgs/${encodeURIComponent(o.slug)}/compliance`}>{o.name}</a>
                        </th>
                        <td>{o.urgency}</td>
                        <td>
                          <a
                            href={`/api/v1/orgs/${encodeURIComponent(o.slug)}/compliance/report.pdf?lang=${o.language}`}
                            download
                            data-testid={`consultant-report-${o.slug}`}
                          >
                            {t('dpia.compliance.reportIn', { lang: o.language.toUpperCase() })}
                          </a>
                        </td>
                        <td>
                          {o.trend.comparedWith
                            ? day(o.trend.comparedWith)
                            : t('dpia.compliance.trend.noHistory')}
                        </td>
                        {COLUMNS.map((c) => {
                          const i = o.indicators.find((x) => x.key === c)
                          return (
                            <td key={c} className={i?.level === 'urgent' ? 'state-overdue' : undefined}>
                              {i ? text(i) : t('dpia.compliance.notMeasured')}
                              {previous(o, c) ? <span className="muted"> ({previous(o, c)})</span> : null}
                              {i?.level ? (
                                <span className="visually-hidden">
                                  {' '}
                                  ({t(`dpia.compliance.level.${i.level}`)})
                                </span>
                              ) : null}
                            </td>
                          )
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
            {d.withoutAccess.length ? (
              <p className="muted">
                {t('dpia.compliance.withoutAccess', { names: d.withoutAccess.map((w) => w.name).join(', ') })}
              </p>
            ) : null}
          </>
        )}
      </ResourceView>
    </>
  )
}
