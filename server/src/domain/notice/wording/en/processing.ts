import { textIn } from '../../../register/localized'
import type { LegalBasis } from '../../../register/schema'
import type { Inline } from '../../model'
import {
  afterColon,
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

export /** Text the organisation wrote, continued after a colon (the composer has already adapted its first letter). */
/** Text the organisation wrote, continuing our sentence after a colon: lower case unless a name, with its stop. */
const cont = (text: string) => sentence(afterColon(text))
export const list = (items: readonly string[]) => joinList(items, 'and')
export const lower = (items: readonly string[]) => items.map(lowerFirst)
export const quote = (text: string) => `“${text}”`
/** Purpose labels inside a sentence: lower-cased, or quoted when a label contains "and" itself. */
export const purposeList = (labels: readonly string[]) =>
  labels.length > 1 && labels.some((l) => / and /.test(l)) ? list(labels.map(quote)) : list(lower(labels))
/** "6.1.a" as "Art. 6(1)(a) GDPR", "26.3" as "Art. 26(3) GDPR". */
export const art = (ref: string) => {
  const [article, ...parts] = ref.split('.')
  return `Art. ${article}${parts.map((p) => `(${p})`).join('')} GDPR`
}

export const headings: BaseWording['headings'] = {
  introduction: 'Introduction',
  'who-we-are': 'Who we are',
  'personal-data': 'What data we process and why',
  sources: 'Where your data come from',
  recipients: 'Who receives your data',
  transfers: 'Transfers outside the European Economic Area',
  retention: 'How long we keep your data',
  'your-rights': 'Your rights',
  'right-to-object': 'Your right to object',
  'exercise-rights': 'How to exercise your rights',
  complaints: 'Complaints and remedies',
  security: 'How we protect your data',
  cookies: 'Cookies',
  'other-websites': 'Links to other websites',
  minors: 'Children',
  changes: 'Changes to this notice',
}

export const base: BaseWording = {
  language: 'en',
  and: 'and',
  quote,
  duration: (d) => durationIn(d, 'en', 'and'),
  date: (iso) => dateIn(iso, 'en'),
  country: (code) => (code === undefined ? 'a country not known to us' : countryIn(code, 'en')),
  address: (address) => addressIn(address, 'en'),
  art,
  title: (organization) => `${organization} privacy notice`,
  summaryHeading: 'In short',
  contentsHeading: 'Contents',
  languageLabel: 'Language',
  headings,
  privacyContactHeading: (dpo) => (dpo ? 'Our data protection officer' : 'Our privacy contact person'),
}

export const summary: SummaryWording = {
  controller: (name, email) => [
    `${name} is the controller responsible for the processing of your personal data described in this notice.`,
    ...(email ? [' You can always reach us at ', mailto(email), '.'] : []),
  ],
  purposes: () => [
    'We use your data only for the purposes described below, always on a lawful basis, and keep them no longer than necessary.',
  ],
  sharing: ({ sellsData, transfers, countries, safeguarded }) =>
    runs([
      ...(sellsData === false ? ['We do not sell your data.'] : []),
      ...(transfers === 'none' ? ['Your data stay within the European Economic Area.'] : []),
      ...(transfers === 'listed' && countries.length > 0
        ? [
            `Some data are transferred outside the European Economic Area (${list(countries)})${safeguarded ? ', each time with an appropriate safeguard' : ''}.`,
          ]
        : []),
    ]),
  rights: ({ directMarketing, legitimate }) => {
    const against = [
      ...(directMarketing ? ['direct marketing'] : []),
      ...(legitimate ? ['processing based on our legitimate interests'] : []),
    ].map((item) => `to ${item}`)
    return [
      'You can access, correct or erase your data free of charge',
      ...(against.length > 0
        ? [', and you can ', { link: '#right-to-object', text: 'object' }, ` ${list(against)}`]
        : []),
      '. We answer within one month.',
    ]
  },
  complaint: () => [
    'If you are not satisfied with how we handle your data, you can lodge a complaint with the Belgian Data Protection Authority.',
  ],
}

const channels = (email?: string, phone?: string): Inline[][] => [
  ...(email ? [['by email at ', mailto(email)]] : []),
  ...(phone ? [[`by phone on ${phone}`]] : []),
]

export const identity: IdentityWording = {
  introduction: () => [
    'This privacy notice explains which personal data we process, why and on what legal basis, with whom we share them, how long we keep them and what rights you have.',
    'We process your data in accordance with the General Data Protection Regulation (GDPR) and the Belgian Act of 30 July 2018 on the protection of natural persons with regard to the processing of personal data. We collect no more data than necessary, do not use them for purposes incompatible with those described here, keep them accurate and keep them no longer than necessary.',
  ],
  controller: ({ name, legalName, address, enterpriseNumber }) => {
    const details = [
      ...(address ? [`with its registered office at ${addressIn(address, 'en')}`] : []),
      ...(enterpriseNumber
        ? [`registered with the Crossroads Bank for Enterprises under number ${enterpriseNumber}`]
        : []),
    ]
    const hereafter =
      legalName && legalName !== name
        ? `${quote(name)}, ${quote('we')} or ${quote('us')}`
        : `${quote('we')} or ${quote('us')}`
    return [
      `${legalName ?? name}${details.length > 0 ? `, ${details.join(', and ')}` : ''} (${hereafter}), is the controller of the processing of personal data described in this privacy notice. This means that we decide why and how your data are processed.`,
    ]
  },
  contact: ({ email, phone, website }) => {
    const parts = [
      ...channels(email, phone),
      ...(website ? [['through our website ', webLink(website)]] : []),
    ]
    return parts.length === 0 ? undefined : ['You can reach us ', ...joinInline(parts, 'or'), '.']
  },
  jointControllers: ({ partners, activities, arrangement }) => [
    [
      `For ${list(activities.map(quote))}, we decide together with ${list(partners.map((p) => p.name))} why and how your data are processed. We are joint controllers for that processing (${art('26')}).`,
      ...partners.filter((p) => p.contact).map((p) => ` ${p.name} can be contacted via ${p.contact}.`),
    ],
    [
      arrangement
        ? `An arrangement between us sets out who fulfils which obligations. Its essence is as follows: ${cont(arrangement)}`
        : 'An arrangement between us sets out who fulfils which obligations, in particular who informs you and who handles your requests. We will provide you with the essence of that arrangement on request.',
      ` You can exercise your rights against each of the joint controllers (${art('26.3')}).`,
    ],
  ],
  representative: ({ name, address, email }) => [
    `Our representative in the European Union (${art('27')}) is ${name}${address ? `, ${address}` : ''}`,
    ...(email ? [', who can be reached at ', mailto(email)] : []),
    '.',
  ],
  processorScope: () =>
    'For part of our services, we process personal data on behalf of our clients, as a processor. For that processing, the client is the controller and its own privacy notice applies, not this one. Requests we receive about such data are forwarded to the client concerned, and we help that client to answer them.',
  dpo: ({ name, email, phone }) => [
    [
      `We have appointed a data protection officer (DPO)${name ? `: ${name}` : ''}. Our DPO monitors our compliance with data protection law and is your point of contact for any question about the processing of your data and about your rights.`,
    ],
    ...(email || phone ? [['You can reach our DPO ', ...joinInline(channels(email, phone), 'or'), '.']] : []),
  ],
  privacyContact: ({ name, email, phone }) => [
    [
      `For any question about the processing of your personal data and about your rights, you can contact our privacy contact person${name ? `, ${name}` : ''}`,
      ...(email || phone ? [', ', ...joinInline(channels(email, phone), 'or')] : []),
      '.',
    ],
  ],
  noContactPerson: (email) => [
    [
      'For any question about the processing of your personal data and about your rights, you can contact us',
      ...(email ? [' at ', mailto(email)] : []),
      '.',
    ],
  ],
}

const ART9: Art9Phrases = {
  explicit_consent: `your explicit consent (${art('9.2.a')})`,
  employment_social_security: `the need to carry out our obligations and exercise our rights under employment and social security law (${art('9.2.b')})`,
  vital_interests: `the protection of your vital interests or those of another person where you are incapable of giving consent (${art('9.2.c')})`,
  not_for_profit_body: `our activities as a not-for-profit body, with regard to our members and regular contacts (${art('9.2.d')})`,
  made_public_by_subject: `the fact that you have manifestly made those data public yourself (${art('9.2.e')})`,
  legal_claims: `the need to establish, exercise or defend legal claims (${art('9.2.f')})`,
  substantial_public_interest: `reasons of substantial public interest laid down by law (${art('9.2.g')})`,
  health_care: `preventive or occupational medicine, under the responsibility of a professional bound by professional secrecy (${art('9.2.h')})`,
  public_health: `reasons of public interest in the area of public health (${art('9.2.i')})`,
  archiving_research_statistics: `archiving in the public interest, scientific or historical research or statistics (${art('9.2.j')})`,
}

const BASIS: Record<Exclude<LegalBasis, 'consent' | 'legitimate_interests' | 'legal_obligation'>, string> = {
  contract: `We process these data because this is necessary to perform the contract with you or to take steps at your request before entering into a contract (${art('6.1.b')}).`,
  vital_interests: `We process these data to protect your vital interests or those of another person (${art('6.1.d')}).`,
  public_task: `We process these data because this is necessary for a task carried out in the public interest or in the exercise of official authority vested in us (${art('6.1.e')}).`,
}

/** One category as "your identification data", several as a list after "the following data:". */
const theData = (categories: readonly string[]) =>
  categories.length === 1
    ? `your ${lower(categories).join('')}`
    : `the following data: ${list(lower(categories))}`
const withData = (lead: (what: string) => string, categories: readonly string[]) =>
  categories.length === 1
    ? lead(`your ${lower(categories).join('')}`)
    : `${lead('the following data')}: ${list(lower(categories))}`

const REQUIREMENT = {
  statutory: {
    lead: (what: string) => `You are required by law to provide ${what}`,
    otherwise:
      'Without these data we cannot meet our legal obligations and therefore cannot help you further.',
  },
  contractual: {
    lead: (what: string) => `Under the contract you must provide ${what}`,
    otherwise: 'Without these data we cannot perform the contract.',
  },
  contract_precondition: {
    lead: (what: string) => `To enter into a contract with us, you must provide ${what}`,
    otherwise: 'Without these data we cannot enter into a contract with you.',
  },
}

export const processing: ProcessingWording = {
  intro: () =>
    'We process your personal data only for the purposes below. For each purpose, you can read which data we use, whom they concern and on which legal basis we rely.',
  data: (categories) => `For this purpose we process ${theData(categories)}.`,
  subjects: (subjects) => `These data concern ${list(lower(subjects))}.`,
  basis: (b) => {
    switch (b.basis) {
      case undefined:
        return []
      case 'consent':
        return [
          `We process these data on the basis of your consent (${art('6.1.a')}). You can withdraw it at any time${b.withdrawal ? `: ${cont(b.withdrawal)}` : '.'}`,
        ]
      case 'legal_obligation':
        return [
          `The law requires us to process these data (${art('6.1.c')})${b.law ? `, under the following provisions: ${b.law}` : ''}.`,
        ]
      case 'legitimate_interests':
        return [
          `We rely on our legitimate interest (${art('6.1.f')})${b.interest ? `: ${cont(b.interest)}` : '.'}`,
          b.balancingTest
            ? ` We have weighed that interest against your interests and fundamental rights: ${cont(b.balancingTest)}`
            : ' We have weighed that interest against your interests and fundamental rights; you can obtain that assessment from us on request.',
        ]
      default:
        return [BASIS[b.basis]]
    }
  },
  basesIntro: () => 'Different legal bases apply:',
  activityScope: (names) => `For ${list(names.map(quote))}:`,
  requirement: (kind, categories, consequences) =>
    `${withData(REQUIREMENT[kind].lead, categories)}. ${consequences.length > 0 ? consequences.map(sentence).join(' ') : REQUIREMENT[kind].otherwise}`,
  optional: (scope, consequences) =>
    [
      scope === 'all'
        ? 'You are not required to provide these data.'
        : scope === 'rest'
          ? 'Providing the other data is optional.'
          : `Providing the following data is optional: ${list(lower(scope))}.`,
      ...consequences.map(sentence),
    ].join(' '),
  special: ({ categories, conditions, details }) =>
    [
      `These include special categories of personal data (${art('9.1')}): ${list(lower(categories))}.`,
      ...(conditions.length > 0
        ? [
            `The law allows their processing only under strict conditions; we rely on ${list(conditions.map((c) => ART9[c]))}.`,
          ]
        : []),
      ...details.map((d) => `Specifically: ${cont(d)}`),
    ].join(' '),
  noSpecial: (special, criminal) =>
    `We process no ${joinList(
      [
        ...(special
          ? [`special categories of personal data, such as data concerning health (${art('9.1')})`]
          : []),
        ...(criminal ? [`personal data relating to criminal convictions and offences (${art('10')})`] : []),
      ],
      'and no',
    )}.`,
  criminal: ({ bases }) =>
    `We also process data relating to criminal convictions and offences, only insofar as the law allows (${art('10')})${bases.length > 0 ? `, under the following provisions: ${bases.join('; ')}` : ''}.`,
  nationalNumber: (authorisations) =>
    `We use your national register number only because the law authorises us to do so, namely under the following provisions: ${authorisations.join('; ')}.`,
}

export const sources: SourcesWording = {
  allFromYou: () => 'We obtain all the data we process about you directly from you.',
  intro: () => 'Some of your data do not come from you but from the following sources:',
  item: (source) => [
    {
      strong:
        source.name ?? (source.kind === 'public_source' ? 'Publicly accessible sources' : 'Third parties'),
    },
    source.kind === 'public_source' && source.name ? ' (publicly accessible source)' : '',
    `: ${list(lower(source.categories))}.`,
  ],
  restFromYou: () => 'We obtain all other data directly from you.',
  timing: () =>
    `Where we do not obtain data from you, we inform you within a reasonable period and at the latest within one month, or at the latest when we first contact you or first disclose the data to another recipient (${art('14.3')}).`,
}

export const recipients: RecipientsWording = {
  intro: () => 'We pass your data only to those who need them for the purposes described above:',
  none: () => 'We do not pass your data to others unless the law requires us to.',
  named: (names, exhaustive) =>
    `${exhaustive ? (names.length === 1 ? 'This is' : 'These are') : 'These include'} ${list(names.map((n) => (n.detail ? `${n.name} (${withoutFullStop(n.detail)})` : n.name)))}.`,
  detail: (purposes, detail) => `For ${purposeList(purposes)}: ${cont(detail)}`,
  processors: (agreements) =>
    agreements
      ? `Our processors, such as IT and hosting providers, may use your data only on our instructions. We have concluded a processing agreement with them that binds them to confidentiality and appropriate security (${art('28')}).`
      : `Our processors, such as IT and hosting providers, may use your data only on our instructions (${art('28')}).`,
  neverSell: () => 'We do not sell your data.',
  onlyWithPermission: (listed) =>
    `${listed ? 'Apart from the recipients listed above, we' : 'We'} share your data with nobody without your permission, unless a law requires us to.`,
}

export const transfers: TransfersWording = {
  none: () =>
    'We process your data within the European Economic Area (EEA: the European Union, Iceland, Liechtenstein and Norway). We do not transfer them to countries outside the EEA or to international organisations.',
  intro: (safeguarded) =>
    safeguarded
      ? 'Some recipients are located outside the European Economic Area (EEA). Because the law there does not always offer the same protection, we transfer your data only with an appropriate safeguard (Articles 44 to 49 GDPR):'
      : 'Some recipients are located outside the European Economic Area (EEA). Below you can read which data go where, and on what basis (Articles 44 to 49 GDPR):',
  unlisted: () =>
    'Some of your data are transferred to recipients outside the European Economic Area (EEA). On request, we will tell you to whom, to which country and with which safeguard.',
  head: ['Country', 'Recipient', 'Safeguard', 'Copy of the safeguard'],
  safeguard: ({ safeguard, country, details }) => {
    const text =
      safeguard === 'adequacy'
        ? country === 'US'
          ? `an adequacy decision of the European Commission (${art('45')}): the EU-US Data Privacy Framework, under which the recipient is certified`
          : `an adequacy decision of the European Commission (${art('45')}): the country ensures an adequate level of protection`
        : safeguard === 'standard_contractual_clauses'
          ? `the standard contractual clauses adopted by the European Commission (${art('46.2.c')})`
          : safeguard === 'binding_corporate_rules'
            ? `binding corporate rules approved by a supervisory authority (${art('47')})`
            : safeguard === 'derogation'
              ? `a derogation for specific situations (${art('49')})`
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
            'Not needed: the list of certified organisations is published at ',
            webLink('https://www.dataprivacyframework.gov'),
            '.',
          ]
        : ['Not needed: the decision is published in the Official Journal of the European Union.']
    }
    if (safeguard === undefined) return []
    return email ? ['On request, at ', mailto(email), '.'] : ['On request.']
  },
}

