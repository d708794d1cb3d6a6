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
import { addressIn, countryIn, dateIn, durationIn } from '../common'
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
const cont = (text: string) => sentence(text)
const list = (items: readonly string[]) => joinList(items, 'en')
const lower = (items: readonly string[]) => items.map(lowerFirst)
const quote = (text: string) => `“${text}”`
/**
 * Purpose labels inside a sentence: lower-cased, or quoted when a label contains "en" itself ("direct marketing en
 * nieuwsbrieven"), so that the list still reads unambiguously.
 */
export const purposeList = (labels: readonly string[]) =>
  labels.length > 1 && labels.some((l) => / en /.test(l)) ? list(labels.map(quote)) : list(lower(labels))
const art = (ref: string) => `art. ${ref} AVG`
/** The registered office as Belgian deeds write it: "9000 Gent, Kerkstraat 1". */
const seat = (a: Address) =>
  `${a.postalCode} ${a.city}, ${a.street}${a.country === 'BE' ? '' : `, ${countryIn(a.country, 'nl')}`}`

export const headings: BaseWording['headings'] = {
  introduction: 'Inleiding',
  'who-we-are': 'Wie zijn wij?',
  'personal-data': 'Welke gegevens verwerken wij en waarom?',
  sources: 'Waar komen uw gegevens vandaan?',
  recipients: 'Met wie delen wij uw gegevens?',
  transfers: 'Doorgifte buiten de Europese Economische Ruimte',
  retention: 'Hoe lang bewaren wij uw gegevens?',
  'your-rights': 'Uw rechten',
  'right-to-object': 'Uw recht van bezwaar',
  'exercise-rights': 'Hoe oefent u uw rechten uit?',
  complaints: 'Klachten',
  security: 'Hoe beveiligen wij uw gegevens?',
  cookies: 'Cookies',
  'other-websites': 'Links naar andere websites',
  minors: 'Minderjarigen',
  changes: 'Wijzigingen van deze privacyverklaring',
}

export const base: BaseWording = {
  language: 'nl',
  and: 'en',
  quote,
  duration: (d) => durationIn(d, 'nl', 'en'),
  date: (iso) => dateIn(iso, 'nl'),
  country: (code) => (code === undefined ? 'een land dat ons niet bekend is' : countryIn(code, 'nl')),
  address: (address) => addressIn(address, 'nl'),
  art,
  title: (organization) => `Privacyverklaring van ${organization}`,
  summaryHeading: 'In het kort',
  contentsHeading: 'Inhoud',
  languageLabel: 'Taal',
  headings,
  privacyContactHeading: (dpo) =>
    dpo ? 'Onze functionaris voor gegevensbescherming' : 'Onze contactpersoon voor privacy',
}

export const summary: SummaryWording = {
  controller: (name, email) => [
    `${name} is verantwoordelijk voor de verwerking van uw persoonsgegevens die in deze verklaring beschreven wordt.`,
    ...(email ? [' U kunt ons altijd bereiken via ', mailto(email), '.'] : []),
  ],
  purposes: () => [
    'Wij gebruiken uw gegevens alleen voor de doeleinden die wij hieronder beschrijven, telkens op een wettelijke grondslag, en bewaren ze niet langer dan nodig.',
  ],
  sharing: ({ sellsData, transfers, countries, safeguarded }) =>
    runs([
      ...(sellsData === false ? ['Wij verkopen uw gegevens niet.'] : []),
      ...(transfers === 'none' ? ['Uw gegevens blijven binnen de Europese Economische Ruimte.'] : []),
      ...(transfers === 'listed' && countries.length > 0
        ? [
            `Sommige gegevens gaan naar landen buiten de Europese Economische Ruimte (${list(countries)})${safeguarded ? ', telkens met een passende waarborg' : ''}.`,
          ]
        : []),
    ]),
  rights: ({ directMarketing, legitimate }) => {
    const against = [
      ...(directMarketing ? ['direct marketing'] : []),
      ...(legitimate ? ['verwerkingen op basis van ons gerechtvaardigd belang'] : []),
    ].map((item) => `tegen ${item}`)
    return [
      'U kunt uw gegevens kosteloos inzien, laten verbeteren of laten wissen',
      ...(against.length > 0
        ? [', en u kunt ', { link: '#right-to-object', text: 'bezwaar maken' }, ` ${list(against)}`]
        : []),
      '. Wij antwoorden binnen een maand.',
    ]
  },
  complaint: () => [
    'Bent u niet tevreden over hoe wij met uw gegevens omgaan, dan kunt u klacht indienen bij de Gegevensbeschermingsautoriteit.',
  ],
}

