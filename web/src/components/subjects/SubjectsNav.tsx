import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import type { SubjectsView } from '../../app/requestRoutes'
import { subjectsHref } from '../../app/routes'
import { can } from '../../app/sections'

type Page = 'search' | 'new' | 'import'

/** The sub-navigation of the subject index: search (a subject's page belongs to it), add, import. */
export function SubjectsNav({ membership, view }: { membership: Membership; view: SubjectsView }) {
  const { t } = useTranslation()
  const current: Page = view.view === 'detail' ? 'search' : view.view
  const pages: Page[] = can(membership, 'subjects:write') ? ['search', 'new', 'import'] : ['search']
  const href = (page: Page) =>
    subjectsHref(membership.slug, page === 'search' ? { view: 'search', q: '' } : { view: page })
  return (
    <nav aria-label={t('subjects.nav.label')} className="sub-nav" data-testid="subjects-nav">
      <ul>
        {pages.map((page) => (
          <li key={page}>
            <a
              href={href(page)}
              aria-current={current === page ? (view.view === page ? 'page' : 'true') : undefined}
              data-testid={`subjects-nav-${page}`}
            >
              {t(`subjects.nav.${page}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
