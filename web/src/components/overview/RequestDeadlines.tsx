import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership, RequestListItem } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { hrefOf, requestsHref } from '../../app/routes'
import { can } from '../../app/sections'
import { useResource } from '../../app/useResource'
import { loadRequests } from '../requests/requestApi'
import { StateBadge, useCountdown } from '../requests/StateBadge'

/** How many of each group the overview lists; the totals say when there are more. */
const LISTED = { overdue: 10, at_risk: 10, on_time: 5 } as const
type Group = keyof typeof LISTED

/**
 * On the overview: the open requests by deadline - the overdue and the at-risk ones singled out, then the next
 * deadlines - each linking to its request. The server filters and orders by the stored deadlines (SQL).
 */
export function RequestDeadlines({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const allowed = can(membership, 'requests:read')
  const load = useCallback(async () => {
    if (!allowed) return null
    const group = (state: Group) => loadRequests(slug, { state, limit: LISTED[state] })
    const [overdue, atRisk, onTime, open] = await Promise.all([
      group('overdue'),
      group('at_risk'),
      group('on_time'),
      loadRequests(slug, { open: 'true', limit: 1 }),
    ])
    return { overdue, atRisk, onTime, openTotal: open.total }
  }, [allowed, slug])
  const { data } = useResource(load)
  if (!data) return null
  const list = requestsHref(slug)
  return (
    <section aria-labelledby="overview-requests" className="card" data-testid="overview-requests">
      <div className="section-header">
        <h2 id="overview-requests">{t('overviewPage.requests.title')}</h2>
        <a href={list}>{t('overviewPage.requests.open')}</a>
      </div>
      <p data-testid="overview-requests-summary">
        {data.openTotal === 0
          ? t('overviewPage.requests.none')
          : t('overviewPage.requests.summary', {
              count: data.openTotal,
              overdue: data.overdue.total,
              atRisk: data.atRisk.total,
            })}
      </p>
      <DeadlineGroup
        slug={slug}
        testId="overview-overdue"
        title={t('overviewPage.requests.overdue', { count: data.overdue.total })}
        page={data.overdue}
      />
      <DeadlineGroup
        slug={slug}
        testId="overview-at-risk"
        title={t('overviewPage.requests.atRisk', { count: data.atRisk.total })}
        page={data.atRisk}
      />
      <DeadlineGroup
        slug={slug}
        testId="overview-next"
        title={t('overviewPage.requests.next')}
        page={data.onTime}
      />
    </section>
  )
}

function DeadlineGroup({
  slug,
  testId,
  title,
  page,
}: {
  slug: string
  testId: string
  title: string
  page: { total: number; items: RequestListItem[] }
}) {
  const { t } = useTranslation()
  const { date } = useDateFormat()
  const countdown = useCountdown()
  if (page.items.length === 0) return null
  return (
    <div data-testid={testId}>
      <h3>{title}</h3>
      <ul className="plain-list deadline-list">
        {page.items.map((r) => (
          <li key={r.id} className="deadline-item">
            <a href={hrefOf({ name: 'requests', slug, view: { view: 'detail', id: r.id } })}>{r.reference}</a>
            {r.subjectName ? ` · ${r.subjectName}` : ''} · <StateBadge state={r.state} />{' '}
            {r.currentDueDate ? t('overviewPage.requests.due', { date: date(r.currentDueDate) }) : ''}
            {countdown(r) ? ` (${countdown(r)})` : ''}
          </li>
        ))}
      </ul>
      {page.total > page.items.length ? (
        <p className="hint">{t('overviewPage.requests.more', { count: page.total - page.items.length })}</p>
      ) : null}
    </div>
  )
}
