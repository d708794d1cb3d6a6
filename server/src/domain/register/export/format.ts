import { formatEnterpriseNumber } from '../../enterprise-number'
import type { Language } from '../localized'
import type { RegisterDocument } from '../schema'

/** Formatting of plain values for the register exports. */

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

/** '2024-03-01' as '01/03/2024' (the Belgian day/month/year order in every language). */
export function formatDate(iso: string | undefined): string {
  if (iso === undefined) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso
}

/** The country's name in `language` ('US' as 'Verenigde Staten', 'États-Unis', 'United States'). */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** '0403019261' as '0403.019.261'; anything unparsable as given. */
export function formatEnterprise(value: string | undefined): string {
  if (value === undefined) return ''
  return formatEnterpriseNumber(value) ?? value
}

type Address = NonNullable<RegisterDocument['organization']['address']>

export function formatAddress(address: Address | undefined, language: Language): string {
  if (address === undefined) return ''
  const city = `${address.postalCode} ${address.city}`
  const country = address.country === 'BE' ? '' : `, ${countryName(address.country, language)}`
  return `${address.street}, ${city}${country}`
}

/** Drops empty and duplicate items, keeping the first occurrence's order. */
export function compact(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.filter((item): item is string => item !== undefined && item.trim() !== ''))]
}

/** 'a', 'a (b)', or 'a (b, c)' for the non-empty details. */
export function withDetails(main: string, details: readonly (string | undefined)[]): string {
  const extra = compact(details).filter((detail) => detail !== main)
  return extra.length === 0 ? main : `${main} (${extra.join(', ')})`
}

/** 'Het einde' as 'het einde'; an acronym ('WER', 'KBO') stays as it is. */
/** ': ', in French ' : ' (with a no-break space). */
export function colon(language: Language): string {
  return language === 'fr' ? '\u00a0: ' : ': '
}

/** Between a value and its explanation: "Verenigde Staten: Mailer Inc. – Standaardcontractbepalingen". */
export const DASH = ' \u2013 '

export function lowerFirst(text: string): string {
  const second = text.charAt(1)
  if (second !== second.toLocaleLowerCase()) return text
  return text.charAt(0).toLocaleLowerCase() + text.slice(1)
}
