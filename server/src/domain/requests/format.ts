import { type IsoDate, parseIsoDate } from '../calendar-date'
import type { Language } from '../register/localized'

/** Small formatting helpers shared by the Art. 15 information and the letters. */

/** '2026-03-02' as "02/03/2026", the Belgian way in every language. */
export function formatDate(date: IsoDate): string {
  const civil = parseIsoDate(date)
  if (!civil) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(date)}`)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(civil.day)}/${pad(civil.month)}/${pad(civil.year, 4)}`
}

/** Euro cents as "€ 25,00" (nl), "25,00 €" (fr), "€25.00" (en). */
export function formatEuro(cents: number, language: Language): string {
  const euros = Math.trunc(cents / 100)
  const rest = String(Math.abs(cents % 100)).padStart(2, '0')
  const grouped = (separator: string) => String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, separator)
  if (language === 'nl') return `€ ${grouped('.')},${rest}`
  if (language === 'fr') return `${grouped('\u202f')},${rest}\u00a0€`
  return `€${grouped(',')}.${rest}`
}

const AND: Record<Language, string> = { nl: 'en', fr: 'et', en: 'and' }

/** "a, b en c", "a, b et c", "a, b and c". */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${AND[language]} ${items.at(-1)}`
}

/** 'Einde van de overeenkomst' as 'einde van de overeenkomst'; an acronym ('KBO', 'IP-adres') stays. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1)
  if (second !== second.toLocaleLowerCase()) return text
  return text.charAt(0).toLocaleLowerCase() + text.slice(1)
}

/** Text written by someone else, as a sentence: trimmed, with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…)»"”]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/** Distinct, non-empty items in their first order. */
export function distinct(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.filter((item): item is string => item !== undefined && item.trim() !== ''))]
}

const UNITS: Record<Language, Record<'years' | 'months' | 'days', readonly [string, string]>> = {
  nl: { years: ['jaar', 'jaar'], months: ['maand', 'maanden'], days: ['dag', 'dagen'] },
  fr: { years: ['an', 'ans'], months: ['mois', 'mois'], days: ['jour', 'jours'] },
  en: { years: ['year', 'years'], months: ['month', 'months'], days: ['day', 'days'] },
}

/** "7 jaar", "1 an et 6 mois", "10 years". */
export function formatDuration(
  duration: { readonly years: number; readonly months: number; readonly days: number },
  language: Language,
): string {
  const parts = (['years', 'months', 'days'] as const)
    .filter((unit) => duration[unit] > 0)
    .map((unit) => {
      const [one, many] = UNITS[language][unit]
      return `${duration[unit]} ${duration[unit] === 1 ? one : many}`
    })
  return joinList(parts, language)
}

/** The French colon and semicolon take a no-break space before them; other languages none. */
export function colon(language: Language): string {
  return language === 'fr' ? '\u00a0:' : ':'
}

/** French puts a narrow no-break space before ; (as frenchSpacing does). */
export function semicolon(language: Language): string {
  return language === 'fr' ? '\u202f;' : ';'
}

/** Catalogue labels inside a sentence: "Identificatiegegevens en contactgegevens" (the first keeps its capital). */
export function joinLabels(labels: readonly string[], language: Language): string {
  return joinList(
    labels.map((label, i) => (i === 0 ? label : lowerFirst(label))),
    language,
  )
}

/** Text someone else wrote, continued inside a sentence: no closing full stop, lower-case start. */
export function inSentence(text: string): string {
  return lowerFirst(text.trim().replace(/\.$/, ''))
}

/** French typography for our own words, the same as the notices' (no-break spaces before : ; ? ! and in « »). */
export { frenchSpacing } from '../french-typography'
