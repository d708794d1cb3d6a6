import { textIn } from '../../../register/localized'
import type { LegalBasis } from '../../../register/schema'
import type { Inline } from '../../model'
import {
  joinInline,
  joinList,
  lowerFirst,
  mailto,
  runs,
  sentence,
  upperFirst,
  webLink,
  withoutFullStop,
} from '../../text'
import { addressIn, countryIn, dateIn, durationIn, frenchSpacing as t } from '../common'
import type {
  Address,
  Art9Phrases,
  BaseWording,
  IdentityWording,
  ProcessingWording,
  RecipientsWording,
  RetentionWording,
  SourcesWording,
  SummaryWording,
  TransfersWording,
  TriggerPhrases,
} from '../types'

/** Text the organisation wrote, continued after a colon (the composer has already adapted its first letter). */
export const cont = (text: string) => sentence(text)
export const list = (items: readonly string[]) => joinList(items, 'et')
export const lower = (items: readonly string[]) => items.map(lowerFirst)
export const quote = (text: string) => `«\u00a0${text}\u00a0»`
export const art = (ref: string) => `art. ${ref} RGPD`
/** "de Liberoo", "d'Acme": the preposition before a name, elided before a vowel. */
export const de = (name: string) =>
  /^[aeiouyàâäéèêëîïôöûüAEIOUYÀÂÉÈÊËÎÏÔÖÛÜ]/.test(name) ? `d'${name}` : `de ${name}`
const finalites = (labels: readonly string[]) =>
  `${labels.length > 1 ? 'finalités' : 'finalité'} ${list(labels.map(quote))}`
/** "la finalité « X »", "les finalités « X » et « Y »": purpose labels keep their own wording. */
export const purposesNamed = (labels: readonly string[]) =>
  `${labels.length > 1 ? 'les' : 'la'} ${finalites(labels)}`
/** "de la finalité « X »", "des finalités « X » et « Y »". */
export const ofPurposes = (labels: readonly string[]) =>
  `${labels.length > 1 ? 'des' : 'de la'} ${finalites(labels)}`
/** "à compter de la fin", "à compter du 1er janvier", "à compter de l'exécution". */
const fromEvent = (event: string) => {
  const text = lowerFirst(event)
  if (/^le /.test(text)) return `à compter du ${text.slice(3)}`
  if (/^les /.test(text)) return `à compter des ${text.slice(4)}`
  if (/^\d/.test(text)) return `à compter du ${text}`
  return `à compter ${de(text)}`
}
const seat = (a: Address) =>
  `${a.postalCode} ${a.city}, ${a.street}${a.country === 'BE' ? '' : `, ${countryIn(a.country, 'fr')}`}`

export const headings: BaseWording['headings'] = {
  introduction: 'Introduction',
  'who-we-are': t`Qui sommes-nous ?`,
  'personal-data': t`Quelles données traitons-nous et pourquoi ?`,
  sources: t`D'où proviennent vos données ?`,
  recipients: t`Avec qui partageons-nous vos données ?`,
  transfers: "Transferts en dehors de l'Espace économique européen",
  retention: t`Combien de temps conservons-nous vos données ?`,
  'your-rights': 'Vos droits',
  'right-to-object': "Votre droit d'opposition",
  'exercise-rights': t`Comment exercer vos droits ?`,
  complaints: 'Plaintes et recours',
  security: t`Comment protégeons-nous vos données ?`,
  cookies: 'Cookies',
  'other-websites': "Liens vers d'autres sites web",
  minors: 'Mineurs',
  changes: 'Modifications de la présente déclaration',
}

export const base: BaseWording = {
  language: 'fr',
  and: 'et',
  quote,
  duration: (d) => durationIn(d, 'fr', 'et'),
  date: (iso) => dateIn(iso, 'fr'),
  country: (code) => (code === undefined ? 'un pays qui ne nous est pas connu' : countryIn(code, 'fr')),
  address: (address) => addressIn(address, 'fr'),
  art,
  title: (organization) => `Déclaration de confidentialité ${de(organization)}`,
  summaryHeading: 'En bref',
  contentsHeading: 'Sommaire',
  languageLabel: 'Langue',
  headings,
  privacyContactHeading: (dpo) =>
    dpo ? 'Notre délégué à la protection des données' : 'Notre personne de contact pour la vie privée',
}

