import type { Art34Exception, Obligations, RiskLevel } from './decision'
import type { EnisaScore } from './enisa'
import type { BreachFacts } from './record'
import { type TimelineEntry, timelineWords } from './timeline'
import {
  type AuthorityLanguage,
  CAUSE_WORDS,
  EXCEPTION_WORDS,
  NATURE_WORDS,
  ORIGIN_WORDS,
  RISK_WORDS,
  SEVERITY_WORDS,
} from './wording'

/**
 * The GBA notification (part 1 within 72 hours, part 2 within 21 days after it) as a draft in nl, fr or de: every
 * field of the form, each with what was entered - and where nothing was, a plain "not entered" that the person
 * completes before filing (Art. 33(4) allows the information in phases). Nothing is inferred or invented.
 * Each field carries the GDPR element it answers (`element`), so completeness can be checked.
 */

export const REQUIRED_ELEMENTS = ['art33_3_a', 'art33_3_b', 'art33_3_c', 'art33_3_d'] as const
export type RequiredElement = (typeof REQUIRED_ELEMENTS)[number] | 'art34_2_nature'

export interface DraftField {
  id: string
  label: string
  value: string
  element?: RequiredElement
}
export interface DraftSection {
  id: string
  heading: string
  fields: DraftField[]
}
export interface Draft {
  title: string
  language: string
  intro: string
  sections: DraftSection[]
}

export interface DraftOrganisation {
  name: string
  enterpriseNumber: string | null
  address: string | null
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  dpoAppointed: boolean
}

export interface DraftDecision {
  risk: RiskLevel
  reasoning: string
  exception: Art34Exception | null
  exceptionReasoning: string | null
  decidedBy: string
  decidedAt: Date
}

