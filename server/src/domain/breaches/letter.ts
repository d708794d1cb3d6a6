import type { DraftOrganisation } from './drafts'
import type { BreachFacts } from './record'
import type { LetterLanguage } from './wording'

/**
 * The letter to a person concerned by a breach likely to result in a high risk (Art. 34 GDPR), in clear and plain
 * language, with what Art. 34(2) requires: the nature of the breach, the name and contact details of the DPO or
 * other contact point, the likely consequences, and the measures taken or proposed, including those to mitigate its
 * possible adverse effects. It says only what was entered in the breach record; it cannot be sent until each of
 * those elements was entered (`letterGaps`).
 */

export interface BreachLetter {
  subject: string
  greeting: string
  paragraphs: string[]
  closing: string
  signature: string[]
  /** Which Art. 34(2) element each paragraph answers, by index (for the completeness check and tests). */
  elements: Partial<Record<'nature' | 'contact' | 'consequences' | 'measures', number>>
}

export type LetterGap = 'description' | 'consequences' | 'measures' | 'contact'

/** What must still be entered before letters can go out. */
export function letterGaps(facts: BreachFacts, org: DraftOrganisation): LetterGap[] {
  const gaps: LetterGap[] = []
  if (!facts.description.trim()) gaps.push('description')
  if (!facts.consequences) gaps.push('consequences')
  if (!facts.measuresTaken && !facts.measuresProposed) gaps.push('measures')
  if (!org.contactEmail && !org.contactPhone) gaps.push('contact')
  return gaps
}

interface LetterWords {
  subject: (org: string) => string
  greeting: (name: string | null) => string
  opening: (org: string) => string
  what: (description: string) => string
  data: (categories: string) => string
  consequences: (text: string) => string
  taken: (text: string) => string
  proposed: (text: string) => string
  advice: (text: string) => string
  contact: (who: string, how: string) => string
  contactWho: (dpo: boolean, name: string | null) => string
  complaint: string
  regret: string
  closing: string
  email: string
  phone: string
}

