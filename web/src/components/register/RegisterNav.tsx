import { useTranslation } from 'react-i18next'
import { REGISTER_PAGES, type RegisterPage } from '../../app/registerRoutes'
import { registerHref } from '../../app/routes'

/** The register's sub-navigation: its lists and tools (an entry's editor marks the list it belongs to). */
export function RegisterNav({
  slug,
  current,
  exact,
}: {
  slug: string
  current: RegisterPage
  exact: boolean
}) {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('register.nav.label')} className="sub-nav" data-testid="register-nav">
      <ul>
        {REGISTER_PAGES.map((page) => (
          <li key={page}>
            <a
              href={registerHref(slug, { view: page })}
              aria-current={current === page ? (exact ? 'page' : 'true') : undefined}
              data-testid={`register-nav-${page}`}
            >
              {t(`register.nav.${page}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