export const summary: SummaryWording = {
  controller: (name, email) => [
    `${name} est responsable du traitement de vos données à caractère personnel décrit dans la présente déclaration.`,
    ...(email ? [" Vous pouvez toujours nous joindre à l'adresse ", mailto(email), '.'] : []),
  ],
  purposes: () => [
    'Nous utilisons vos données uniquement pour les finalités décrites ci-dessous, toujours sur une base juridique appropriée, et ne les conservons pas plus longtemps que nécessaire.',
  ],
  sharing: ({ sellsData, transfers, countries, safeguarded }) =>
    runs([
      ...(sellsData === false ? ['Nous ne vendons pas vos données.'] : []),
      ...(transfers === 'none' ? ["Vos données restent dans l'Espace économique européen."] : []),
      ...(transfers === 'listed' && countries.length > 0
        ? [
            `Certaines données sont transférées en dehors de l'Espace économique européen (${list(countries)})${safeguarded ? ', chaque fois avec une garantie appropriée' : ''}.`,
          ]
        : []),
    ]),
  rights: ({ directMarketing, legitimate }) => {
    const against = [
      ...(directMarketing ? ['au marketing direct'] : []),
      ...(legitimate ? ['aux traitements fondés sur notre intérêt légitime'] : []),
    ]
    return [
      'Vous pouvez gratuitement consulter vos données, les faire rectifier ou les faire effacer',
      ...(against.length > 0
        ? [', et vous pouvez ', { link: '#right-to-object', text: 'vous opposer' }, ` ${list(against)}`]
        : []),
      ". Nous répondons dans un délai d'un mois.",
    ]
  },
  complaint: () => [
    "Si la manière dont nous traitons vos données ne vous satisfait pas, vous pouvez introduire une plainte auprès de l'Autorité de protection des données.",
  ],
}

const channels = (email?: string, phone?: string): Inline[][] => [
  ...(email ? [["par e-mail à l'adresse ", mailto(email)]] : []),
  ...(phone ? [[`par téléphone au ${phone}`]] : []),
]

export const identity: IdentityWording = {
  introduction: () => [
    'La présente déclaration de confidentialité explique quelles données à caractère personnel nous traitons, pourquoi et sur quelle base juridique, avec qui nous les partageons, combien de temps nous les conservons et quels sont vos droits.',
    "Nous traitons vos données conformément au règlement général sur la protection des données (RGPD) et à la loi belge du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements de données à caractère personnel. Nous ne collectons pas plus de données que nécessaire, nous ne les utilisons pas à des fins incompatibles avec celles décrites ici, nous veillons à leur exactitude et nous ne les conservons pas plus longtemps que nécessaire.",
  ],
  controller: ({ name, legalName, address, enterpriseNumber }) => {
    const details = [
      ...(address ? [`ayant son siège à ${seat(address)}`] : []),
      ...(enterpriseNumber ? [`numéro d'entreprise ${enterpriseNumber}`] : []),
    ]
    const hereafter = legalName && legalName !== name ? `${quote(name)} ou ${quote('nous')}` : quote('nous')
    return [
      `${legalName ?? name}${details.map((d) => `, ${d}`).join('')} (ci-après ${hereafter}), est le responsable du traitement des données à caractère personnel décrit dans la présente déclaration de confidentialité. Cela signifie que nous déterminons pourquoi et comment vos données sont traitées.`,
    ]
  },
  contact: ({ email, phone, website }) => {
    const parts = [...channels(email, phone), ...(website ? [['via notre site web ', webLink(website)]] : [])]
    return parts.length === 0 ? undefined : ['Vous pouvez nous joindre ', ...joinInline(parts, 'ou'), '.']
  },
  jointControllers: ({ partners, activities, arrangement }) => [
    [
      `Pour ${list(activities.map(quote))}, nous déterminons avec ${list(partners.map((p) => p.name))} pourquoi et comment vos données sont traitées. Nous sommes alors responsables conjoints du traitement (${art('26')}).`,
      ...partners.filter((p) => p.contact).map((p) => t` Coordonnées ${de(p.name)} : ${p.contact}.`),
    ],
    [
      arrangement
        ? t`Un accord entre nous détermine qui remplit quelles obligations. En voici l'essentiel : ${cont(arrangement)}`
        : 'Un accord entre nous détermine qui remplit quelles obligations, notamment qui vous informe et qui traite vos demandes. Nous vous en communiquons les grandes lignes sur demande.',
      ` Vous pouvez exercer vos droits auprès de chacun des responsables conjoints (${art('26.3')}).`,
    ],
  ],
  representative: ({ name, address, email }) => [
    `Notre représentant dans l'Union européenne (${art('27')}) est ${name}${address ? `, ${address}` : ''}`,
    ...(email ? [", joignable à l'adresse ", mailto(email)] : []),
    '.',
  ],
  processorScope: () =>
    "Pour une partie de nos services, nous traitons des données à caractère personnel pour le compte de nos clients, en tant que sous-traitant. Pour ces traitements, le client est le responsable du traitement et c'est sa propre déclaration de confidentialité qui s'applique, et non la présente. Nous transmettons au client concerné les demandes que nous recevons au sujet de ces données, et nous l'aidons à y répondre.",
  dpo: ({ name, email, phone }) => [
    [
      t`Nous avons désigné un délégué à la protection des données (DPO)${name ? t` : ${name}` : ''}. Le délégué veille au respect de la législation en matière de protection des données et est votre point de contact pour toute question relative au traitement de vos données et à vos droits.`,
    ],
    ...(email || phone
      ? [['Vous pouvez joindre le délégué ', ...joinInline(channels(email, phone), 'ou'), '.']]
      : []),
  ],
  privacyContact: ({ name, email, phone }) => [
    [
      `Pour toute question relative au traitement de vos données à caractère personnel et à vos droits, vous pouvez vous adresser à notre personne de contact pour la vie privée${name ? `, ${name}` : ''}`,
      ...(email || phone ? [', ', ...joinInline(channels(email, phone), 'ou')] : []),
      '.',
    ],
  ],
  noContactPerson: (email) => [
    [
      'Pour toute question relative au traitement de vos données à caractère personnel et à vos droits, vous pouvez vous adresser à nous',
      ...(email ? [" à l'adresse ", mailto(email)] : []),
      '.',
    ],
  ],
}