const WORDS: Record<LetterLanguage, LetterWords> = {
  nl: {
    subject: (org) => `Inbreuk in verband met uw persoonsgegevens bij ${org}`,
    greeting: (name) => (name ? `Geachte ${name},` : 'Geachte mevrouw, geachte heer,'),
    opening: (org) =>
      `Met deze brief brengt ${org} u op de hoogte van een inbreuk in verband met persoonsgegevens die ook op u betrekking heeft. Wij zijn daartoe verplicht door artikel 34 van de Algemene Verordening Gegevensbescherming (AVG).`,
    what: (d) => `Wat is er gebeurd? ${d}`,
    data: (c) => `Welke gegevens zijn betrokken? ${c}.`,
    consequences: (t) => `Wat zijn de mogelijke gevolgen voor u? ${t}`,
    taken: (t) => `Welke maatregelen hebben wij genomen? ${t}`,
    proposed: (t) => `Welke maatregelen volgen nog? ${t}`,
    advice: (t) => `Wat kunt u zelf doen? ${t}`,
    contact: (who, how) => `Voor vragen over deze inbreuk kunt u terecht bij ${who}: ${how}.`,
    contactWho: (dpo, name) =>
      dpo
        ? `onze functionaris voor gegevensbescherming${name ? `, ${name}` : ''}`
        : `ons contactpunt voor gegevensbescherming${name ? `, ${name}` : ''}`,
    complaint:
      'U hebt ook het recht een klacht in te dienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel (www.gegevensbeschermingsautoriteit.be).',
    regret: 'Wij betreuren dit voorval ten zeerste.',
    closing: 'Met vriendelijke groeten,',
    email: 'e-mail',
    phone: 'telefoon',
  },
  fr: {
    subject: (org) => `Violation de données à caractère personnel vous concernant chez ${org}`,
    greeting: (name) => (name ? `${name},` : 'Madame, Monsieur,'),
    opening: (org) =>
      `Par la présente, ${org} vous informe d’une violation de données à caractère personnel qui vous concerne. L’article 34 du Règlement général sur la protection des données (RGPD) nous impose de vous en informer.`,
    what: (d) => `Que s’est-il passé ? ${d}`,
    data: (c) => `Quelles données sont concernées ? ${c}.`,
    consequences: (t) => `Quelles sont les conséquences possibles pour vous ? ${t}`,
    taken: (t) => `Quelles mesures avons-nous prises ? ${t}`,
    proposed: (t) => `Quelles mesures suivront ? ${t}`,
    advice: (t) => `Que pouvez-vous faire vous-même ? ${t}`,
    contact: (who, how) =>
      `Pour toute question relative à cette violation, vous pouvez vous adresser à ${who} : ${how}.`,
    contactWho: (dpo, name) =>
      dpo
        ? `notre délégué à la protection des données${name ? `, ${name}` : ''}`
        : `notre point de contact pour la protection des données${name ? `, ${name}` : ''}`,
    complaint:
      'Vous avez également le droit d’introduire une réclamation auprès de l’Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles (www.autoriteprotectiondonnees.be).',
    regret: 'Nous regrettons vivement cet incident.',
    closing: 'Nous vous prions d’agréer l’expression de nos salutations distinguées.',
    email: 'e-mail',
    phone: 'téléphone',
  },
  en: {
    subject: (org) => `A personal data breach concerning you at ${org}`,
    greeting: (name) => (name ? `Dear ${name},` : 'Dear Sir or Madam,'),
    opening: (org) =>
      `${org} is writing to inform you of a personal data breach that concerns you. Article 34 of the General Data Protection Regulation (GDPR) requires us to inform you.`,
    what: (d) => `What happened? ${d}`,
    data: (c) => `Which data are concerned? ${c}.`,
    consequences: (t) => `What are the possible consequences for you? ${t}`,
    taken: (t) => `What measures have we taken? ${t}`,
    proposed: (t) => `What measures will follow? ${t}`,
    advice: (t) => `What can you do yourself? ${t}`,
    contact: (who, how) => `If you have questions about this breach, please contact ${who}: ${how}.`,
    contactWho: (dpo, name) =>
      dpo
        ? `our data protection officer${name ? `, ${name}` : ''}`
        : `our data protection contact point${name ? `, ${name}` : ''}`,
    complaint:
      'You also have the right to lodge a complaint with the Belgian Data Protection Authority, Rue de la Presse 35, 1000 Brussels (www.dataprotectionauthority.be).',
    regret: 'We sincerely regret this incident.',
    closing: 'Yours sincerely,',
    email: 'e-mail',
    phone: 'telephone',
  },
}

export function breachLetter(
  facts: BreachFacts,
  org: DraftOrganisation,
  dataCategoryLabels: readonly string[],
  language: LetterLanguage,
  recipientName: string | null,
): BreachLetter {
  const w = WORDS[language]
  const paragraphs: string[] = [w.opening(org.name)]
  const elements: BreachLetter['elements'] = {}
  elements.nature = paragraphs.push(w.what(facts.description)) - 1
  if (dataCategoryLabels.length > 0) paragraphs.push(w.data(dataCategoryLabels.join(', ')))
  if (facts.consequences) elements.consequences = paragraphs.push(w.consequences(facts.consequences)) - 1
  if (facts.measuresTaken) elements.measures = paragraphs.push(w.taken(facts.measuresTaken)) - 1
  if (facts.measuresProposed) {
    const at = paragraphs.push(w.proposed(facts.measuresProposed)) - 1
    elements.measures ??= at
  }
  if (facts.adviceToSubjects) paragraphs.push(w.advice(facts.adviceToSubjects))
  const how = [
    ...(org.contactEmail ? [`${w.email} ${org.contactEmail}`] : []),
    ...(org.contactPhone ? [`${w.phone} ${org.contactPhone}`] : []),
  ].join(', ')
  if (how)
    elements.contact = paragraphs.push(w.contact(w.contactWho(org.dpoAppointed, org.contactName), how)) - 1
  paragraphs.push(w.complaint, w.regret)
  return {
    subject: w.subject(org.name),
    greeting: w.greeting(recipientName),
    paragraphs,
    closing: w.closing,
    signature: [org.name, ...(org.address ? [org.address] : [])],
    elements,
  }
}