const TRIGGERS: TriggerPhrases = {
  collection: 'from the time we collect them',
  end_of_contract: 'from the end of the contract',
  end_of_relationship: 'from the end of our business relationship',
  last_contact: 'from our last contact with you',
  invoice_date: 'from the close of the financial year to which the invoice relates',
  end_of_warranty: 'from the end of the warranty period',
  end_of_dispute: 'from the final settlement of the dispute',
}

const ACTION = {
  delete: '',
  anonymise: ' After that, we anonymise them so that they can no longer be traced back to you.',
  anonymise_or_delete:
    ' After that, we delete them, or anonymise them so that they can no longer be traced back to you.',
  archive:
    ' After that, we archive them separately with restricted access, for as long as a legal obligation or legal claim requires.',
}

/** Until the trigger event: a rule with openEnd until_event (no fixed number of years). */
const UNTIL: Readonly<
  Record<'end_of_contract' | 'end_of_relationship' | 'end_of_warranty' | 'end_of_dispute', string>
> = {
  end_of_contract: 'for as long as the contract runs',
  end_of_relationship: 'for as long as our business relationship lasts',
  end_of_warranty: 'for as long as the warranty runs',
  end_of_dispute: 'until the dispute has been finally resolved',
}

export const retention: RetentionWording = {
  intro: (other) =>
    `We keep your data no longer than necessary for the purpose for which we process them, or for as long as the law requires us to keep them. After that, we erase them${other ? ', unless stated otherwise below' : ''}.`,
  period: (rule) => {
    const description = textIn(rule.triggerDescription, 'en')
    if (rule.duration === undefined && rule.openEnd === 'until_event') {
      const statute = textIn(rule.statutoryReference, 'en')
      const until =
        rule.trigger === 'custom'
          ? `until ${lowerFirst(withoutFullStop(description ?? ''))}`
          : UNTIL[rule.trigger as keyof typeof UNTIL]
      return `${until}${statute ? ` (${statute})` : ''}`
    }
    const event =
      rule.trigger === 'custom'
        ? description
          ? `from ${lowerFirst(withoutFullStop(description))}`
          : ''
        : TRIGGERS[rule.trigger]
    const statute = textIn(rule.statutoryReference, 'en')
    const reference = statute ? ` (${statute})` : ''
    const length = rule.duration ? durationIn(rule.duration, 'en', 'and') : 'the statutory retention period'
    return `${length}${event ? ` ${event}` : ''}${reference}`
  },
  line: (categories, rule, consent) => {
    const period = retention.period(rule)
    const during = rule.openEnd === 'until_event' ? '' : 'for '
    const main =
      categories === 'all'
        ? `We keep these data ${during}${period}.`
        : `${upperFirst(list(lower(categories)))}: we keep them ${during}${period}.`
    const renewal =
      consent && rule.consentRenewable
        ? ' This period can only be extended with your fresh consent; if you withdraw your consent earlier, we erase the data.'
        : ''
    return `${main}${ACTION[rule.action]}${renewal}`
  },
  fallback: () => 'We keep these data no longer than necessary for this purpose.',
  disputes: (after) =>
    `In the event of a dispute, we may keep the data needed for it longer, until the dispute has been finally resolved${after ? ` and for ${durationIn(after, 'en', 'and')} thereafter` : ''}.`,
}
