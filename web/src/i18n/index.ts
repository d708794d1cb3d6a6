import i18n, { type BackendModule } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../api/types'
import { initialLanguage } from './language'
import type { Messages } from './nl'
import type { PublicMessages } from './public/nl'

/**
 * Each language is its own file, downloaded when it is first used; before sign-in only the texts of the public
 * pages (sign-in, password reset, set-up) are downloaded, the rest once someone has signed in (docs/decisions/0022
 * and 0067).
 */
const PUBLIC_FILES: Record<Language, () => Promise<PublicMessages>> = {
  nl: () => import('./public/nl').then((m) => m.publicNl),
  fr: () => import('./public/fr').then((m) => m.publicFr),
  en: () => import('./public/en').then((m) => m.publicEn),
}
const LANGUAGE_FILES: Record<Language, () => Promise<Messages>> = {
  nl: () => import('./nl').then((m) => m.nl),
  fr: () => import('./fr').then((m) => m.fr),
  en: () => import('./en').then((m) => m.en),
}
const LANGUAGES = Object.keys(LANGUAGE_FILES) as Language[]
let allTexts = false

const languageFiles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, done) {
    const load = (allTexts ? LANGUAGE_FILES : PUBLIC_FILES)[language as Language]
    if (!load) return done(new Error(`No translations for ${language}`), false)
    load().then(
      (messages) => done(null, messages),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

/**
 * Once someone has signed in: every text of the languages loaded so far (they held only the public pages' texts),
 * and of every language loaded from now on. Resolves when they are there.
 */
export async function loadAllTexts(): Promise<void> {
  if (allTexts) return
  allTexts = true
  // The current language too: its public texts may still be on their way (a late arrival changes nothing, its
  // groups are the same objects the whole file holds).
  const wanted = LANGUAGES.filter(
    (language) => language === i18n.language || i18n.hasResourceBundle(language, 'translation'),
  )
  if (wanted.length > 0) await i18n.reloadResources(wanted)
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