const channels = (email?: string, phone?: string): Inline[][] => [
  ...(email ? [['per e-mail via ', mailto(email)]] : []),
  ...(phone ? [[`telefonisch op ${phone}`]] : []),
]

export const identity: IdentityWording = {
  introduction: () => [
    'In deze privacyverklaring leggen wij uit welke persoonsgegevens wij verwerken, waarom en op welke rechtsgrond wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten u hebt.',
    'Wij verwerken uw gegevens in overeenstemming met de Algemene Verordening Gegevensbescherming (AVG) en de Belgische wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens. Wij verzamelen niet meer gegevens dan nodig, gebruiken ze niet voor doeleinden die onverenigbaar zijn met de doeleinden die wij hier beschrijven, houden ze juist en bewaren ze niet langer dan nodig.',
  ],
  controller: ({ name, legalName, address, enterpriseNumber }) => {
    const details = [
      ...(address ? [`met zetel te ${seat(address)}`] : []),
      ...(enterpriseNumber
        ? [`ingeschreven in de Kruispuntbank van Ondernemingen onder het nummer ${enterpriseNumber}`]
        : []),
    ]
    const hereafter = legalName && legalName !== name ? `${quote(name)} of ${quote('wij')}` : quote('wij')
    return [
      `${legalName ?? name}${details.length > 0 ? `, ${details.join(', en ')}` : ''} (hierna ${hereafter}), is de verwerkingsverantwoordelijke voor de verwerking van persoonsgegevens die in deze privacyverklaring beschreven wordt. Dat betekent dat wij bepalen waarvoor en hoe uw gegevens verwerkt worden.`,
    ]
  },
  contact: ({ email, phone, website }) => {
    const parts = [...channels(email, phone), ...(website ? [['via onze website ', webLink(website)]] : [])]
    return parts.length === 0 ? undefined : ['U kunt ons bereiken ', ...joinInline(parts, 'of'), '.']
  },
  jointControllers: ({ partners, activities, arrangement }) => [
    [
      `Voor ${list(activities.map(quote))} bepalen wij samen met ${list(partners.map((p) => p.name))} waarvoor en hoe uw gegevens verwerkt worden. Wij zijn daarvoor gezamenlijk verwerkingsverantwoordelijken (${art('26')}).`,
      ...partners.filter((p) => p.contact).map((p) => ` U kunt ${p.name} bereiken via ${p.contact}.`),
    ],
    [
      arrangement
        ? `In een onderlinge regeling hebben wij vastgelegd wie welke verplichtingen nakomt. De wezenlijke inhoud daarvan is de volgende: ${cont(arrangement)}`
        : 'In een onderlinge regeling hebben wij vastgelegd wie welke verplichtingen nakomt, in het bijzonder wie u informeert en wie uw verzoeken behandelt. Op verzoek bezorgen wij u de wezenlijke inhoud van die regeling.',
      ` U kunt uw rechten uitoefenen bij elk van de gezamenlijk verwerkingsverantwoordelijken (${art('26.3')}).`,
    ],
  ],
  representative: ({ name, address, email }) => [
    `Onze vertegenwoordiger in de Europese Unie (${art('27')}) is ${name}${address ? `, ${address}` : ''}`,
    ...(email ? [', bereikbaar via ', mailto(email)] : []),
    '.',
  ],
  processorScope: () =>
    'Voor een deel van onze dienstverlening verwerken wij persoonsgegevens in opdracht van onze klanten, als verwerker. Voor die verwerkingen is de klant de verwerkingsverantwoordelijke en geldt diens privacyverklaring, niet deze. Verzoeken die wij over zulke gegevens ontvangen, bezorgen wij aan de betrokken klant, en wij helpen die klant om ze te beantwoorden.',
  dpo: ({ name, email, phone }) => [
    [
      `Wij hebben een functionaris voor gegevensbescherming (DPO) aangesteld${name ? `: ${name}` : ''}. De functionaris ziet erop toe dat wij de privacywetgeving naleven en is uw aanspreekpunt voor alle vragen over de verwerking van uw gegevens en over uw rechten.`,
    ],
    ...(email || phone
      ? [['U bereikt de functionaris ', ...joinInline(channels(email, phone), 'of'), '.']]
      : []),
  ],
  privacyContact: ({ name, email, phone }) => [
    [
      `Voor alle vragen over de verwerking van uw persoonsgegevens en over uw rechten kunt u terecht bij onze contactpersoon voor privacy${name ? `, ${name}` : ''}`,
      ...(email || phone ? [', ', ...joinInline(channels(email, phone), 'of')] : []),
      '.',
    ],
  ],
  noContactPerson: (email) => [
    [
      'Voor alle vragen over de verwerking van uw persoonsgegevens en over uw rechten kunt u bij ons terecht',
      ...(email ? [' via ', mailto(email)] : []),
      '.',
    ],
  ],
}

