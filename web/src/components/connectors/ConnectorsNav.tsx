import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import type { ConnectorsView } from '../../app/connectorRoutes'
import { connectorsHref } from '../../app/routes'
import { can } from '../../app/sections'

type Page = 'list' | 'new' | 'discover'

/** The sub-navigation of connectors: the datasets (a dataset's page belongs to it), a new file, discovery. */
export function ConnectorsNav({ membership, view }: { membership: Membership; view: ConnectorsView }) {
  const { t } = useTranslation()
  const current: Page = view.view === 'detail' ? 'list' : view.view
  const pages: Page[] = can(membership, 'connectors:write') ? ['list', 'new', 'discover'] : ['list']
  return (
    <nav aria-label={t('connectors.nav.label')} className="sub-nav" data-testid="connectors-nav">
      <ul>
        {pages.map((page) => (
          <li key={page}>
            <a
              href={connectorsHref(membership.slug, { view: page })}
              aria-current={current === page ? (view.view === page ? 'page' : 'true') : undefined}
              data-testid={`connectors-nav-${page}`}
            >
              {t(`connectors.nav.${page}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
