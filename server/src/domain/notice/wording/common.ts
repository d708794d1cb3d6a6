import type { Language } from '../../register/localized'
import type { Inline } from '../model'
import { webLink } from '../text'
import type { Address, Duration } from './types'

/** Formatting shared by the three wordings; the words themselves live in nl.ts, fr.ts and en.ts. */

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

/** Numbers up to twelve are written out, as in running legal text ("zeven jaar", "sept ans"). */
const NUMBERS: Record<Language, readonly string[]> = {
  nl: [
    'nul',
    'één',
    'twee',
    'drie',
    'vier',
    'vijf',
    'zes',
    'zeven',
    'acht',
    'negen',
    'tien',
    'elf',
    'twaalf',
  ],
  fr: [
    'zéro',
    'un',
    'deux',
    'trois',
    'quatre',
    'cinq',
    'six',
    'sept',
    'huit',
    'neuf',
    'dix',
    'onze',
    'douze',
  ],
  en: [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ],
}

const UNITS: Record<Language, Record<keyof Duration, readonly [string, string]>> = {
  nl: { years: ['jaar', 'jaar'], months: ['maand', 'maanden'], days: ['dag', 'dagen'] },
  fr: { years: ['an', 'ans'], months: ['mois', 'mois'], days: ['jour', 'jours'] },
  en: { years: ['year', 'years'], months: ['month', 'months'], days: ['day', 'days'] },
}

export function numberWord(n: number, language: Language): string {
  return NUMBERS[language][n] ?? String(n)
}

/** "een jaar en zes maanden", "un an et six mois", "one year and six months". */
export function durationIn(duration: Duration, language: Language, and: string): string {
  const parts = (['years', 'months', 'days'] as const)
    .filter((unit) => duration[unit] > 0)
    .map((unit) => {
      const [one, many] = UNITS[language][unit]
      return `${numberWord(duration[unit], language)} ${duration[unit] === 1 ? one : many}`
    })
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`
}

/** '2026-03-01' as "1 maart 2026" (nl), "1er mars 2026" (fr), "1 March 2026" (en). */
export function dateIn(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return iso
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  const text = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date)
  return language === 'fr' ? text.replace(/^1 /, '1er ') : text
}

export function countryIn(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** "Kerkstraat 1, 9000 Gent", with the country when it is not Belgium. */
export function addressIn(address: Address, language: Language): string {
  const country = address.country === 'BE' ? '' : `, ${countryIn(address.country, language)}`
  return `${address.street}, ${address.postalCode} ${address.city}${country}`
}

export { frenchSpacing } from '../../french-typography'

/** A contact page as a link when it is a web address, else as written. */
export function contactLink(contact: string | undefined): Inline {
  const value = contact ?? ''
  return /^https?:\/\//.test(value) ? webLink(value) : value
}
