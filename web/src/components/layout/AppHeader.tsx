import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitcher } from './LanguageSwitcher'

interface Props {
  brandHref: string
  /** Shown after the product name, e.g. the organisation switcher. */
  start?: ReactNode
  /** Shown after the language switcher, e.g. the user menu. */
  end?: ReactNode
}

/** The banner: product name, language switcher and whatever the layout adds. */
export function AppHeader({ brandHref, start, end }: Props) {
  const { t } = useTranslation()
  return (
    <header className="app-header">
      <div className="header-start">
        <a href={brandHref} className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </a>
        {start}
      </div>
      <div className="header-end">
        <LanguageSwitcher />
        {end}
      </div>
    </header>
  )
}
