/** The values of an import line that are written in many ways: dates, languages, register keys. */

import { isRealDate, toIsoDate } from '../calendar-date'

/**
 * A calendar date as spreadsheets write it: ISO 2024-03-01, or Belgian day-first 1/3/2024, 01-03-2024,
 * 01.03.2024. Returns the ISO date, or null.
 */
export function parseImportDate(input: string): string | null {
  const text = input.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : [0, 0, 0]
  if (year < 1900 || year > 2199 || !isRealDate(year, month, day)) return null
  return toIsoDate({ year, month, day })
}

const LANGUAGES: Record<string, 'nl' | 'fr' | 'en'> = {
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  néerlandais: 'nl',
  vlaams: 'nl',
  fr: 'fr',
  français: 'fr',
  francais: 'fr',
  french: 'fr',
  frans: 'fr',
  en: 'en',
  english: 'en',
  engels: 'en',
  anglais: 'en',
}

/** nl, fr or en; also "NL-BE", "fr_BE", "Nederlands", "Français", "English". */
export function parseImportLanguage(input: string): 'nl' | 'fr' | 'en' | null {
  const text = input.normalize('NFC').trim().toLowerCase()
  return LANGUAGES[text] ?? LANGUAGES[text.split(/[-_]/)[0] ?? ''] ?? null
}

/** A register key from free text: "Client" -> "client", "Job applicant" -> "job_applicant". */
export function toRegisterKey(input: string): string {
  return input.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '_')
}
