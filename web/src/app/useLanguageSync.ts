import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { storedLanguage } from '../i18n/language'
import { useSession } from './SessionContext'

/** Without a choice stored in this browser, the signed-in user's preferred language wins over the browser's. */
export function useLanguageSync(): void {
  const { i18n } = useTranslation()
  const { state } = useSession()
  const preferred =
    state.status === 'signed-in' || state.status === 'second-factor' ? state.me.user.preferredLanguage : null

  useEffect(() => {
    if (preferred && !storedLanguage() && i18n.language !== preferred) void i18n.changeLanguage(preferred)
  }, [preferred, i18n])
}
