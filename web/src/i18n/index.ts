import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { fr } from './fr'
import { initialLanguage } from './language'
import { nl } from './nl'

export const resources = {
  nl: { translation: nl },
  fr: { translation: fr },
  en: { translation: en },
} as const

/** Sets up i18next with the language chosen before (localStorage) or the browser's language. */
export function initI18n() {
  const lng = initialLanguage()
  document.documentElement.lang = lng
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language
  })
  return i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'fr', 'en'],
    nsSeparator: false,
    interpolation: { escapeValue: false },
  })
}

export { i18n }