export const ART9: Art9Phrases = {
  explicit_consent: `uw uitdrukkelijke toestemming (${art('9.2.a')})`,
  employment_social_security: `de noodzaak om onze verplichtingen na te komen en onze rechten uit te oefenen op het gebied van het arbeidsrecht en de sociale zekerheid (${art('9.2.b')})`,
  vital_interests: `de bescherming van uw vitale belangen of die van een ander, wanneer u niet in staat bent uw toestemming te geven (${art('9.2.c')})`,
  not_for_profit_body: `onze werking als vereniging of stichting zonder winstoogmerk, ten aanzien van onze leden en vaste contacten (${art('9.2.d')})`,
  made_public_by_subject: `het feit dat u die gegevens zelf kennelijk openbaar hebt gemaakt (${art('9.2.e')})`,
  legal_claims: `de noodzaak om een rechtsvordering in te stellen, uit te oefenen of te onderbouwen (${art('9.2.f')})`,
  substantial_public_interest: `een zwaarwegend algemeen belang dat bij wet is vastgesteld (${art('9.2.g')})`,
  health_care: `preventieve geneeskunde of arbeidsgeneeskunde, onder de verantwoordelijkheid van een beroepsbeoefenaar met beroepsgeheim (${art('9.2.h')})`,
  public_health: `redenen van algemeen belang op het gebied van de volksgezondheid (${art('9.2.i')})`,
  archiving_research_statistics: `archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek (${art('9.2.j')})`,
}

const BASIS: Record<Exclude<LegalBasis, 'consent' | 'legitimate_interests' | 'legal_obligation'>, string> = {
  contract: `Wij verwerken deze gegevens omdat dat nodig is om de overeenkomst met u uit te voeren of om op uw verzoek maatregelen te nemen voordat een overeenkomst wordt gesloten (${art('6.1.b')}).`,
  vital_interests: `Wij verwerken deze gegevens om uw vitale belangen of die van een andere persoon te beschermen (${art('6.1.d')}).`,
  public_task: `Wij verwerken deze gegevens omdat dat nodig is voor de vervulling van een taak van algemeen belang of van het openbaar gezag dat ons is opgedragen (${art('6.1.e')}).`,
}

/** One category as "uw identificatiegegevens", several as a list after "de volgende gegevens:". */
const theData = (categories: readonly string[]) =>
  categories.length === 1
    ? `uw ${lower(categories).join('')}`
    : `de volgende gegevens: ${list(lower(categories))}`
const withData = (lead: (what: string) => string, categories: readonly string[]) =>
  categories.length === 1
    ? lead(`uw ${lower(categories).join('')}`)
    : `${lead('de volgende gegevens')}: ${list(lower(categories))}`

const REQUIREMENT = {
  statutory: {
    lead: (what: string) => `U bent wettelijk verplicht ons ${what} te verstrekken`,
    otherwise:
      'Zonder die gegevens kunnen wij onze wettelijke verplichtingen niet nakomen en u dus niet verder helpen.',
  },
  contractual: {
    lead: (what: string) => `Op grond van de overeenkomst moet u ons ${what} verstrekken`,
    otherwise: 'Zonder die gegevens kunnen wij de overeenkomst niet uitvoeren.',
  },
  contract_precondition: {
    lead: (what: string) => `Om een overeenkomst met ons te sluiten, moet u ons ${what} verstrekken`,
    otherwise: 'Zonder die gegevens kunnen wij geen overeenkomst met u sluiten.',
  },
}

