import i18n, { type BackendModule } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../api/types'
import { initialLanguage } from './language'
import type { Messages } from './nl'

/** Each language is its own file, downloaded when it is first used (docs/decisions/0022). */
const LANGUAGE_FILES: Record<Language, () => Promise<Messages>> = {
  nl: () => import('./nl').then((m) => m.nl),
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en),
}

const languageFiles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, done) {
    const load = LANGUAGE_FILES[language as Language]
    if (!load) return done(new Error(`No translations for ${language}`), false)
    load().then(
      (messages) => done(null, messages),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

/**
 * Sets up i18next with the language chosen before (localStorage) or the browser's language, once its file is
 * loaded. Every language has exactly the keys of Dutch (the type of the files), so none falls back on another;
 * switching language loads the new file before the text changes.
 */
export function initI18n() {
  const lng = initialLanguage()
  document.documentElement.lang = lng
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language
  })
  return i18n
    .use(languageFiles)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: false,
      supportedLngs: ['nl', 'fr', 'en'],
      nsSeparator: false,
      interpolation: { escapeValue: false },
    })
}

export { i18n }
