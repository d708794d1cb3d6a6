import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { Membership } from '../api/types'
import { usePagedList } from '../app/usePagedList'
import { AuditFilters } from '../components/audit/AuditFilters'
import { AuditTable } from '../components/audit/AuditTable'
import { type AuditFilterValues, filterQuery, NO_FILTERS } from '../components/audit/auditFilters'
import { ExportLinks } from '../components/audit/ExportLinks'
import { VerifyChain } from '../components/audit/VerifyChain'
import { PageTitle } from '../components/layout/PageTitle'
import { PagedListView } from '../components/PagedListView'

const PAGE_SIZE = 50

/** The audit trail: filters, pages of events, exports and chain verification. */
export function AuditPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS)

  const fetchPage = useCallback(
    async (before: number | undefined) => {
      const result = await call(
        api.GET('/api/v1/orgs/{slug}/audit-events', {
          params: { path: { slug }, query: { ...filterQuery(filters), limit: PAGE_SIZE, before } },
        }),
      )
      return { items: result.items, next: result.nextBefore, extra: null }
    },
    [slug, filters],
  )
  const events = usePagedList(fetchPage)

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p className="lead">{t('audit.intro')}</p>
      <div className="toolbar">
        <VerifyChain slug={slug} />
        <ExportLinks slug={slug} filters={filters} />
      </div>
      <AuditFilters initial={filters} onApply={setFilters} />
      <h2>{t('audit.listTitle')}</h2>
      <PagedListView list={events}>{(items) => <AuditTable events={items} />}</PagedListView>
    </>
  )
}
