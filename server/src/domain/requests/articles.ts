import type { Language } from '../register/localized'

/**
 * A GDPR provision written as in Belgian practice: '15' (article), '12.3' (paragraph), '6.1.a' (point). Letters
 * print it per language: "art. 12.3 AVG", "art. 12.3 RGPD", "Art. 12(3) GDPR".
 */
export type GdprProvision = string

const PROVISION = /^\d{1,2}(\.\d{1,2}(\.[a-j])?)?$/

const REGULATION: Record<Language, string> = { nl: 'AVG', fr: 'RGPD', en: 'GDPR' }

/** "art. 12.3" (nl, fr) or "Art. 12(3)" (en), without the name of the Regulation. */
export function provisionIn(provision: GdprProvision, language: Language): string {
  if (!PROVISION.test(provision)) throw new RangeError(`Not a GDPR provision: ${JSON.stringify(provision)}`)
  if (language !== 'en') return `art. ${provision}`
  const [article, ...rest] = provision.split('.')
  return `Art. ${article}${rest.map((part) => `(${part})`).join('')}`
}

/** "art. 12.3 AVG", "art. 12.3 RGPD", "Art. 12(3) GDPR". */
export function gdprArticle(provision: GdprProvision, language: Language): string {
  return `${provisionIn(provision, language)} ${REGULATION[language]}`
}

/** "art. 11.2 en 12.2 AVG", "art. 11.2 et 12.2 RGPD", "Art. 11(2) and 12(2) GDPR". */
export function gdprArticles(provisions: readonly GdprProvision[], language: Language): string {
  const [first, ...others] = provisions
  if (first === undefined) return ''
  if (others.length === 0) return gdprArticle(first, language)
  const and = { nl: 'en', fr: 'et', en: 'and' }[language]
  const bare = (p: GdprProvision) => provisionIn(p, language).replace(/^(art|Art)\. /, '')
  const head = [first, ...others.slice(0, -1)].map((p, i) => (i === 0 ? provisionIn(p, language) : bare(p)))
  return `${head.join(', ')} ${and} ${bare(others.at(-1) ?? first)} ${REGULATION[language]}`
}
