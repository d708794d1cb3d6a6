import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import type { RequestsView } from '../../app/requestRoutes'
import { requestsHref } from '../../app/routes'
import { can } from '../../app/sections'

type Page = 'list' | 'new' | 'report'

/** The sub-navigation of requests: the worklist (a request's page belongs to it), intake and the report. */
export function RequestsNav({ membership, view }: { membership: Membership; view: RequestsView }) {
  const { t } = useTranslation()
  const current: Page = view.view === 'detail' ? 'list' : view.view
  const pages: Page[] = can(membership, 'requests:write') ? ['list', 'new', 'report'] : ['list', 'report']
  return (
    <nav aria-label={t('requests.nav.label')} className="sub-nav" data-testid="requests-nav">
      <ul>
        {pages.map((page) => (
          <li key={page}>
            <a
              href={requestsHref(membership.slug, { view: page })}
              aria-current={current === page ? (view.view === page ? 'page' : 'true') : undefined}
              data-testid={`requests-nav-${page}`}
            >
              {t(`requests.nav.${page}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
