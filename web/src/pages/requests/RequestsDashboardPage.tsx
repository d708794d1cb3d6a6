import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership, RequestListQuery } from '../../api/types'
import { requestsHref } from '../../app/routes'
import { can } from '../../app/sections'
import { useResource } from '../../app/useResource'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { PublicFormCard } from '../../components/requests/PublicFormCard'
import { type Filters, RequestFilters } from '../../components/requests/RequestFilters'
import { RequestsTable } from '../../components/requests/RequestsTable'
import { loadRequests } from '../../components/requests/requestApi'
import { useMembers } from '../../components/requests/useMembers'

const LIMIT = 500
const URGENT = new Set(['overdue', 'at_risk'])

/** The worklist: overdue and at-risk requests first, then the others, with filters and intake. */
export function RequestsDashboardPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const [filters, setFilters] = useState<Filters>({ status: '', type: '', assignee: '' })
  const members = useMembers(membership)
  const { status, assignee, type } = filters

  const load = useCallback(() => {
    const query: RequestListQuery = { limit: LIMIT }
    if (status === 'open') query.open = 'true'
    else if (status) query.status = status
    if (assignee) query.assignee = assignee
    if (type) query.type = type
    return loadRequests(slug, query)
  }, [slug, status, assignee, type])
  const requests = useResource(load)

  return (
    <>
      <PageTitle>{t('requests.dashboard.title')}</PageTitle>
      <p className="lead">{t('requests.dashboard.intro')}</p>
      {can(membership, 'requests:write') ? (
        <p>
          <a href={requestsHref(slug, { view: 'new' })} className="button-primary" data-testid="new-request">
            {t('requests.dashboard.newRequest')}
          </a>
        </p>
      ) : null}
      <RequestFilters value={filters} onChange={setFilters} />
      <ResourceView resource={requests}>
        {(data) => {
          const items = data.items
          const urgent = items.filter((i) => URGENT.has(i.state))
          const rest = items.filter((i) => !URGENT.has(i.state))
          const filtered = filters.status !== '' || filters.type !== '' || filters.assignee !== ''
          return (
            <div aria-busy={requests.loading} data-testid="requests-dashboard">
              {data.total > data.items.length ? (
                <p className="alert alert-info">
                  {t('requests.dashboard.truncated', { shown: data.items.length, total: data.total })}
                </p>
              ) : null}
              <section
                aria-labelledby="urgent-title"
                className="urgent-section"
                data-testid="urgent-requests"
              >
                <h2 id="urgent-title">
                  <span className="status-icon" aria-hidden="true">
                    ⚠
                  </span>{' '}
                  {t('requests.dashboard.urgentTitle')}{' '}
                  <span className="muted">({t('requests.dashboard.count', { count: urgent.length })})</span>
                </h2>
                {urgent.length > 0 ? (
                  <>
                    <p className="hint">{t('requests.dashboard.urgentIntro')}</p>
                    <RequestsTable
                      slug={slug}
                      label={t('requests.dashboard.urgentTitle')}
                      items={urgent}
                      nameOf={members.nameOf}
                      testId="urgent-table"
                    />
                  </>
                ) : (
                  <p data-testid="no-urgent">{t('requests.dashboard.noUrgent')}</p>
                )}
              </section>
              <section aria-labelledby="rest-title" data-testid="other-requests">
                <h2 id="rest-title">
                  {t('requests.dashboard.restTitle')}{' '}
                  <span className="muted">({t('requests.dashboard.count', { count: rest.length })})</span>
                </h2>
                {rest.length > 0 ? (
                  <RequestsTable
                    slug={slug}
                    label={t('requests.dashboard.restTitle')}
                    items={rest}
                    nameOf={members.nameOf}
                    testId="requests-table"
                  />
                ) : (
                  <p>{filtered ? t('requests.dashboard.empty') : t('requests.dashboard.noneYet')}</p>
                )}
              </section>
            </div>
          )
        }}
      </ResourceView>
      <PublicFormCard slug={slug} />
    </>
  )
}
