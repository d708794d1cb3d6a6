import { type DraftOrganisation, formatInstant } from './drafts'
import type { BreachLetter } from './letter'
import type { BreachFacts } from './record'
import { type LetterLanguage, NATURE_WORDS } from './wording'

/**
 * A processor's notice to a controller (client) concerned by a breach (Art. 33(2) GDPR: "without undue delay after
 * becoming aware"). It gives the controller what it needs for its own assessment and notification (Art. 33(3)
 * a-d): when the processor became aware, what happened and its nature, the categories and approximate numbers of
 * people and records, the likely consequences, the measures taken or proposed, and a contact point. It says only
 * what was entered; an element not entered yet is named as still under investigation.
 */
export type ControllerNotice = Omit<BreachLetter, 'elements'> & {
  /** Which Art. 33(3) element each paragraph answers, by index (for tests). */
  elements: Partial<Record<'a' | 'b' | 'c' | 'd', number>>
}

interface NoticeWords {
  subject: (org: string, reference: string) => string
  greeting: (client: string) => string
  opening: (org: string, aware: string) => string
  what: (description: string, nature: string) => string
  data: (categories: string) => string
  people: (categories: string) => string
  numbers: (people: string, records: string) => string
  unknown: string
  consequences: (text: string) => string
  taken: (text: string) => string
  proposed: (text: string) => string
  pending: string
  contact: (how: string) => string
  yours: string
  closing: string
}

const WORDS: Record<LetterLanguage, NoticeWords> = {
  nl: {
    subject: (org, ref) => `Inbreuk in verband met persoonsgegevens die ${org} voor u verwerkt (${ref})`,
    greeting: (client) => `Aan ${client},`,
    opening: (org, aware) =>
      `Als verwerker brengt ${org} u op de hoogte van een inbreuk in verband met persoonsgegevens die wij in uw opdracht verwerken (artikel 33, lid 2, AVG). Wij kregen er kennis van op ${aware}.`,
    what: (d, n) => `Wat is er gebeurd? ${d} Aard van de inbreuk: ${n}.`,
    data: (c) => `Betrokken categorieën van persoonsgegevens: ${c}.`,
    people: (c) => `Betrokken categorieën van personen: ${c}.`,
    numbers: (p, r) =>
      `Bij benadering ${p} betrokken personen en ${r} betrokken registraties van persoonsgegevens.`,
    unknown: 'nog niet bekend',
    consequences: (t) => `Waarschijnlijke gevolgen: ${t}`,
    taken: (t) => `Genomen maatregelen: ${t}`,
    proposed: (t) => `Voorgestelde maatregelen: ${t}`,
    pending:
      'De gevolgen en de maatregelen worden nog onderzocht; wij vullen deze melding zo snel mogelijk aan.',
    contact: (how) => `Contactpunt voor deze inbreuk: ${how}.`,
    yours:
      'Als verwerkingsverantwoordelijke beoordeelt u of de inbreuk binnen 72 uur na uw kennisname aan de Gegevensbeschermingsautoriteit moet worden gemeld en of de betrokkenen moeten worden ingelicht. Wij verlenen u daarbij alle bijstand (artikel 28, lid 3, f).',
    closing: 'Met vriendelijke groeten,',
  },
  fr: {
    subject: (org, ref) => `Violation de données à caractère personnel que ${org} traite pour vous (${ref})`,
    greeting: (client) => `À l’attention de ${client},`,
    opening: (org, aware) =>
      `En qualité de sous-traitant, ${org} vous notifie une violation de données à caractère personnel que nous traitons pour votre compte (article 33, paragraphe 2, du RGPD). Nous en avons pris connaissance le ${aware}.`,
    what: (d, n) => `Que s’est-il passé ? ${d} Nature de la violation : ${n}.`,
    data: (c) => `Catégories de données à caractère personnel concernées : ${c}.`,
    people: (c) => `Catégories de personnes concernées : ${c}.`,
    numbers: (p, r) =>
      `Nombre approximatif de personnes concernées : ${p} ; d’enregistrements de données concernés : ${r}.`,
    unknown: 'pas encore connu',
    consequences: (t) => `Conséquences probables : ${t}`,
    taken: (t) => `Mesures prises : ${t}`,
    proposed: (t) => `Mesures proposées : ${t}`,
    pending:
      'Les conséquences et les mesures sont encore à l’examen ; nous compléterons cette notification dès que possible.',
    contact: (how) => `Point de contact pour cette violation : ${how}.`,
    yours:
      'En qualité de responsable du traitement, il vous appartient d’apprécier si la violation doit être notifiée à l’Autorité de protection des données dans les 72 heures après en avoir pris connaissance et si les personnes concernées doivent en être informées. Nous vous apportons toute l’aide nécessaire (article 28, paragraphe 3, f).',
    closing: 'Veuillez agréer nos salutations distinguées.',
  },
  en: {
    subject: (org, ref) => `Personal data breach concerning data ${org} processes for you (${ref})`,
    greeting: (client) => `To ${client},`,
    opening: (org, aware) =>
      `As your processor, ${org} notifies you of a personal data breach concerning personal data we process on your behalf (Article 33(2) GDPR). We became aware of it on ${aware}.`,
    what: (d, n) => `What happened? ${d} Nature of the breach: ${n}.`,
    data: (c) => `Categories of personal data concerned: ${c}.`,
    people: (c) => `Categories of people concerned: ${c}.`,
    numbers: (p, r) => `Approximately ${p} people and ${r} personal data records concerned.`,
    unknown: 'not yet known',
    consequences: (t) => `Likely consequences: ${t}`,
    taken: (t) => `Measures taken: ${t}`,
    proposed: (t) => `Measures proposed: ${t}`,
    pending:
      'The consequences and the measures are still being investigated; we will complete this notice as soon as we can.',
    contact: (how) => `Contact point for this breach: ${how}.`,
    yours:
      'As the controller, you assess whether the breach must be notified to the supervisory authority within 72 hours of your becoming aware of it and whether the people concerned must be informed. We will give you every assistance (Article 28(3)(f)).',
    closing: 'Yours faithfully,',
  },
}

