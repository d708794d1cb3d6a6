import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { brusselsToday } from '../../app/format'
import { useResource } from '../../app/useResource'
import { IndicatorList } from '../../components/dpia/IndicatorList'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'

/** One organisation's compliance overview (issue 21 item 4). */
export function CompliancePage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/compliance', { params: { path: { slug } } })),
    [slug],
  )
  const data = useResource(load)
  const [month, setMonth] = useState(() => brusselsToday().slice(0, 7))
  const report = `/api/v1/orgs/${encodeURIComponent(slug)}/compliance/report.pdf`
  return (
    <>
      <PageTitle>{t('dpia.compliance.title')}</PageTitle>
      <p className="lead">{t('dpia.compliance.intro')}</p>
      <ResourceView resource={data}>{(o) => <IndicatorList overview={o} />}</ResourceView>
      <h2>{t('dpia.compliance.report')}</h2>
      <p className="muted">{t('dpia.compliance.reportNote')}</p>
      <div className="field">
        <label htmlFor="report-month">{t('dpia.compliance.reportMonth')}</label>
        <input
          id="report-month"
          type="month"
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          data-testid="report-month"
        />
      </div>
      <ul className="export-links">
        {(['nl', 'fr', 'en'] as const).map((l) => (
          <li key={l}>
            <a
              href={`${report}?lang=${l}${/^\d{4}-\d{2}$/.test(month) ? `&month=${month}` : ''}`}
              download
              data-testid={`compliance-report-${l}`}
            >
              {t('dpia.compliance.reportIn', { lang: l.toUpperCase() })}
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
