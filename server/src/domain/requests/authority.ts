import type { Language } from '../register/localized'

/**
 * The Belgian supervisory authority (Law of 3 December 2017), where a subject can complain (Art. 77 GDPR), and
 * the courts (Art. 79 GDPR; Law of 30 July 2018, art. 209). Every refusal names both (Art. 12(4)).
 */
export const AUTHORITY_EMAIL = 'contact@apd-gba.be'

export const AUTHORITY_NAME: Record<Language, string> = {
  nl: 'Gegevensbeschermingsautoriteit',
  fr: 'Autorité de protection des données',
  en: 'Data Protection Authority',
}

const ADDRESS: Record<Language, string> = {
  nl: 'Drukpersstraat 35, 1000 Brussel',
  fr: 'Rue de la Presse 35, 1000 Bruxelles',
  en: 'Rue de la Presse 35, 1000 Brussels',
}

const WEBSITE: Record<Language, string> = {
  nl: 'www.gegevensbeschermingsautoriteit.be',
  fr: 'www.autoriteprotectiondonnees.be',
  en: 'www.dataprotectionauthority.be',
}

const LABELS: Record<Language, { phone: string; email: string; website: string }> = {
  nl: { phone: 'Telefoon', email: 'E-mail', website: 'Website' },
  fr: { phone: 'Téléphone', email: 'E-mail', website: 'Site web' },
  en: { phone: 'Telephone', email: 'Email', website: 'Website' },
}

/** The authority's name and contact details, one line each. */
export function authorityAddress(language: Language): string[] {
  const label = LABELS[language]
  const colon = language === 'fr' ? '\u00a0:' : ':'
  return [
    AUTHORITY_NAME[language],
    ADDRESS[language],
    `${label.phone}${colon} +32 2 274 48 00`,
    `${label.email}${colon} ${AUTHORITY_EMAIL}`,
    `${label.website}${colon} ${WEBSITE[language]}`,
  ]
}

/** The authority's website, e.g. for a short mention. */
export function authorityWebsite(language: Language): string {
  return WEBSITE[language]
}