const ART9: Art9Phrases = {
  explicit_consent: `votre consentement explicite (${art('9.2.a')})`,
  employment_social_security: `la nécessité d'exécuter nos obligations et d'exercer nos droits en matière de droit du travail et de sécurité sociale (${art('9.2.b')})`,
  vital_interests: `la sauvegarde de vos intérêts vitaux ou de ceux d'une autre personne, lorsque vous êtes dans l'incapacité de donner votre consentement (${art('9.2.c')})`,
  not_for_profit_body: `nos activités de fondation ou d'association sans but lucratif, à l'égard de nos membres et de nos contacts réguliers (${art('9.2.d')})`,
  made_public_by_subject: `le fait que vous avez vous-même manifestement rendu ces données publiques (${art('9.2.e')})`,
  legal_claims: `la nécessité de constater, d'exercer ou de défendre un droit en justice (${art('9.2.f')})`,
  substantial_public_interest: `un motif d'intérêt public important prévu par la loi (${art('9.2.g')})`,
  health_care: `la médecine préventive ou la médecine du travail, sous la responsabilité d'un professionnel soumis au secret professionnel (${art('9.2.h')})`,
  public_health: `des motifs d'intérêt public dans le domaine de la santé publique (${art('9.2.i')})`,
  archiving_research_statistics: `l'archivage dans l'intérêt public, la recherche scientifique ou historique ou les statistiques (${art('9.2.j')})`,
}

const BASIS: Record<Exclude<LegalBasis, 'consent' | 'legitimate_interests' | 'legal_obligation'>, string> = {
  contract: `Nous traitons ces données parce que c'est nécessaire à l'exécution du contrat conclu avec vous ou à l'exécution de mesures précontractuelles prises à votre demande (${art('6.1.b')}).`,
  vital_interests: `Nous traitons ces données afin de sauvegarder vos intérêts vitaux ou ceux d'une autre personne (${art('6.1.d')}).`,
  public_task: `Nous traitons ces données parce que c'est nécessaire à l'exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique dont nous sommes investis (${art('6.1.e')}).`,
}

const REQUIREMENT = {
  statutory: {
    lead: 'La loi vous oblige à nous fournir les données suivantes',
    otherwise:
      'Sans ces données, nous ne pouvons pas respecter nos obligations légales et ne pouvons donc pas vous aider davantage.',
  },
  contractual: {
    lead: 'Le contrat vous oblige à nous fournir les données suivantes',
    otherwise: 'Sans ces données, nous ne pouvons pas exécuter le contrat.',
  },
  contract_precondition: {
    lead: 'Pour conclure un contrat avec nous, vous devez nous fournir les données suivantes',
    otherwise: 'Sans ces données, nous ne pouvons pas conclure de contrat avec vous.',
  },
}

