import { useTranslation } from 'react-i18next'

/** Nothing is announced at the moment: consent and DPIA have their pages. */
const COMING: readonly 'nav.consent'[] = []

/** The privacy capabilities Custos will offer, shown (not clickable) so users see where it is heading. */
export function ComingSoonList() {
  const { t } = useTranslation()
  if (COMING.length === 0) return null
  return (
    <div className="coming-soon">
      <p className="nav-group-label" id="coming-soon-label">
        {t('nav.comingSoon')}
      </p>
      <ul className="nav-list" aria-labelledby="coming-soon-label">
        {COMING.map((key) => (
          <li key={key} className="nav-item-soon">
            {t(key)}
          </li>
        ))}
      </ul>
    </div>
  )
}