export const processing: ProcessingWording = {
  intro: () =>
    'Wij verwerken uw persoonsgegevens alleen voor de doeleinden hieronder. Per doel leest u welke gegevens wij gebruiken, over wie het gaat en op welke rechtsgrond wij ons baseren.',
  data: (categories) => `Wij verwerken daarvoor ${theData(categories)}.`,
  subjects: (subjects) => `Het gaat om gegevens van ${list(lower(subjects))}.`,
  basis: (b) => {
    switch (b.basis) {
      case undefined:
        return []
      case 'consent':
        return [
          `Wij verwerken deze gegevens op basis van uw toestemming (${art('6.1.a')}). U kunt die toestemming op elk moment intrekken${b.withdrawal ? `: ${cont(b.withdrawal)}` : '.'}`,
        ]
      case 'legal_obligation':
        return [
          `De wet verplicht ons deze gegevens te verwerken (${art('6.1.c')})${b.law ? `, op grond van de volgende bepalingen: ${b.law}` : ''}.`,
        ]
      case 'legitimate_interests':
        return [
          `Wij steunen daarbij op ons gerechtvaardigd belang (${art('6.1.f')})${b.interest ? `: ${cont(b.interest)}` : '.'}`,
          b.balancingTest
            ? ` Wij hebben dat belang afgewogen tegen uw belangen en grondrechten: ${cont(b.balancingTest)}`
            : ' Wij hebben dat belang afgewogen tegen uw belangen en grondrechten; u kunt die afweging bij ons opvragen.',
        ]
      default:
        return [BASIS[b.basis]]
    }
  },
  basesIntro: () => 'Afhankelijk van de verwerking gelden verschillende rechtsgronden:',
  activityScope: (names) => `Voor ${list(names.map(quote))}:`,
  requirement: (kind, categories, consequences) =>
    `${withData(REQUIREMENT[kind].lead, categories)}. ${consequences.length > 0 ? consequences.map(sentence).join(' ') : REQUIREMENT[kind].otherwise}`,
  optional: (scope, consequences) =>
    [
      scope === 'all'
        ? 'U bent niet verplicht ons deze gegevens te verstrekken.'
        : scope === 'rest'
          ? 'Het verstrekken van de andere gegevens is niet verplicht.'
          : `${upperFirst(withData((what) => `U bent niet verplicht ons ${what} te verstrekken`, scope))}.`,
      ...consequences.map(sentence),
    ].join(' '),
  special: ({ categories, conditions, details }) =>
    [
      `Daaronder vallen bijzondere categorieën van persoonsgegevens (${art('9.1')}): ${list(lower(categories))}.`,
      ...(conditions.length > 0
        ? [
            `De wet staat de verwerking daarvan alleen onder strikte voorwaarden toe; wij steunen op ${list(conditions.map((c) => ART9[c]))}.`,
          ]
        : []),
      ...details.map((d) => `Concreet: ${cont(d)}`),
    ].join(' '),
  noSpecial: (special, criminal) =>
    `Wij verwerken geen ${joinList(
      [
        ...(special
          ? [`bijzondere categorieën van persoonsgegevens, zoals gezondheidsgegevens (${art('9.1')})`]
          : []),
        ...(criminal
          ? [`gegevens over strafrechtelijke veroordelingen en strafbare feiten (${art('10')})`]
          : []),
      ],
      'en geen',
    )}.`,
  criminal: ({ bases }) =>
    `Wij verwerken ook gegevens over strafrechtelijke veroordelingen en strafbare feiten, alleen voor zover de wet dat toestaat (${art('10')})${bases.length > 0 ? `, op grond van de volgende bepalingen: ${bases.join('; ')}` : ''}.`,
  nationalNumber: (authorisations) =>
    `Uw rijksregisternummer gebruiken wij alleen omdat de wet ons daartoe machtigt, namelijk op grond van de volgende bepalingen: ${authorisations.join('; ')}.`,
}