export const processing: ProcessingWording = {
  intro: () =>
    'Nous traitons vos données à caractère personnel uniquement pour les finalités ci-dessous. Pour chaque finalité, vous trouverez les données que nous utilisons, les personnes concernées et la base juridique sur laquelle nous nous fondons.',
  data: (categories) => t`À cette fin, nous traitons les données suivantes : ${list(lower(categories))}.`,
  subjects: (subjects) => t`Ces données concernent les personnes suivantes : ${list(lower(subjects))}.`,
  basis: (b) => {
    switch (b.basis) {
      case undefined:
        return []
      case 'consent':
        return [
          t`Nous traitons ces données sur la base de votre consentement (${art('6.1.a')}). Vous pouvez le retirer à tout moment${b.withdrawal ? t` : ${cont(b.withdrawal)}` : '.'}`,
        ]
      case 'legal_obligation':
        return [
          `La loi nous oblige à traiter ces données (${art('6.1.c')})${b.law ? `, en vertu des dispositions suivantes\u00a0: ${b.law}` : ''}.`,
        ]
      case 'legitimate_interests':
        return [
          t`Nous nous fondons à cet égard sur notre intérêt légitime (${art('6.1.f')})${b.interest ? t` : ${cont(b.interest)}` : '.'}`,
          b.balancingTest
            ? t` Nous avons mis cet intérêt en balance avec vos intérêts et vos droits fondamentaux : ${cont(b.balancingTest)}`
            : t` Nous avons mis cet intérêt en balance avec vos intérêts et vos droits fondamentaux ; vous pouvez obtenir cette mise en balance sur demande.`,
        ]
      default:
        return [BASIS[b.basis]]
    }
  },
  basesIntro: () => t`Plusieurs bases juridiques s'appliquent :`,
  activityScope: (names) => t`Pour ${list(names.map(quote))} :`,
  requirement: (kind, categories, consequences) =>
    t`${REQUIREMENT[kind].lead} : ${list(lower(categories))}. ${consequences.length > 0 ? consequences.map(sentence).join(' ') : REQUIREMENT[kind].otherwise}`,
  optional: (scope, consequences) =>
    [
      scope === 'all'
        ? 'La fourniture de ces données est facultative.'
        : scope === 'rest'
          ? 'La fourniture des autres données est facultative.'
          : t`La fourniture des données suivantes est facultative : ${list(lower(scope))}.`,
      ...consequences.map(sentence),
    ].join(' '),
  special: ({ categories, conditions, details }) =>
    [
      t`Parmi ces données figurent des catégories particulières de données à caractère personnel (${art('9.1')}) : ${list(lower(categories))}.`,
      ...(conditions.length > 0
        ? [
            t`La loi n'en autorise le traitement qu'à des conditions strictes ; nous nous fondons sur ${list(conditions.map((c) => ART9[c]))}.`,
          ]
        : []),
      ...details.map((d) => t`Concrètement : ${cont(d)}`),
    ].join(' '),
  noSpecial: (special, criminal) =>
    `Nous ne traitons ${joinList(
      [
        ...(special
          ? [
              `aucune catégorie particulière de données à caractère personnel, comme des données de santé (${art('9.1')})`,
            ]
          : []),
        ...(criminal
          ? [`aucune donnée relative aux condamnations pénales et aux infractions (${art('10')})`]
          : []),
      ],
      'ni',
    )}.`,
  criminal: ({ bases }) =>
    `Nous traitons également des données relatives aux condamnations pénales et aux infractions, uniquement dans la mesure où la loi l'autorise (${art('10')})${bases.length > 0 ? `, en vertu des dispositions suivantes\u00a0: ${bases.join('\u00a0; ')}` : ''}.`,
  nationalNumber: (authorisations) =>
    `Nous n'utilisons votre numéro de registre national que parce que la loi nous y autorise, à savoir en vertu des dispositions suivantes\u00a0: ${authorisations.join('\u00a0; ')}.`,
}

export const sources: SourcesWording = {
  allFromYou: () =>
    'Toutes les données que nous traitons à votre sujet nous sont communiquées directement par vous.',
  intro: () =>
    t`Certaines données ne nous sont pas communiquées par vous, mais proviennent des sources suivantes :`,
  item: (source) => [
    { strong: source.name ?? (source.kind === 'public_source' ? 'Sources accessibles au public' : 'Tiers') },
    source.kind === 'public_source' && source.name ? ' (source accessible au public)' : '',
    t` : ${list(lower(source.categories))}.`,
  ],
  restFromYou: () => 'Toutes les autres données nous sont communiquées directement par vous.',
  timing: () =>
    `Lorsque nous n'obtenons pas des données auprès de vous, nous vous en informons dans un délai raisonnable et au plus tard dans le mois, ou au plus tard lors de notre premier contact avec vous ou de la première communication des données à un autre destinataire (${art('14.3')}).`,
}

