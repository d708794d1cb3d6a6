import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AppHeader } from './AppHeader'
import { MAIN_ID, SkipLink } from './SkipLink'

/** Layout of the pages shown before signing in: a small header and one centred card. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="public-layout">
      <SkipLink />
      <AppHeader brandHref="#/sign-in" />
      <main id={MAIN_ID} tabIndex={-1} className="public-main">
        <div className="card public-card">{children}</div>
        <p className="tagline">{t('app.tagline')}</p>
      </main>
    </div>
  )
}