export const sources: SourcesWording = {
  allFromYou: () => 'Alle gegevens die wij over u verwerken, krijgen wij rechtstreeks van u.',
  intro: () => 'Sommige gegevens krijgen wij niet van u zelf, maar uit de volgende bronnen:',
  item: (source) => [
    { strong: source.name ?? (source.kind === 'public_source' ? 'Openbare bronnen' : 'Derden') },
    source.kind === 'public_source' && source.name ? ' (openbaar toegankelijke bron)' : '',
    `: ${list(lower(source.categories))}.`,
  ],
  restFromYou: () => 'Alle andere gegevens krijgen wij rechtstreeks van u.',
  timing: () =>
    `Krijgen wij gegevens niet van u zelf, dan informeren wij u daarover binnen een redelijke termijn en uiterlijk binnen een maand, of uiterlijk bij ons eerste contact met u of wanneer wij de gegevens voor het eerst aan een ander verstrekken (${art('14.3')}).`,
}

export const recipients: RecipientsWording = {
  intro: () =>
    'Wij geven uw gegevens alleen door aan wie ze nodig heeft voor de doeleinden die wij hierboven beschrijven:',
  none: () => 'Wij geven uw gegevens niet door aan anderen, tenzij de wet ons daartoe verplicht.',
  named: (names, exhaustive) =>
    `${exhaustive ? 'Het gaat om' : 'Het gaat onder meer om'} ${list(names.map((n) => (n.detail ? `${n.name} (${withoutFullStop(n.detail)})` : n.name)))}.`,
  detail: (purposes, detail) => `Voor ${purposeList(purposes)}: ${cont(detail)}`,
  processors: (agreements) =>
    agreements
      ? `Onze verwerkers, zoals IT- en hostingleveranciers, mogen uw gegevens alleen volgens onze instructies gebruiken. Wij hebben met hen een verwerkersovereenkomst gesloten die hen tot vertrouwelijkheid en een passende beveiliging verplicht (${art('28')}).`
      : `Onze verwerkers, zoals IT- en hostingleveranciers, mogen uw gegevens alleen volgens onze instructies gebruiken (${art('28')}).`,
  neverSell: () => 'Wij verkopen uw gegevens niet.',
  onlyWithPermission: (listed) =>
    `${listed ? 'Buiten de ontvangers hierboven delen' : 'Wij delen'} ${listed ? 'wij ' : ''}uw gegevens met niemand zonder uw toestemming, tenzij een wet ons daartoe verplicht.`,
}

export const transfers: TransfersWording = {
  none: () =>
    'Wij verwerken uw gegevens binnen de Europese Economische Ruimte (EER: de Europese Unie, IJsland, Liechtenstein en Noorwegen). Wij geven ze niet door aan landen buiten de EER of aan internationale organisaties.',
  intro: (safeguarded) =>
    safeguarded
      ? `Sommige ontvangers bevinden zich buiten de Europese Economische Ruimte (EER). Omdat de wetgeving daar niet altijd dezelfde bescherming biedt, geven wij uw gegevens alleen door met een passende waarborg (${art('44-49')}):`
      : `Sommige ontvangers bevinden zich buiten de Europese Economische Ruimte (EER). Hieronder leest u welke gegevens waarheen gaan en op welke grond (${art('44-49')}):`,
  unlisted: () =>
    'Een deel van uw gegevens wordt doorgegeven aan ontvangers buiten de Europese Economische Ruimte (EER). Op verzoek laten wij u weten aan wie, naar welk land en met welke waarborg.',
  head: ['Land', 'Ontvanger', 'Waarborg', 'Kopie van de waarborg'],
  safeguard: ({ safeguard, country, details }) => {
    const text =
      safeguard === 'adequacy'
        ? country === 'US'
          ? `een adequaatheidsbesluit van de Europese Commissie (${art('45')}): het EU-VS-kader voor gegevensbescherming (Data Privacy Framework), waarvoor de ontvanger gecertificeerd is`
          : `een adequaatheidsbesluit van de Europese Commissie (${art('45')}): het land biedt een passend beschermingsniveau`
        : safeguard === 'standard_contractual_clauses'
          ? `de standaardcontractbepalingen van de Europese Commissie (${art('46.2.c')})`
          : safeguard === 'binding_corporate_rules'
            ? `bindende bedrijfsvoorschriften, goedgekeurd door een toezichthoudende autoriteit (${art('47')})`
            : safeguard === 'derogation'
              ? `een afwijking voor specifieke situaties (${art('49')})`
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
            'Niet nodig: de lijst van gecertificeerde ondernemingen staat op ',
            webLink('https://www.dataprivacyframework.gov'),
            '.',
          ]
        : ['Niet nodig: het besluit is gepubliceerd in het Publicatieblad van de Europese Unie.']
    }
    if (safeguard === undefined) return []
    return email ? ['Op verzoek, via ', mailto(email), '.'] : ['Op verzoek.']
  },
}