export const recipients: RecipientsWording = {
  intro: () =>
    t`Nous ne communiquons vos données qu'à ceux qui en ont besoin pour les finalités décrites ci-dessus :`,
  none: () => 'Nous ne communiquons pas vos données à des tiers, sauf si la loi nous y oblige.',
  named: (names, exhaustive) =>
    `${exhaustive ? "Il s'agit" : "Il s'agit notamment"} ${list(names.map((n) => de(n.detail ? `${n.name} (${withoutFullStop(n.detail)})` : n.name)))}.`,
  detail: (purposes, detail) => t`Dans le cadre ${ofPurposes(purposes)} : ${cont(detail)}`,
  processors: (agreements) =>
    agreements
      ? `Nos sous-traitants, comme nos prestataires informatiques et d'hébergement, ne peuvent utiliser vos données que selon nos instructions. Nous avons conclu avec eux un contrat de sous-traitance qui les oblige à la confidentialité et à une sécurité appropriée (${art('28')}).`
      : `Nos sous-traitants, comme nos prestataires informatiques et d'hébergement, ne peuvent utiliser vos données que selon nos instructions (${art('28')}).`,
  neverSell: () => 'Nous ne vendons pas vos données.',
  onlyWithPermission: (listed) =>
    `${listed ? 'En dehors des destinataires mentionnés ci-dessus, nous' : 'Nous'} ne partageons vos données avec personne sans votre autorisation, sauf si une loi nous y oblige.`,
}

export const transfers: TransfersWording = {
  none: () =>
    t`Nous traitons vos données au sein de l'Espace économique européen (EEE : l'Union européenne, l'Islande, le Liechtenstein et la Norvège). Nous ne les transférons pas vers des pays situés en dehors de l'EEE ni à des organisations internationales.`,
  intro: (safeguarded) =>
    safeguarded
      ? t`Certains destinataires sont établis en dehors de l'Espace économique européen (EEE). La législation de ces pays n'offrant pas toujours la même protection, nous ne leur transférons vos données qu'avec une garantie appropriée (art. 44 à 49 RGPD) :`
      : t`Certains destinataires sont établis en dehors de l'Espace économique européen (EEE). Vous trouverez ci-dessous quelles données sont transférées, vers quel pays et sur quelle base (art. 44 à 49 RGPD) :`,
  unlisted: () =>
    "Une partie de vos données est transférée à des destinataires établis en dehors de l'Espace économique européen (EEE). Sur demande, nous vous indiquons à qui, vers quel pays et avec quelle garantie.",
  head: ['Pays', 'Destinataire', 'Garantie', 'Copie de la garantie'],
  safeguard: ({ safeguard, country, details }) => {
    const text =
      safeguard === 'adequacy'
        ? country === 'US'
          ? t`une décision d'adéquation de la Commission européenne (${art('45')}) : le cadre de protection des données UE-États-Unis (Data Privacy Framework), pour lequel le destinataire est certifié`
          : t`une décision d'adéquation de la Commission européenne (${art('45')}) : le pays offre un niveau de protection adéquat`
        : safeguard === 'standard_contractual_clauses'
          ? `les clauses contractuelles types adoptées par la Commission européenne (${art('46.2.c')})`
          : safeguard === 'binding_corporate_rules'
            ? `des règles d'entreprise contraignantes approuvées par une autorité de contrôle (${art('47')})`
            : safeguard === 'derogation'
              ? `une dérogation pour des situations particulières (${art('49')})`
              : ''
    return [text ? sentence(upperFirst(text)) : '', details ? sentence(details) : '']
      .filter(Boolean)
      .join(' ')
  },
  copy: ({ safeguard, country, copyAvailableAt }, email) => {
    if (copyAvailableAt) return [sentence(copyAvailableAt)]
    if (safeguard === 'adequacy') {
      return country === 'US'
        ? [
            t`Pas nécessaire : la liste des entreprises certifiées figure sur `,
            webLink('https://www.dataprivacyframework.gov'),
            '.',
          ]
        : [t`Pas nécessaire : la décision est publiée au Journal officiel de l'Union européenne.`]
    }
    if (safeguard === undefined) return []
    return email ? ["Sur demande, à l'adresse ", mailto(email), '.'] : ['Sur demande.']
  },
}

