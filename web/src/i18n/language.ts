import type { Language } from '../api/types'

const STORAGE_KEY = 'custos.language'
const SUPPORTED: readonly string[] = ['nl', 'fr', 'en']

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && SUPPORTED.includes(value)
}

/** The language the user picked explicitly in this browser, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLanguage(value) ? value : null
  } catch {
    return null
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private browsing or storage disabled: the choice then lasts for this page only.
  }
}

/** The browser's preferred language when it is one we support. */
export function browserLanguage(): Language | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase()
    if (isLanguage(base)) return base
  }
  return null
}

/** Before we know who is signed in: the stored choice, then the browser, then Dutch. */
export function initialLanguage(): Language {
  return storedLanguage() ?? browserLanguage() ?? 'nl'
}

/** BCP 47 locale for number and date formatting in Belgium. */
export function localeOf(language: Language): string {
  return language === 'en' ? 'en-BE' : `${language}-BE`
}
