import { useTranslation } from 'react-i18next'
import { type AuditFilterValues, filterQuery } from './auditFilters'

/** Downloads of the (filtered) audit log; the session cookie authorises the plain links. */
export function ExportLinks({ slug, filters }: { slug: string; filters: AuditFilterValues }) {
  const { t } = useTranslation()
  const href = (format: 'csv' | 'json') => {
    const query = new URLSearchParams({ ...filterQuery(filters), format })
    return `/api/v1/orgs/${encodeURIComponent(slug)}/audit-events/export?${query.toString()}`
  }
  return (
    <div className="export-links">
      <a href={href('csv')} download className="button-secondary">
        {t('audit.exportCsv')}
      </a>
      <a href={href('json')} download className="button-secondary">
        {t('audit.exportJson')}
      </a>
    </div>
  )
}
