import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { AuditEvent, Membership } from '../api/types'
import { AuditFilters } from '../components/audit/AuditFilters'
import { AuditTable } from '../components/audit/AuditTable'
import { type AuditFilterValues, filterQuery, NO_FILTERS } from '../components/audit/auditFilters'
import { ExportLinks } from '../components/audit/ExportLinks'
import { VerifyChain } from '../components/audit/VerifyChain'
import { ErrorMessage } from '../components/feedback/ErrorMessage'
import { Loading } from '../components/feedback/Loading'
import { PageTitle } from '../components/layout/PageTitle'

const PAGE_SIZE = 50

interface Page {
  items: AuditEvent[]
  nextBefore: number | null
}

/** The audit trail: filters, pages of events, exports and chain verification. */
export function AuditPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS)
  const [page, setPage] = useState<Page | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<unknown>(null)

  const fetchPage = useCallback(
    (before: number | undefined) =>
      call(
        api.GET('/api/v1/orgs/{slug}/audit-events', {
          params: { path: { slug }, query: { ...filterQuery(filters), limit: PAGE_SIZE, before } },
        }),
      ),
    [slug, filters],
  )

  useEffect(() => {
    let cancelled = false
    setLoading(true)
    setError(null)
    fetchPage(undefined).then(
      (first) => {
        if (cancelled) return
        setPage(first)
        setLoading(false)
      },
      (failure: unknown) => {
        if (cancelled) return
        setError(failure)
        setLoading(false)
      },
    )
    return () => {
      cancelled = true
    }
  }, [fetchPage])

  const loadMore = async () => {
    if (!page?.nextBefore) return
    setLoading(true)
    try {
      const next = await fetchPage(page.nextBefore)
      setPage({ items: [...page.items, ...next.items], nextBefore: next.nextBefore })
    } catch (failure) {
      setError(failure)
    } finally {
      setLoading(false)
    }
  }

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p className="lead">{t('audit.intro')}</p>
      <div className="toolbar">
        <VerifyChain slug={slug} />
        <ExportLinks slug={slug} filters={filters} />
      </div>
      <AuditFilters initial={filters} onApply={setFilters} />
      <div className="list-section" aria-busy={loading}>
        <h2 id="audit-list-title">{t('audit.listTitle')}</h2>
        <ErrorMessage error={error} />
        {page ? <AuditTable events={page.items} /> : null}
        {loading ? <Loading /> : null}
        {page?.nextBefore && !loading ? (
          <button type="button" className="button-secondary load-more" onClick={() => void loadMore()}>
            {t('common.loadMore')}
          </button>
        ) : null}
      </div>
    </>
  )
}