export const TRIGGERS: TriggerPhrases = {
  collection: 'vanaf het moment waarop wij ze verzamelen',
  end_of_contract: 'na het einde van de overeenkomst',
  end_of_relationship: 'na het einde van onze zakelijke relatie',
  last_contact: 'na ons laatste contact met u',
  invoice_date: 'vanaf de afsluiting van het boekjaar waarop de factuur betrekking heeft',
  end_of_warranty: 'na het einde van de garantieperiode',
  end_of_dispute: 'na de definitieve afsluiting van het geschil',
}

const ACTION = {
  delete: '',
  anonymise: ' Daarna anonimiseren wij ze, zodat ze niet meer tot u te herleiden zijn.',
  anonymise_or_delete:
    ' Daarna wissen wij ze, of anonimiseren wij ze zodat ze niet meer tot u te herleiden zijn.',
  archive:
    ' Daarna archiveren wij ze afgeschermd en met beperkte toegang, zolang een wettelijke verplichting of een rechtsvordering dat vereist.',
}

/** Until the trigger event: a rule with openEnd until_event (no fixed number of years). */
const UNTIL: Readonly<
  Record<'end_of_contract' | 'end_of_relationship' | 'end_of_warranty' | 'end_of_dispute', string>
> = {
  end_of_contract: 'zolang de overeenkomst loopt',
  end_of_relationship: 'zolang onze zakelijke relatie duurt',
  end_of_warranty: 'zolang de garantie loopt',
  end_of_dispute: 'tot het geschil definitief beslecht is',
}

export const retention: RetentionWording = {
  intro: (other) =>
    `Wij bewaren uw gegevens niet langer dan nodig voor het doel waarvoor wij ze verwerken, of zolang de wet ons verplicht ze te bewaren. Daarna wissen wij ze${other ? ', tenzij hieronder anders vermeld' : ''}.`,
  period: (rule) => {
    const statute = textIn(rule.statutoryReference, 'nl')
    const reference = statute ? ` (${statute})` : ''
    if (rule.duration === undefined && rule.openEnd === 'until_event') {
      const until =
        rule.trigger === 'custom'
          ? `tot ${lowerFirst(withoutFullStop(textIn(rule.triggerDescription, 'nl') ?? ''))}`
          : UNTIL[rule.trigger as keyof typeof UNTIL]
      return `${until}${reference}`
    }
    const event =
      rule.trigger === 'custom'
        ? rule.triggerDescription
          ? `vanaf ${lowerFirst(withoutFullStop(textIn(rule.triggerDescription, 'nl') ?? ''))}`
          : ''
        : TRIGGERS[rule.trigger]
    const length = rule.duration
      ? durationIn(rule.duration, 'nl', 'en')
      : 'gedurende de wettelijke bewaartermijn'
    return `${length}${event ? ` ${event}` : ''}${reference}`
  },
  line: (categories, rule, consent) => {
    const period = retention.period(rule)
    const main =
      categories === 'all'
        ? `Wij bewaren deze gegevens ${period}.`
        : `${upperFirst(list(lower(categories)))}: wij bewaren ze ${period}.`
    const renewal =
      consent && rule.consentRenewable
        ? ' Die termijn kan alleen met uw nieuwe toestemming verlengd worden; trekt u uw toestemming eerder in, dan wissen wij de gegevens.'
        : ''
    return `${main}${ACTION[rule.action]}${renewal}`
  },
  fallback: () => 'Wij bewaren deze gegevens niet langer dan nodig voor dit doel.',
  disputes: (after) =>
    `Bij een geschil kunnen wij de gegevens die daarvoor nodig zijn langer bewaren, tot het geschil definitief beslecht is${after ? ` en daarna nog ${durationIn(after, 'nl', 'en')}` : ''}.`,
}