export function controllerNotice(
  facts: BreachFacts,
  org: DraftOrganisation,
  reference: string,
  labels: { dataCategories: readonly string[]; subjectCategories: readonly string[] },
  language: LetterLanguage,
  clientName: string,
  awareAt: Date,
): ControllerNotice {
  const w = WORDS[language]
  const natures = facts.nature.map((n) => NATURE_WORDS[language][n]).join('; ')
  const paragraphs: string[] = [w.opening(org.name, formatInstant(awareAt))]
  const elements: ControllerNotice['elements'] = {}
  elements.a = paragraphs.push(w.what(facts.description, natures)) - 1
  if (labels.dataCategories.length > 0) paragraphs.push(w.data(labels.dataCategories.join(', ')))
  if (labels.subjectCategories.length > 0) paragraphs.push(w.people(labels.subjectCategories.join(', ')))
  const count = (n: number | undefined) => (n === undefined ? w.unknown : String(n))
  paragraphs.push(w.numbers(count(facts.peopleApprox), count(facts.recordsApprox)))
  if (facts.consequences) elements.c = paragraphs.push(w.consequences(facts.consequences)) - 1
  if (facts.measuresTaken) elements.d = paragraphs.push(w.taken(facts.measuresTaken)) - 1
  if (facts.measuresProposed) {
    const at = paragraphs.push(w.proposed(facts.measuresProposed)) - 1
    elements.d ??= at
  }
  if (!facts.consequences || (!facts.measuresTaken && !facts.measuresProposed)) paragraphs.push(w.pending)
  const how = [org.contactName, org.contactEmail, org.contactPhone].filter(Boolean).join(', ')
  if (how) elements.b = paragraphs.push(w.contact(how)) - 1
  paragraphs.push(w.yours)
  return {
    subject: w.subject(org.name, reference),
    greeting: w.greeting(clientName),
    paragraphs,
    closing: w.closing,
    signature: [org.name, ...(org.address ? [org.address] : [])],
    elements,
  }
}
