import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { useResource } from '../../app/useResource'
import { ResourceView } from '../../components/feedback/ResourceView'
import { TextField } from '../../components/form/TextField'
import { PageTitle } from '../../components/layout/PageTitle'
import { ReportTable } from '../../components/requests/ReportTable'

/** Per right: requests received, days to answer (median, 95th percentile), share answered in time; CSV. */
export function RequestsReportPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { day } = useDateFormat()
  const { slug } = membership
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({})
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const load = useCallback(
    () =>
      call(
        api.GET('/api/v1/orgs/{slug}/requests/report', {
          params: { path: { slug }, query: { format: 'json', ...period } },
        }),
      ),
    [slug, period],
  )
  const report = useResource(load)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) })
  }
  const csv = (f: string, x: string) =>
    `/api/v1/orgs/${encodeURIComponent(slug)}/requests/report?format=csv&from=${f}&to=${x}`

  return (
    <>
      <PageTitle>{t('requests.report.title')}</PageTitle>
      <p className="lead">{t('requests.report.intro')}</p>
      <form onSubmit={submit} noValidate className="filters" data-testid="report-form">
        <TextField
          id="report-from"
          type="date"
          label={t('requests.report.from')}
          value={from || report.data?.from || ''}
          onChange={setFrom}
        />
        <TextField
          id="report-to"
          type="date"
          label={t('requests.report.to')}
          value={to || report.data?.to || ''}
          onChange={setTo}
        />
        <div className="filter-actions filter-submit">
          <button type="submit" className="button-secondary">
            {t('requests.report.show')}
          </button>
        </div>
      </form>
      <ResourceView resource={report}>
        {(data) => (
          <section aria-labelledby="report-table-title" data-testid="report">
            <div className="section-header">
              <h2 id="report-table-title">{t('requests.report.tableTitle')}</h2>
              <a
                href={csv(data.from, data.to)}
                className="button-secondary"
                data-testid="report-csv"
                download
              >
                {t('requests.report.csv')}
              </a>
            </div>
            <p className="hint">
              {t('requests.report.period', { from: day(data.from), to: day(data.to) })}{' '}
              {t('requests.report.daysNote')}
            </p>
            <ReportTable report={data} />
          </section>
        )}
      </ResourceView>
    </>
  )
}
