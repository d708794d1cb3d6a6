import { useTranslation } from 'react-i18next'
import type { Membership, SubjectPage } from '../../api/types'
import type { SubjectsView } from '../../app/requestRoutes'
import { subjectsHref } from '../../app/routes'

type Page = 'search' | 'new' | 'import'

interface Props {
  membership: Membership
  view: SubjectsView
  /** What the caller may do with the index (from the server); undefined while it loads. */
  can: SubjectPage['can'] | undefined
}

/** The sub-navigation of the subject index: search (a subject's page belongs to it), add and import when allowed. */
export function SubjectsNav({ membership, view, can }: Props) {
  const { t } = useTranslation()
  const current: Page = view.view === 'detail' ? 'search' : view.view
  const pages: Page[] = [
    'search',
    ...(can?.create ? (['new'] as const) : []),
    ...(can?.import ? (['import'] as const) : []),
  ]
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