const TRIGGERS: TriggerPhrases = {
  collection: 'à compter de leur collecte',
  end_of_contract: 'à compter de la fin du contrat',
  end_of_relationship: "à compter de la fin de notre relation d'affaires",
  last_contact: 'à compter de notre dernier contact avec vous',
  invoice_date: "à compter de la clôture de l'exercice comptable auquel la facture se rapporte",
  end_of_warranty: 'à compter de la fin de la période de garantie',
  end_of_dispute: 'à compter de la clôture définitive du litige',
}

const ACTION = {
  delete: '',
  anonymise: " Nous les anonymisons ensuite, de sorte qu'elles ne permettent plus de vous identifier.",
  anonymise_or_delete:
    " Nous les effaçons ensuite, ou nous les anonymisons de sorte qu'elles ne permettent plus de vous identifier.",
  archive:
    " Nous les archivons ensuite à l'écart, avec un accès restreint, tant qu'une obligation légale ou une action en justice l'exige.",
}

/** Until the trigger event: a rule with openEnd until_event (no fixed number of years). */
const UNTIL: Readonly<
  Record<'end_of_contract' | 'end_of_relationship' | 'end_of_warranty' | 'end_of_dispute', string>
> = {
  end_of_contract: 'pendant toute la durée du contrat',
  end_of_relationship: "pendant toute la durée de notre relation d'affaires",
  end_of_warranty: 'aussi longtemps que la garantie court',
  end_of_dispute: "jusqu'au règlement définitif du litige",
}

/** "jusqu'au dernier paiement", "jusqu'à la réception du chantier". */
const untilEvent = (event: string) => {
  const text = lowerFirst(event)
  if (/^le /.test(text)) return `jusqu'au ${text.slice(3)}`
  if (/^les /.test(text)) return `jusqu'aux ${text.slice(4)}`
  if (/^\d/.test(text)) return `jusqu'au ${text}`
  return `jusqu'à ${text}`
}

export const retention: RetentionWording = {
  intro: (other) =>
    `Nous ne conservons pas vos données plus longtemps que nécessaire pour la finalité pour laquelle nous les traitons, ou aussi longtemps que la loi nous oblige à les conserver. Nous les effaçons ensuite${other ? ', sauf indication contraire ci-dessous' : ''}.`,
  period: (rule) => {
    const description = textIn(rule.triggerDescription, 'fr')
    if (rule.duration === undefined && rule.openEnd === 'until_event') {
      const statute = textIn(rule.statutoryReference, 'fr')
      const until =
        rule.trigger === 'custom'
          ? untilEvent(withoutFullStop(description ?? ''))
          : UNTIL[rule.trigger as keyof typeof UNTIL]
      return `${until}${statute ? ` (${statute})` : ''}`
    }
    const event =
      rule.trigger === 'custom'
        ? description
          ? fromEvent(withoutFullStop(description))
          : ''
        : TRIGGERS[rule.trigger]
    const statute = textIn(rule.statutoryReference, 'fr')
    const reference = statute ? ` (${statute})` : ''
    const length = rule.duration
      ? durationIn(rule.duration, 'fr', 'et')
      : 'la durée de conservation prévue par la loi'
    return `${length}${event ? ` ${event}` : ''}${reference}`
  },
  line: (categories, rule, consent) => {
    const period = retention.period(rule)
    const during = rule.openEnd === 'until_event' ? '' : 'pendant '
    const main =
      categories === 'all'
        ? `Nous conservons ces données ${during}${period}.`
        : t`${upperFirst(list(lower(categories)))} : nous les conservons ${during}${period}.`
    const renewal =
      consent && rule.consentRenewable
        ? t` Ce délai ne peut être prolongé qu'avec votre nouveau consentement ; si vous retirez votre consentement plus tôt, nous effaçons les données.`
        : ''
    return `${main}${ACTION[rule.action]}${renewal}`
  },
  fallback: () => 'Nous ne conservons pas ces données plus longtemps que nécessaire pour cette finalité.',
  disputes: (after) =>
    `En cas de litige, nous pouvons conserver plus longtemps les données nécessaires, jusqu'à ce que le litige soit définitivement réglé${after ? `, puis pendant encore ${durationIn(after, 'fr', 'et')}` : ''}.`,
}
