import type { Labels } from '../register/localized'
import type { GdprProvision } from './articles'

/**
 * The rights a data subject can exercise with one request (Art. 15-22 and 7(3) GDPR), as the sample privacy
 * policies promise them. One request may combine several. Keys are stored: never rename one.
 */
export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection_direct_marketing',
  'objection_legitimate_interest',
  'withdraw_consent',
  'stop_contact',
] as const
export type RequestType = (typeof REQUEST_TYPES)[number]

export interface RequestTypeInfo {
  /** The provision the right rests on, e.g. '15' or '21.3'. */
  readonly article: GdprProvision
  /** The name of the right, as a list item or heading. */
  readonly label: Labels
  /** One sentence saying what the subject obtains. */
  readonly help: Labels
}

export const REQUEST_TYPE_INFO: Readonly<Record<RequestType, RequestTypeInfo>> = {
  access: {
    article: '15',
    label: { nl: 'Recht op inzage', fr: "Droit d'accès", en: 'Right of access' },
    help: {
      nl: 'Weten of wij gegevens over u verwerken, een kopie ervan krijgen en uitleg over wat wij ermee doen.',
      fr: 'Savoir si nous traitons des données vous concernant, en obtenir une copie et des explications sur leur traitement.',
      en: 'Knowing whether we process data about you, receiving a copy and an explanation of what we do with it.',
    },
  },
  rectification: {
    article: '16',
    label: { nl: 'Recht op verbetering', fr: 'Droit de rectification', en: 'Right to rectification' },
    help: {
      nl: 'Onjuiste gegevens laten verbeteren en onvolledige gegevens laten aanvullen.',
      fr: 'Faire rectifier les données inexactes et compléter les données incomplètes.',
      en: 'Having inaccurate data corrected and incomplete data completed.',
    },
  },
  erasure: {
    article: '17',
    label: { nl: 'Recht op gegevenswissing', fr: "Droit à l'effacement", en: 'Right to erasure' },
    help: {
      nl: 'Uw gegevens laten wissen, behalve wat wij wettelijk moeten of mogen bewaren.',
      fr: 'Faire effacer vos données, sauf celles que la loi nous oblige ou nous autorise à conserver.',
      en: 'Having your data erased, except what the law requires or allows us to keep.',
    },
  },
  restriction: {
    article: '18',
    label: {
      nl: 'Recht op beperking van de verwerking',
      fr: 'Droit à la limitation du traitement',
      en: 'Right to restriction of processing',
    },
    help: {
      nl: 'Uw gegevens tijdelijk laten bewaren zonder dat wij ze verder gebruiken.',
      fr: 'Faire conserver temporairement vos données sans que nous les utilisions davantage.',
      en: 'Having your data kept for a time without our using it any further.',
    },
  },
  portability: {
    article: '20',
    label: {
      nl: 'Recht op overdraagbaarheid van gegevens',
      fr: 'Droit à la portabilité des données',
      en: 'Right to data portability',
    },
    help: {
      nl: 'De gegevens die u ons zelf hebt verstrekt, in een machineleesbare vorm ontvangen of laten doorgeven.',
      fr: 'Recevoir, dans un format lisible par machine, les données que vous nous avez fournies, ou les faire transmettre.',
      en: 'Receiving the data you gave us in a machine-readable format, or having it passed on.',
    },
  },
  objection_direct_marketing: {
    article: '21.3',
    label: {
      nl: 'Bezwaar tegen direct marketing',
      fr: 'Opposition au marketing direct',
      en: 'Objection to direct marketing',
    },
    help: {
      nl: 'Uw gegevens niet langer laten gebruiken voor direct marketing en de profilering die ermee verband houdt; dit bezwaar wordt altijd ingewilligd.',
      fr: 'Ne plus voir vos données utilisées à des fins de marketing direct ni pour le profilage qui y est lié ; cette opposition est toujours accueillie.',
      en: 'Stopping the use of your data for direct marketing and related profiling; this objection is always honoured.',
    },
  },
  objection_legitimate_interest: {
    article: '21.1',
    label: {
      nl: 'Bezwaar tegen een verwerking op grond van een gerechtvaardigd belang',
      fr: 'Opposition à un traitement fondé sur un intérêt légitime',
      en: 'Objection to processing based on legitimate interests',
    },
    help: {
      nl: 'Om redenen die met uw situatie verband houden een verwerking laten stoppen, tenzij dwingende gerechtvaardigde gronden zwaarder wegen.',
      fr: 'Faire cesser un traitement pour des raisons tenant à votre situation, sauf motifs légitimes et impérieux qui prévalent.',
      en: 'Stopping processing for reasons relating to your situation, unless compelling legitimate grounds override them.',
    },
  },
  withdraw_consent: {
    article: '7.3',
    label: {
      nl: 'Intrekking van uw toestemming',
      fr: 'Retrait de votre consentement',
      en: 'Withdrawal of your consent',
    },
    help: {
      nl: 'Een gegeven toestemming intrekken; wat vóór de intrekking gebeurde, blijft rechtmatig.',
      fr: 'Retirer un consentement donné ; le traitement effectué avant le retrait reste licite.',
      en: 'Withdrawing consent you gave; processing before the withdrawal remains lawful.',
    },
  },
  stop_contact: {
    article: '21.3',
    label: {
      nl: 'Niet langer gecontacteerd worden',
      fr: 'Ne plus être contacté',
      en: 'No longer being contacted',
    },
    help: {
      nl: 'Via geen enkel kanaal nog voor commerciële doeleinden gecontacteerd worden (opname in onze interne uitsluitingslijst).',
      fr: "Ne plus être contacté à des fins commerciales, par aucun canal (inscription sur notre liste interne d'exclusion).",
      en: 'No longer being contacted for commercial purposes through any channel (entry on our internal suppression list).',
    },
  },
}

/** How a request reached the organisation; staff enter all but the portal, with the original attached. */
export const REQUEST_CHANNELS = [
  'portal',
  'email',
  'phone',
  'letter',
  'in_person',
  'social_media',
  'web_form',
] as const
export type RequestChannel = (typeof REQUEST_CHANNELS)[number]

export const REQUEST_CHANNEL_LABELS: Readonly<Record<RequestChannel, Labels>> = {
  portal: { nl: 'Online formulier', fr: 'Formulaire en ligne', en: 'Online form' },
  email: { nl: 'E-mail', fr: 'E-mail', en: 'Email' },
  phone: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone' },
  letter: { nl: 'Brief', fr: 'Courrier', en: 'Letter' },
  in_person: {
    nl: 'Persoonlijk, aan het onthaal',
    fr: "En personne, à l'accueil",
    en: 'In person, at the office',
  },
  social_media: { nl: 'Sociale media', fr: 'Réseaux sociaux', en: 'Social media' },
  web_form: {
    nl: 'Contactformulier op onze website',
    fr: 'Formulaire de contact de notre site',
    en: 'Contact form on our website',
  },
}

export function isRequestType(value: string): value is RequestType {
  return (REQUEST_TYPES as readonly string[]).includes(value)
}

export function isRequestChannel(value: string): value is RequestChannel {
  return (REQUEST_CHANNELS as readonly string[]).includes(value)
}
