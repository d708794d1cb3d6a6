import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { Language } from '../api/types'
import { isLanguage, storeLanguage } from '../i18n/language'
import { useSession } from './SessionContext'

/** The UI language and a way to change it: immediately, remembered in this browser and on the account. */
export function useLanguage(): { language: Language; changeLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation()
  const { state } = useSession()
  const language = isLanguage(i18n.language) ? i18n.language : 'nl'
  const signedIn = state.status === 'signed-in'

  const changeLanguage = useCallback(
    async (next: Language) => {
      storeLanguage(next)
      await i18n.changeLanguage(next)
      if (!signedIn) return
      try {
        await call(api.PATCH('/api/v1/me', { body: { preferredLanguage: next } }))
      } catch {
        // The choice still applies in this browser; the account keeps its previous language.
      }
    },
    [i18n, signedIn],
  )

  return { language, changeLanguage }
}
