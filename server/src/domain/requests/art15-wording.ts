import type { Language } from '../register/localized'
import { gdprArticle } from './articles'
import { AUTHORITY_NAME } from './authority'

/** The fixed sentences of the Art. 15(1)-(2) information, per language. Register content is inserted as text. */
export interface Art15Wording {
  readonly headings: Readonly<Record<Art15SectionId, string>>
  readonly purposesIntro: string
  readonly categoriesIntro: string
  readonly recipientsIntro: string
  readonly noRecipients: string
  readonly transfersIntro: string
  readonly retentionIntro: string
  /** Where the register names no retention rule for an activity: the criterion. */
  readonly retentionCriterion: string
  readonly startingPoint: string
  readonly rights: readonly string[]
  readonly complaint: string
  readonly sourceIntro: string
  readonly allFromSubject: string
  readonly automatedIntro: string
  readonly automatedLogic: string
  readonly automatedConsequences: string
  readonly automatedRights: string
  readonly noAutomatedDecisions: string
  readonly profilingOnly: (activities: string) => string
}

export type Art15SectionId =
  | 'purposes'
  | 'categories'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'rights'
  | 'complaint'
  | 'source'
  | 'automated_decisions'

const a = (provision: string, language: Language) => gdprArticle(provision, language)

export const ART15_WORDING: Readonly<Record<Language, Art15Wording>> = {
  nl: {
    headings: {
      purposes: 'Doeleinden en rechtsgronden',
      categories: 'Categorieën van persoonsgegevens',
      recipients: 'Ontvangers',
      transfers: 'Doorgifte buiten de Europese Economische Ruimte',
      retention: 'Bewaartermijnen',
      rights: 'Uw rechten',
      complaint: 'Klacht bij de toezichthoudende autoriteit',
      source: 'Herkomst van de gegevens',
      automated_decisions: 'Geautomatiseerde besluitvorming',
    },
    purposesIntro: 'Wij verwerken uw persoonsgegevens voor de volgende doeleinden:',
    categoriesIntro: 'Wij verwerken de volgende categorieën van persoonsgegevens over u:',
    recipientsIntro:
      'Uw persoonsgegevens worden of kunnen worden verstrekt aan de volgende (categorieën van) ontvangers:',
    noRecipients: 'Wij verstrekken uw persoonsgegevens niet aan ontvangers buiten onze organisatie.',
    transfersIntro: `Een deel van uw persoonsgegevens wordt doorgegeven aan ontvangers buiten de Europese Economische Ruimte, met de volgende passende waarborgen (${a('15.2', 'nl')}):`,
    retentionIntro:
      'Wij bewaren uw persoonsgegevens niet langer dan nodig. Daarbij gelden de volgende termijnen:',
    retentionCriterion: 'zolang dat nodig is voor het doeleinde van de verwerking',
    startingPoint: 'vertrekpunt',
    rights: [
      `U kunt ons vragen onjuiste gegevens te verbeteren (${a('16', 'nl')}), uw gegevens te wissen (${a('17', 'nl')}) of de verwerking ervan te beperken (${a('18', 'nl')}).`,
      `U kunt bezwaar maken tegen een verwerking op grond van ons gerechtvaardigd belang, om redenen die verband houden met uw specifieke situatie, en altijd tegen direct marketing (${a('21', 'nl')}).`,
      `Berust een verwerking op uw toestemming of op een overeenkomst met u, dan kunt u de gegevens die u ons zelf hebt verstrekt in een machineleesbare vorm ontvangen (${a('20', 'nl')}). Een toestemming kunt u altijd intrekken, zonder dat dit afbreuk doet aan de rechtmatigheid van de verwerking daarvoor (${a('7.3', 'nl')}).`,
    ],
    complaint: `U hebt het recht klacht in te dienen bij de ${AUTHORITY_NAME.nl} (${a('77', 'nl')}):`,
    sourceIntro: 'Niet al uw gegevens werden bij u zelf verkregen. De overige gegevens zijn afkomstig van:',
    allFromSubject: 'Wij hebben al deze gegevens rechtstreeks bij u verkregen.',
    automatedIntro: 'Wij nemen beslissingen over u die uitsluitend op geautomatiseerde verwerking berusten:',
    automatedLogic: 'onderliggende logica',
    automatedConsequences: 'gevolgen voor u',
    automatedRights: `U hebt het recht op menselijke tussenkomst, het recht uw standpunt kenbaar te maken en het recht de beslissing aan te vechten (${a('22.3', 'nl')}).`,
    noAutomatedDecisions: `Wij nemen over u geen beslissingen die uitsluitend op geautomatiseerde verwerking, met inbegrip van profilering, berusten en die rechtsgevolgen hebben of u anderszins in aanmerkelijke mate treffen (${a('22', 'nl')}).`,
    profilingOnly: (activities) =>
      `Voor ${activities} stellen wij wel profielen op, maar wij nemen op basis daarvan geen beslissingen die u in aanmerkelijke mate treffen.`,
  },
  fr: {
    headings: {
      purposes: 'Finalités et bases juridiques',
      categories: 'Catégories de données à caractère personnel',
      recipients: 'Destinataires',
      transfers: "Transferts en dehors de l'Espace économique européen",
      retention: 'Durées de conservation',
      rights: 'Vos droits',
      complaint: "Plainte auprès de l'autorité de contrôle",
      source: 'Source des données',
      automated_decisions: 'Prise de décision automatisée',
    },
    purposesIntro: 'Nous traitons vos données à caractère personnel pour les finalités suivantes\u00a0:',
    categoriesIntro:
      'Nous traitons les catégories suivantes de données à caractère personnel vous concernant\u00a0:',
    recipientsIntro:
      'Vos données à caractère personnel sont ou peuvent être communiquées aux (catégories de) destinataires suivants\u00a0:',
    noRecipients:
      'Nous ne communiquons pas vos données à caractère personnel à des destinataires extérieurs à notre organisation.',
    transfersIntro: `Une partie de vos données à caractère personnel est transférée à des destinataires situés en dehors de l'Espace économique européen, moyennant les garanties appropriées suivantes (${a('15.2', 'fr')})\u00a0:`,
    retentionIntro:
      "Nous ne conservons pas vos données à caractère personnel plus longtemps que nécessaire. Les durées suivantes s'appliquent\u00a0:",
    retentionCriterion: 'aussi longtemps que nécessaire à la finalité du traitement',
    startingPoint: 'point de départ',
    rights: [
      `Vous pouvez nous demander de rectifier des données inexactes (${a('16', 'fr')}), d'effacer vos données (${a('17', 'fr')}) ou d'en limiter le traitement (${a('18', 'fr')}).`,
      `Vous pouvez vous opposer, pour des raisons tenant à votre situation particulière, à un traitement fondé sur notre intérêt légitime, et à tout moment au marketing direct (${a('21', 'fr')}).`,
      `Lorsqu'un traitement repose sur votre consentement ou sur un contrat conclu avec vous, vous pouvez recevoir, dans un format lisible par machine, les données que vous nous avez fournies (${a('20', 'fr')}). Vous pouvez retirer votre consentement à tout moment, sans que cela compromette la licéité du traitement effectué avant ce retrait (${a('7.3', 'fr')}).`,
    ],
    complaint: `Vous avez le droit d'introduire une plainte auprès de l'${AUTHORITY_NAME.fr} (${a('77', 'fr')})\u00a0:`,
    sourceIntro:
      "Toutes vos données n'ont pas été obtenues auprès de vous. Les autres données proviennent de\u00a0:",
    allFromSubject: 'Nous avons obtenu toutes ces données directement auprès de vous.',
    automatedIntro:
      'Nous prenons à votre égard des décisions fondées exclusivement sur un traitement automatisé\u00a0:',
    automatedLogic: 'logique sous-jacente',
    automatedConsequences: 'conséquences pour vous',
    automatedRights: `Vous avez le droit d'obtenir une intervention humaine, d'exprimer votre point de vue et de contester la décision (${a('22.3', 'fr')}).`,
    noAutomatedDecisions: `Nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire (${a('22', 'fr')}).`,
    profilingOnly: (activities) =>
      `Pour ${activities}, nous établissons des profils, mais nous ne prenons sur cette base aucune décision vous affectant de manière significative.`,
  },
  en: {
    headings: {
      purposes: 'Purposes and legal bases',
      categories: 'Categories of personal data',
      recipients: 'Recipients',
      transfers: 'Transfers outside the European Economic Area',
      retention: 'Retention periods',
      rights: 'Your rights',
      complaint: 'Complaint to the supervisory authority',
      source: 'Source of the data',
      automated_decisions: 'Automated decision-making',
    },
    purposesIntro: 'We process your personal data for the following purposes:',
    categoriesIntro: 'We process the following categories of personal data about you:',
    recipientsIntro:
      'Your personal data is or may be disclosed to the following recipients or categories of recipients:',
    noRecipients: 'We do not disclose your personal data to recipients outside our organisation.',
    transfersIntro: `Some of your personal data is transferred to recipients outside the European Economic Area, with the following appropriate safeguards (${a('15.2', 'en')}):`,
    retentionIntro: 'We keep your personal data no longer than necessary. The following periods apply:',
    retentionCriterion: 'as long as necessary for the purpose of the processing',
    startingPoint: 'starting point',
    rights: [
      `You may ask us to rectify inaccurate data (${a('16', 'en')}), to erase your data (${a('17', 'en')}) or to restrict its processing (${a('18', 'en')}).`,
      `You may object, on grounds relating to your particular situation, to processing based on our legitimate interests, and at any time to direct marketing (${a('21', 'en')}).`,
      `Where processing is based on your consent or on a contract with you, you may receive the data you provided to us in a machine-readable format (${a('20', 'en')}). You may withdraw your consent at any time, without affecting the lawfulness of processing before the withdrawal (${a('7.3', 'en')}).`,
    ],
    complaint: `You have the right to lodge a complaint with the ${AUTHORITY_NAME.en} (${a('77', 'en')}):`,
    sourceIntro: 'Not all of your data was obtained from you. The other data comes from:',
    allFromSubject: 'We obtained all of this data directly from you.',
    automatedIntro: 'We take decisions about you based solely on automated processing:',
    automatedLogic: 'logic involved',
    automatedConsequences: 'consequences for you',
    automatedRights: `You have the right to obtain human intervention, to express your point of view and to contest the decision (${a('22.3', 'en')}).`,
    noAutomatedDecisions: `We take no decisions about you based solely on automated processing, including profiling, which produce legal effects concerning you or similarly significantly affect you (${a('22', 'en')}).`,
    profilingOnly: (activities) =>
      `For ${activities} we do create profiles, but we take no decisions on that basis that significantly affect you.`,
  },
}
