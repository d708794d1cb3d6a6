import { useTranslation } from 'react-i18next'
import type { ReportStats, RequestReport } from '../../api/types'
import { isLanguage, localeOf } from '../../i18n/language'
import { TableWrap } from '../TableWrap'

/** The report's figures per right, then the totals. */
export function ReportTable({ report }: { report: RequestReport }) {
  const { t, i18n } = useTranslation()
  const locale = localeOf(isLanguage(i18n.language) ? i18n.language : 'nl')
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  const days = (value: number | null) => (value === null ? t('common.none') : number.format(value))
  const cells = (s: ReportStats) => (
    <>
      <td>{s.received}</td>
      <td>{s.answered}</td>
      <td>
        {s.onTimeShare === null
          ? t('common.none')
          : t('requests.report.share', {
              share: percent.format(s.onTimeShare),
              onTime: s.answeredOnTime,
              answered: s.answered,
            })}
      </td>
      <td>{days(s.medianDays)}</td>
      <td>{days(s.p95Days)}</td>
      <td>{s.open}</td>
      <td>{s.overdue}</td>
      <td>{s.withdrawn}</td>
    </>
  )
  return (
    <TableWrap label={t('requests.report.tableTitle')}>
      <table className="table report-table" data-testid="report-table">
        <thead>
          <tr>
            <th scope="col">{t('requests.report.columns.type')}</th>
            <th scope="col">{t('requests.report.columns.received')}</th>
            <th scope="col">{t('requests.report.columns.answered')}</th>
            <th scope="col">{t('requests.report.columns.onTimeShare')}</th>
            <th scope="col">{t('requests.report.columns.median')}</th>
            <th scope="col">{t('requests.report.columns.p95')}</th>
            <th scope="col">{t('requests.report.columns.open')}</th>
            <th scope="col">{t('requests.report.columns.overdue')}</th>
            <th scope="col">{t('requests.report.columns.withdrawn')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byType.map((row) => (
            <tr key={row.type} data-testid="report-row" data-type={row.type}>
              <th scope="row">{t(`requests.types.${row.type}.short`)}</th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="report-total">
            <th scope="row">{t('requests.report.total')}</th>
            {cells(report.totals)}
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  )
}