export interface DraftContext {
  organisation: DraftOrganisation
  reference: string
  caseNumber: string | null
  facts: BreachFacts
  /** Register labels in the draft's language (the key itself when the register has no label). */
  label: {
    dataCategory(key: string): string
    subjectCategory(key: string): string
    activity(key: string): string
    system(key: string): string
    vendor(key: string): string
    country(code: string): string
  }
  /** Data categories the register marks as special (Art. 9) or criminal (Art. 10). */
  specialCategories: string[]
  decision: DraftDecision | null
  obligations: Obligations | null
  enisa: EnisaScore | null
  part1DueAt: Date
  part1FiledAt: Date | null
  delayReason: string | null
  lettersSent: { count: number; firstAt: Date | null }
  /** The timeline without reminders, each entry worded in the draft's language. */
  timeline: TimelineEntry[]
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "04/12/2026 23:30" in Brussels time, the way Belgian forms write it. */
export function formatInstant(at: Date): string {
  const p = Object.fromEntries(dateTime.formatToParts(at).map((x) => [x.type, x.value]))
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

interface FormWords {
  title: Record<1 | 2, string>
  intro: Record<1 | 2, string>
  notEntered: string
  none: string
  yes: string
  no: string
  ongoing: string
  notAssessed: string
  s: Record<string, string>
  f: Record<string, string>
  delayNotNeeded: string
  informed: (count: number, at: string) => string
  notInformedYet: string
  notRequired: string
  enisa: (e: EnisaScore, severity: string) => string
  decided: (by: string, at: string) => string
  annexes: string
}

const FORM: Record<AuthorityLanguage, FormWords> = {
  nl: {
    title: {
      1: 'Melding van een inbreuk in verband met persoonsgegevens aan de Gegevensbeschermingsautoriteit - deel 1',
      2: 'Melding van een inbreuk in verband met persoonsgegevens aan de Gegevensbeschermingsautoriteit - deel 2 (aanvulling)',
    },
    intro: {
      1: 'Ontwerp voor het meldingsformulier van de GBA, op grond van artikel 33 AVG. Velden met „Niet ingevuld” moeten worden aangevuld of in deel 2 worden verstrekt (artikel 33, lid 4, AVG).',
      2: 'Ontwerp voor deel 2 van de melding, binnen 21 dagen na deel 1, met de aanvullende informatie over de omvang, de oorzaak, de gevolgen en de genomen maatregelen.',
    },
    notEntered: 'Niet ingevuld',
    none: 'Geen',
    yes: 'Ja',
    no: 'Nee',
    ongoing: 'Nog aan de gang',
    notAssessed: 'Nog niet beoordeeld',
    s: {
      controller: '1. Verwerkingsverantwoordelijke en contactpunt',
      timeline: '2. Tijdlijn',
      nature: '3. Aard van de inbreuk',
      data: '4. Betrokken gegevens en personen',
      consequences: '5. Waarschijnlijke gevolgen',
      measures: '6. Genomen en voorgestelde maatregelen',
      subjects: '7. Mededeling aan de betrokkenen',
      crossBorder: '8. Grensoverschrijdende aspecten en verwerkers',
      followUp: '9. Opvolging en tijdlijn van gebeurtenissen en beslissingen',
    },
    f: {
      name: 'Naam',
      enterpriseNumber: 'Ondernemingsnummer',
      address: 'Adres',
      contact: 'Functionaris voor gegevensbescherming of ander contactpunt',
      contactEmail: 'E-mailadres van het contactpunt',
      contactPhone: 'Telefoonnummer van het contactpunt',
      dpo: 'Functionaris voor gegevensbescherming aangesteld',
      reference: 'Interne referentie',
      caseNumber: 'Dossiernummer van de GBA',
      start: 'Begin van de inbreuk',
      end: 'Einde van de inbreuk',
      discovered: 'Ontdekt op',
      discoveryMethod: 'Wijze van ontdekking',
      aware: 'Kennisname (begin van de termijn van 72 uur)',
      due: 'Uiterste datum voor deel 1',
      delay: 'Redenen voor de vertraging (artikel 33, lid 1, AVG)',
      natureType: 'Type inbreuk',
      description: 'Omschrijving van wat er gebeurd is',
      origin: 'Oorsprong',
      originDetails: 'Toelichting bij de oorsprong',
      cause: 'Oorzaak',
      dataCategories: 'Categorieën van persoonsgegevens',
      special: 'Bijzondere categorieën of gerechtelijke gegevens (artikelen 9 en 10 AVG)',
      subjectCategories: 'Categorieën van betrokkenen',
      people: 'Benaderend aantal betrokkenen',
      records: 'Benaderend aantal betrokken persoonsgegevensregisters',
      encrypted: 'Waren de gegevens versleuteld?',
      encryptionDetails: 'Toelichting bij de versleuteling',
      likely: 'Waarschijnlijke gevolgen voor de betrokkenen',
      risk: 'Beoordeling van het risico',
      severity: 'Ernst volgens de ENISA-methode',
      taken: 'Genomen maatregelen om de inbreuk aan te pakken en de gevolgen te beperken',
      proposed: 'Voorgestelde maatregelen',
      informSubjects: 'Worden de betrokkenen ingelicht?',
      exception: 'Uitzondering van artikel 34, lid 3, AVG',
      letters: 'Mededelingen verstuurd',
      advice: 'Aanbevelingen aan de betrokkenen',
      memberStates: 'Betrokkenen in andere lidstaten',
      processors: 'Betrokken verwerkers',
      transfers: 'Betrokken doorgiften buiten de EER',
      systems: 'Betrokken systemen',
      activities: 'Betrokken verwerkingsactiviteiten',
      timeline: 'Tijdlijn',
      annexes: 'Bijlagen',
    },
    delayNotNeeded: 'Niet van toepassing: binnen de termijn gemeld',
    informed: (count, at) => `Ja: ${count} mededelingen verstuurd, de eerste op ${at}`,
    notInformedYet: 'Ja, de mededeling is nog niet verstuurd',
    notRequired: 'Nee',
    enisa: (e, severity) => `SE = DPC ${e.dpc} x EI ${e.ei} + CB ${e.cb} = ${e.score} (${severity})`,
    decided: (by, at) => `beslist door ${by} op ${at}`,
    annexes: 'Technische bijlagen kunnen in het Engels worden bezorgd.',
  },
  fr: {
    title: {
      1: 'Notification d’une violation de données à caractère personnel à l’Autorité de protection des données - partie 1',
      2: 'Notification d’une violation de données à caractère personnel à l’Autorité de protection des données - partie 2 (complément)',
    },
    intro: {
      1: 'Projet pour le formulaire de notification de l’APD, en application de l’article 33 du RGPD. Les champs « Non renseigné » doivent être complétés ou communiqués dans la partie 2 (article 33, paragraphe 4, du RGPD).',
      2: 'Projet pour la partie 2 de la notification, dans les 21 jours suivant la partie 1, avec les informations complémentaires sur l’ampleur, la cause, les conséquences et les mesures prises.',
    },
    notEntered: 'Non renseigné',
    none: 'Aucun',
    yes: 'Oui',
    no: 'Non',
    ongoing: 'Toujours en cours',
    notAssessed: 'Pas encore évalué',
    s: {
      controller: '1. Responsable du traitement et point de contact',
      timeline: '2. Chronologie',
      nature: '3. Nature de la violation',
      data: '4. Données et personnes concernées',
      consequences: '5. Conséquences probables',
      measures: '6. Mesures prises et proposées',
      subjects: '7. Communication aux personnes concernées',
      crossBorder: '8. Aspects transfrontaliers et sous-traitants',
      followUp: '9. Suivi et chronologie des événements et décisions',
    },
    f: {
      name: 'Nom',
      enterpriseNumber: 'Numéro d’entreprise',
      address: 'Adresse',
      contact: 'Délégué à la protection des données ou autre point de contact',
      contactEmail: 'Adresse e-mail du point de contact',
      contactPhone: 'Téléphone du point de contact',
      dpo: 'Délégué à la protection des données désigné',
      reference: 'Référence interne',
      caseNumber: 'Numéro de dossier de l’APD',
      start: 'Début de la violation',
      end: 'Fin de la violation',
      discovered: 'Découverte le',
      discoveryMethod: 'Mode de découverte',
      aware: 'Prise de connaissance (début du délai de 72 heures)',
      due: 'Date limite pour la partie 1',
      delay: 'Motifs du retard (article 33, paragraphe 1, du RGPD)',
      natureType: 'Type de violation',
      description: 'Description des faits',
      origin: 'Origine',
      originDetails: 'Précisions sur l’origine',
      cause: 'Cause',
      dataCategories: 'Catégories de données à caractère personnel',
      special: 'Catégories particulières ou données judiciaires (articles 9 et 10 du RGPD)',
      subjectCategories: 'Catégories de personnes concernées',
      people: 'Nombre approximatif de personnes concernées',
      records: 'Nombre approximatif d’enregistrements de données concernés',
      encrypted: 'Les données étaient-elles chiffrées ?',
      encryptionDetails: 'Précisions sur le chiffrement',
      likely: 'Conséquences probables pour les personnes concernées',
      risk: 'Évaluation du risque',
      severity: 'Gravité selon la méthode de l’ENISA',
      taken: 'Mesures prises pour remédier à la violation et en atténuer les effets',
      proposed: 'Mesures proposées',
      informSubjects: 'Les personnes concernées sont-elles informées ?',
      exception: 'Exception de l’article 34, paragraphe 3, du RGPD',
      letters: 'Communications envoyées',
      advice: 'Recommandations aux personnes concernées',
      memberStates: 'Personnes concernées dans d’autres États membres',
      processors: 'Sous-traitants concernés',
      transfers: 'Transferts hors EEE concernés',
      systems: 'Systèmes concernés',
      activities: 'Activités de traitement concernées',
      timeline: 'Chronologie',
      annexes: 'Annexes',
    },
    delayNotNeeded: 'Sans objet : notifiée dans le délai',
    informed: (count, at) => `Oui : ${count} communications envoyées, la première le ${at}`,
    notInformedYet: 'Oui, la communication n’a pas encore été envoyée',
    notRequired: 'Non',
    enisa: (e, severity) => `SE = DPC ${e.dpc} x EI ${e.ei} + CB ${e.cb} = ${e.score} (${severity})`,
    decided: (by, at) => `décidé par ${by} le ${at}`,
    annexes: 'Les annexes techniques peuvent être fournies en anglais.',
  },
  de: {
    title: {
      1: 'Meldung einer Verletzung des Schutzes personenbezogener Daten an die Datenschutzbehörde - Teil 1',
      2: 'Meldung einer Verletzung des Schutzes personenbezogener Daten an die Datenschutzbehörde - Teil 2 (Ergänzung)',
    },
    intro: {
      1: 'Entwurf für das Meldeformular der Datenschutzbehörde gemäß Artikel 33 DSGVO. Felder mit „Nicht angegeben“ sind vor der Meldung zu ergänzen oder in Teil 2 nachzureichen (Artikel 33 Absatz 4 DSGVO).',
      2: 'Entwurf für Teil 2 der Meldung, binnen 21 Tagen nach Teil 1, mit den ergänzenden Angaben zu Umfang, Ursache, Folgen und ergriffenen Maßnahmen.',
    },
    notEntered: 'Nicht angegeben',
    none: 'Keine',
    yes: 'Ja',
    no: 'Nein',
    ongoing: 'Dauert noch an',
    notAssessed: 'Noch nicht bewertet',
    s: {
      controller: '1. Verantwortlicher und Anlaufstelle',
      timeline: '2. Zeitlicher Ablauf',
      nature: '3. Art der Verletzung',
      data: '4. Betroffene Daten und Personen',
      consequences: '5. Wahrscheinliche Folgen',
      measures: '6. Ergriffene und vorgeschlagene Maßnahmen',
      subjects: '7. Benachrichtigung der betroffenen Personen',
      crossBorder: '8. Grenzüberschreitende Aspekte und Auftragsverarbeiter',
      followUp: '9. Weiterverfolgung und zeitlicher Ablauf der Ereignisse und Entscheidungen',
    },
    f: {
      name: 'Name',
      enterpriseNumber: 'Unternehmensnummer',
      address: 'Anschrift',
      contact: 'Datenschutzbeauftragter oder sonstige Anlaufstelle',
      contactEmail: 'E-Mail-Adresse der Anlaufstelle',
      contactPhone: 'Telefonnummer der Anlaufstelle',
      dpo: 'Datenschutzbeauftragter benannt',
      reference: 'Internes Aktenzeichen',
      caseNumber: 'Aktenzeichen der Datenschutzbehörde',
      start: 'Beginn der Verletzung',
      end: 'Ende der Verletzung',
      discovered: 'Entdeckt am',
      discoveryMethod: 'Art der Entdeckung',
      aware: 'Kenntnisnahme (Beginn der 72-Stunden-Frist)',
      due: 'Frist für Teil 1',
      delay: 'Gründe für die Verzögerung (Artikel 33 Absatz 1 DSGVO)',
      natureType: 'Art der Verletzung',
      description: 'Beschreibung des Vorfalls',
      origin: 'Ursprung',
      originDetails: 'Erläuterung zum Ursprung',
      cause: 'Ursache',
      dataCategories: 'Kategorien personenbezogener Daten',
      special: 'Besondere Kategorien oder strafrechtliche Daten (Artikel 9 und 10 DSGVO)',
      subjectCategories: 'Kategorien betroffener Personen',
      people: 'Ungefähre Zahl der betroffenen Personen',
      records: 'Ungefähre Zahl der betroffenen Datensätze',
      encrypted: 'Waren die Daten verschlüsselt?',
      encryptionDetails: 'Erläuterung zur Verschlüsselung',
      likely: 'Wahrscheinliche Folgen für die betroffenen Personen',
      risk: 'Risikobewertung',
      severity: 'Schweregrad nach der ENISA-Methode',
      taken: 'Ergriffene Maßnahmen zur Behebung der Verletzung und zur Abmilderung ihrer Folgen',
      proposed: 'Vorgeschlagene Maßnahmen',
      informSubjects: 'Werden die betroffenen Personen benachrichtigt?',
      exception: 'Ausnahme nach Artikel 34 Absatz 3 DSGVO',
      letters: 'Versandte Benachrichtigungen',
      advice: 'Empfehlungen an die betroffenen Personen',
      memberStates: 'Betroffene Personen in anderen Mitgliedstaaten',
      processors: 'Beteiligte Auftragsverarbeiter',
      transfers: 'Betroffene Übermittlungen außerhalb des EWR',
      systems: 'Betroffene Systeme',
      activities: 'Betroffene Verarbeitungstätigkeiten',
      timeline: 'Zeitlicher Ablauf',
      annexes: 'Anlagen',
    },
    delayNotNeeded: 'Entfällt: fristgerecht gemeldet',
    informed: (count, at) => `Ja: ${count} Benachrichtigungen versandt, die erste am ${at}`,
    notInformedYet: 'Ja, die Benachrichtigung ist noch nicht versandt',
    notRequired: 'Nein',
    enisa: (e, severity) => `SE = DPC ${e.dpc} x EI ${e.ei} + CB ${e.cb} = ${e.score} (${severity})`,
    decided: (by, at) => `entschieden von ${by} am ${at}`,
    annexes: 'Technische Anlagen können in englischer Sprache eingereicht werden.',
  },
}

const listOr = (items: readonly string[], empty: string) => (items.length === 0 ? empty : items.join('; '))

export function authorityDraft(ctx: DraftContext, part: 1 | 2, language: AuthorityLanguage): Draft {
  const w = FORM[language]
  const { facts, organisation: org } = ctx
  const given = (v: string | null | undefined) =>
    v === null || v === undefined || v === '' ? w.notEntered : v
  const field = (id: string, value: string, element?: RequiredElement): DraftField => ({
    id,
    label: w.f[id] ?? id,
    value,
    ...(element ? { element } : {}),
  })
  const late = ctx.part1FiledAt ? ctx.part1FiledAt > ctx.part1DueAt : false
  const decision = ctx.decision
  const informValue = (): string => {
    if (!decision || !ctx.obligations) return w.notAssessed
    if (ctx.obligations.informSubjects)
      return ctx.lettersSent.count > 0 && ctx.lettersSent.firstAt
        ? w.informed(ctx.lettersSent.count, formatInstant(ctx.lettersSent.firstAt))
        : w.notInformedYet
    return w.notRequired
  }
  const sections: DraftSection[] = [
    {
      id: 'controller',
      heading: w.s.controller ?? '',
      fields: [
        field('name', org.name),
        field('enterpriseNumber', given(org.enterpriseNumber)),
        field('address', given(org.address)),
        field('contact', given(org.contactName), 'art33_3_b'),
        field('contactEmail', given(org.contactEmail), 'art33_3_b'),
        field('contactPhone', given(org.contactPhone)),
        field('dpo', org.dpoAppointed ? w.yes : w.no),
        field('reference', ctx.reference),
        ...(part === 2 ? [field('caseNumber', given(ctx.caseNumber))] : []),
      ],
    },
    {
      id: 'timeline',
      heading: w.s.timeline ?? '',
      fields: [
        field('start', facts.occurredFrom ? formatInstant(new Date(facts.occurredFrom)) : w.notEntered),
        field(
          'end',
          facts.ongoing
            ? w.ongoing
            : facts.occurredUntil
              ? formatInstant(new Date(facts.occurredUntil))
              : w.notEntered,
        ),
        field('discovered', formatInstant(new Date(facts.discoveredAt))),
        field('discoveryMethod', given(facts.discoveryMethod)),
        field('aware', formatInstant(new Date(facts.awareAt))),
        field('due', formatInstant(ctx.part1DueAt)),
        field('delay', late ? given(ctx.delayReason) : ctx.delayReason ? ctx.delayReason : w.delayNotNeeded),
      ],
    },
    {
      id: 'nature',
      heading: w.s.nature ?? '',
      fields: [
        field('natureType', facts.nature.map((n) => NATURE_WORDS[language][n]).join('; '), 'art33_3_a'),
        field('description', facts.description, 'art33_3_a'),
        field('origin', ORIGIN_WORDS[language][facts.origin]),
        field('originDetails', given(facts.originDetails)),
        field('cause', CAUSE_WORDS[language][facts.cause]),
      ],
    },
    {
      id: 'data',
      heading: w.s.data ?? '',
      fields: [
        field(
          'dataCategories',
          listOr(facts.dataCategories.map(ctx.label.dataCategory), w.notEntered),
          'art33_3_a',
        ),
        field('special', listOr(ctx.specialCategories.map(ctx.label.dataCategory), w.none)),
        field(
          'subjectCategories',
          listOr(facts.subjectCategories.map(ctx.label.subjectCategory), w.notEntered),
          'art33_3_a',
        ),
        field(
          'people',
          facts.peopleApprox === undefined ? w.notEntered : String(facts.peopleApprox),
          'art33_3_a',
        ),
        field(
          'records',
          facts.recordsApprox === undefined ? w.notEntered : String(facts.recordsApprox),
          'art33_3_a',
        ),
        field('encrypted', facts.encrypted ? w.yes : w.no),
        field('encryptionDetails', given(facts.encryptionDetails)),
      ],
    },
    {
      id: 'consequences',
      heading: w.s.consequences ?? '',
      fields: [
        field('likely', given(facts.consequences), 'art33_3_c'),
        field(
          'risk',
          decision
            ? `${RISK_WORDS[language][decision.risk]} (${w.decided(decision.decidedBy, formatInstant(decision.decidedAt))}). ${decision.reasoning}`
            : w.notAssessed,
        ),
        field(
          'severity',
          ctx.enisa ? w.enisa(ctx.enisa, SEVERITY_WORDS[language][ctx.enisa.level]) : w.notAssessed,
        ),
      ],
    },
    {
      id: 'measures',
      heading: w.s.measures ?? '',
      fields: [
        field('taken', given(facts.measuresTaken), 'art33_3_d'),
        field('proposed', given(facts.measuresProposed), 'art33_3_d'),
      ],
    },
    {
      id: 'subjects',
      heading: w.s.subjects ?? '',
      fields: [
        field('informSubjects', informValue()),
        ...(decision?.exception
          ? [
              field(
                'exception',
                `${EXCEPTION_WORDS[language][decision.exception]}${decision.exceptionReasoning ? `. ${decision.exceptionReasoning}` : ''}`,
              ),
            ]
          : []),
        field('advice', given(facts.adviceToSubjects)),
      ],
    },
    {
      id: 'crossBorder',
      heading: w.s.crossBorder ?? '',
      fields: [
        field('memberStates', listOr(facts.otherMemberStates.map(ctx.label.country), w.none)),
        field('processors', listOr(facts.processors.map(ctx.label.vendor), w.none)),
        field(
          'transfers',
          listOr(
            facts.transfers.map((t) => `${t.recipient} (${ctx.label.country(t.country)})`),
            w.none,
          ),
        ),
      ],
    },
  ]
  if (part === 2) {
    sections.push({
      id: 'followUp',
      heading: w.s.followUp ?? '',
      fields: [
        field('systems', listOr(facts.systems.map(ctx.label.system), w.none)),
        field('activities', listOr(facts.activities.map(ctx.label.activity), w.none)),
        field(
          'timeline',
          ctx.timeline.length === 0
            ? w.none
            : ctx.timeline
                .map(
                  (e) =>
                    `${formatInstant(e.at)} - ${timelineWords(e, language)}${e.decidedBy ? ` (${w.decided(e.decidedBy, formatInstant(e.at))})` : ''}`,
                )
                .join('\n'),
        ),
        field('annexes', w.annexes),
      ],
    })
  }
  return { title: w.title[part], language, intro: w.intro[part], sections }
}

/** The draft as plain text, ready to paste field by field into the GBA's form. */
export function draftText(draft: Draft): string {
  const lines = [draft.title, '', draft.intro]
  for (const section of draft.sections) {
    lines.push('', section.heading, '-'.repeat(section.heading.length))
    for (const f of section.fields) {
      lines.push(f.value.includes('\n') ? `${f.label}:\n${f.value}` : `${f.label}: ${f.value}`)
    }
  }
  return `${lines.join('\n')}\n`
}
