import { mailto, webLink, withoutFullStop } from '../../text'
import { contactLink } from '../common'
import type {
  ComplaintsWording,
  ErasureLimit,
  ExerciseWording,
  ObjectionWording,
  OtherWording,
  RightsWording,
  SecurityWording,
} from '../types'
import { art, cont, headings, list, purposeList, quote } from './processing'

/** What a statutory retention obligation covers, after "the statutory retention obligations for". */
const RETAINED: Record<'accounting' | 'tax' | 'social', string> = {
  accounting: 'our accounts',
  tax: 'tax records',
  social: 'social documents',
}

/** "the statutory retention obligations for ..., or anti-money-laundering law": the Art. 17(3) examples the register supports. */
function limitExamples(limits: readonly ErasureLimit[]): string {
  const retained = limits.flatMap((l) =>
    l === 'accounting' || l === 'tax' || l === 'social' ? [RETAINED[l]] : [],
  )
  const parts = [
    ...(retained.length > 0 ? [`the statutory retention obligations for ${list(retained)}`] : []),
    ...(limits.includes('aml') ? ['anti-money-laundering law'] : []),
  ]
  return parts.length > 0 ? parts.join(', and ') : 'a statutory retention obligation'
}

export const rights: RightsWording = {
  intro: () => 'The GDPR gives you the following rights. Some apply only in certain cases; we explain when.',
  access: () => ({
    term: `Right of access (${art('15')})`,
    text: [
      [
        'You can ask us whether we process personal data about you. If we do, you can access those data and obtain a copy, together with information about the purposes, the categories of data, the recipients, the retention period, your rights and the source of the data.',
      ],
    ],
  }),
  rectification: () => ({
    term: `Right to rectification (${art('16')})`,
    text: [['If your data are inaccurate or incomplete, you can have them corrected or completed.']],
  }),
  erasure: (limits) => {
    const examples = limitExamples(limits)
    return {
      term: `Right to erasure (${art('17')})`,
      text: [
        [
          'You can ask us to erase your data, for example when we no longer need them, when you withdraw your consent or when your objection is upheld.',
        ],
        [
          `This right is not absolute. We may keep data we need to comply with a legal obligation (for example ${examples}) or to establish, exercise or defend legal claims${limits.includes('disputes') ? ', for example in a pending dispute' : ''}${limits.includes('limitation') ? `${limits.includes('disputes') ? ' or' : ','} while the limitation period for such a claim runs` : ''} (${art('17.3')}). In that case, we tell you which data we keep and why.`,
        ],
        ...(limits.includes('contract')
          ? [
              [
                `While a contract with you runs, we need the data required to perform it; we erase them only when they are no longer needed for that (${art('17.1.a')}).`,
              ],
            ]
          : []),
      ],
    }
  },
  restriction: () => ({
    term: `Right to restriction of processing (${art('18')})`,
    text: [
      [
        'You can ask us to restrict the processing of your data temporarily, for example while we verify the accuracy of your data or whether your objection is justified. We then keep the data but do not use them, except with your consent, for legal claims or to protect the rights of another person. We will inform you before lifting the restriction.',
      ],
    ],
  }),
  notification: () => ({
    term: `Notification of recipients (${art('19')})`,
    text: [
      [
        'When we rectify or erase your data or restrict their processing, we inform the recipients to whom we disclosed them, unless this proves impossible or involves disproportionate effort. On request, we tell you who those recipients are.',
      ],
    ],
  }),
  portability: (purposes) => ({
    term: `Right to data portability (${art('20')})`,
    text: [
      [
        purposes.length > 0
          ? `For ${purposeList(purposes)}, you can receive the data you provided to us in a structured, commonly used and machine-readable format (for example CSV or JSON). You can also ask us to transmit them directly to another organisation, where technically feasible.`
          : 'Where we process data you provided to us by automated means on the basis of your consent or a contract with you, you can receive those data in a structured, commonly used and machine-readable format and have them transmitted to another organisation.',
      ],
    ],
  }),
  withdrawConsent: (purposes) => ({
    term: `Right to withdraw your consent (${art('7.3')})`,
    text: [
      [
        `Where we process your data on the basis of your consent, such as for ${purposeList(purposes)}, you can withdraw that consent at any time, as easily as you gave it. This does not affect the lawfulness of the processing before the withdrawal.`,
      ],
    ],
  }),
  objection: () => ({
    term: `Right to object (${art('21')})`,
    text: [
      [
        'You can object to certain processing. We explain this right separately under ',
        { link: '#right-to-object', text: quote(headings['right-to-object']) },
        '.',
      ],
    ],
  }),
  automated: (items, known) => {
    const decisions = items.filter((i) => i.used)
    const profiling = items.filter((i) => !i.used && i.profiling)
    const text = decisions.map((i) => [
      `For ${quote(i.activityName)}, we take decisions based solely on automated processing${i.profiling ? ', including profiling' : ''}.`,
      i.logic ? ` How it works: ${cont(i.logic)}` : '',
      i.consequences ? ` Possible consequences for you: ${cont(i.consequences)}` : '',
    ])
    text.push([
      decisions.length > 0
        ? `In that case, you have the right to obtain human intervention, to express your point of view and to contest the decision (${art('22.3')}).`
        : !known
          ? 'You have the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning you or similarly significantly affects you.'
          : 'We do not take decisions about you based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.',
    ])
    if (profiling.length > 0) {
      text.push([
        `For ${list(profiling.map((i) => quote(i.activityName)))}, we do create profiles, but we do not use them to take decisions that significantly affect you.`,
      ])
    }
    return { term: `Automated decision-making (${art('22')})`, text }
  },
}

export const objection: ObjectionWording = {
  legitimate: ({ legitimate, publicTask }) => ({
    lead: `You can object at any time, on grounds relating to your particular situation, to the processing of your data based on ${list([...(legitimate ? ['our legitimate interests'] : []), ...(publicTask ? ['a task carried out in the public interest'] : [])])}. This applies to the following processing:`,
    after: `We will then stop that processing unless we demonstrate compelling legitimate grounds that override your interests, rights and freedoms, or need the data to establish, exercise or defend legal claims (${art('21.1')}).`,
  }),
  directMarketing: () =>
    'You can object at any time, without giving reasons, to the use of your data for direct marketing, including profiling related to it. We will then no longer use your data for that purpose (Art. 21(2) and (3) GDPR).',
  doNotCall: () => [
    `If you no longer want to receive marketing calls, including from other companies, you can register your phone number free of charge on the Belgian do-not-call list ${quote('Bel-me-niet-meer')} / ${quote("Ne-m'appelez-plus")} at `,
    webLink('https://www.bel-me-niet-meer.be'),
    '.',
  ],
  how: () => [
    'You can object through the same channels as for your other rights (see ',
    { link: '#exercise-rights', text: quote(headings['exercise-rights']) },
    ').',
  ],
  general: (known) =>
    `You can object to processing based on legitimate interests or on a task carried out in the public interest, and always to direct marketing.${known ? ' At present, none of our processing relies on those grounds and we do not use your data for direct marketing.' : ''}`,
}

export const exercise: ExerciseWording = {
  intro: () => 'You can exercise your rights free of charge:',
  portal: (url) => ['through our online form at ', webLink(url)],
  email: (email) => ['by email to ', mailto(email)],
  post: (name, address) => [`by post to ${name}, ${address}`],
  channel: (channel, contact, details) => {
    const extra = details ? ` (${withoutFullStop(details)})` : ''
    if (channel === 'in_person') return [`in person at our office${contact ? `, ${contact}` : ''}${extra}`]
    if (channel === 'phone') return [`by phone on ${contact ?? ''}${extra}`]
    if (channel === 'social_media') return [`through social media: ${contact ?? ''}${extra}`]
    return ['through the contact form at ', contactLink(contact), extra]
  },
  deadline: () =>
    `We answer your request without undue delay and at the latest within one month of receiving it. If your request is complex or we receive many requests, we may extend that period by two further months. In that case, we will tell you so within the first month, with the reasons for the extension (${art('12.3')}).`,
  identity: () =>
    'To prevent someone else from obtaining your data, we check that the request really comes from you. We ask for no more than necessary and do not routinely ask for a copy of your identity card. If a copy is needed after all, you may mask your photo and your national register number; we delete the copy as soon as your identity has been verified.',
  excessive: () =>
    `If a request is manifestly unfounded or excessive, in particular because it is repetitive, we may charge a reasonable fee or refuse to act on it (${art('12.5')}). We will tell you beforehand and explain our decision.`,
  refusal: () =>
    `If we do not act on your request, or not fully, we will tell you why within one month, and that you can lodge a complaint with the Data Protection Authority or seek a judicial remedy (${art('12.4')}).`,
}

export const complaints: ComplaintsWording = {
  contactUsFirst: (email) => [
    'If you have a question or complaint about how we handle your data, please contact us first',
    ...(email ? [' at ', mailto(email)] : []),
    '. We will gladly look for a solution with you.',
  ],
  authority: () =>
    `You also have the right to lodge a complaint with the Belgian supervisory authority (${art('77')}):`,
  authorityDetails: () => [
    [{ strong: 'Data Protection Authority (GBA/APD)' }],
    ['Rue de la Presse 35, 1000 Brussels'],
    ['Phone: +32 2 274 48 00'],
    ['Email: ', mailto('contact@apd-gba.be')],
    ['Website: ', webLink('https://www.dataprotectionauthority.be')],
  ],
  court: () =>
    `You can also go to court (${art('79')}), in particular by bringing an action before the president of the court of first instance, who rules as in summary proceedings (Art. 209 of the Act of 30 July 2018). You can also claim compensation for damage you suffer as a result of an infringement (${art('82')}).`,
}

export const security: SecurityWording = {
  intro: () =>
    `We take appropriate technical and organisational measures to protect your data against loss, destruction, unauthorised access, alteration or disclosure (${art('32')}). We adapt those measures to the risks of each processing activity.`,
  technical: () => 'Technical measures:',
  organisational: () => 'Organisational measures:',
  storageIntro: () => 'Your data are kept in the following places:',
  storage: ({ system, country, location, certifications }) => {
    const where = [country, location].filter((x) => x !== undefined)
    const place = where.length === 2 ? `${where[0]} (${where[1]})` : (where[0] ?? '')
    const certified = certifications.length > 0 ? `certified to ${list(certifications)}` : ''
    return `${system}: ${[place, certified].filter((x) => x !== '').join(', ')}`
  },
  limits: (email) => [
    'No security is absolute. If you believe your data are not properly protected or you see signs of misuse, please contact us immediately',
    ...(email ? [' at ', mailto(email)] : []),
    '.',
  ],
  breach: () =>
    `If a personal data breach nevertheless occurs, we notify the Data Protection Authority without undue delay and, where feasible, within 72 hours, unless the breach is unlikely to result in a risk to you (${art('33')}). If the breach is likely to result in a high risk to your rights and freedoms, we also inform you directly without undue delay, explaining what happened and what we are doing about it (${art('34')}).`,
  breachPromise: (hours) =>
    `If a data breach is likely to affect you, we inform you personally${hours ? `, within ${hours} hours of discovering it` : ''}.`,
}

export const other: OtherWording = {
  cookiePolicy: (url) => [
    'Which cookies and similar technologies we use on our website, and how you can manage them, is explained in our ',
    { link: url, text: 'cookie policy' },
    '.',
  ],
  cookiesUsed: () =>
    'Our website uses cookies and similar technologies. We set cookies that are not strictly necessary for the website to work only with your prior consent, which you can withdraw at any time as easily as you gave it.',
  noCookies: () => 'Our website sets no cookies and uses no similar technologies.',
  cookieInventory: (necessaryOnly) =>
    necessaryOnly
      ? 'Our website sets only the following cookies, which are strictly necessary for it to work. These do not require your consent.'
      : 'Our website sets the following cookies. We set strictly necessary cookies without your consent; all others only with your prior consent, which you can withdraw at any time as easily as you gave it.',
  cookieHead: ['Cookie', 'Set by', 'Purpose', 'Retention period'],
  cookiePurpose: (purpose) =>
    ({
      strictly_necessary: 'Strictly necessary',
      functional: 'Functional (preferences)',
      analytics: 'Statistics',
      marketing: 'Marketing',
    })[purpose],
  cookieParty: (party, provider, country) =>
    party === 'first'
      ? `Ourselves${provider ? `, via ${provider}` : ''}`
      : `${provider ?? 'A third party'} (third party${country ? `, ${country}` : ''})`,
  minors: (age) => [
    `Our services are not intended for children under ${age}. We do not knowingly collect personal data from children under that age without the consent of a parent or guardian.`,
    ...(age === 13
      ? ['This is the age set by the Belgian Act of 30 July 2018 (Art. 7) for consent to online services.']
      : age > 13
        ? [
            `In Belgium, young people can consent to online services themselves from the age of 13 (Art. 7 of the Act of 30 July 2018); we apply the stricter age of ${age}.`,
          ]
        : []),
    'If you believe that we have nevertheless collected data from a child without that consent, please contact us and we will erase those data.',
  ],
  thirdPartyLinks: () => [
    "Our website contains links to other organisations' websites. We are not responsible for how those websites handle personal data: their own privacy notices apply.",
  ],
  changes: (where, subscribable) => [
    'We may amend this privacy notice, for example when our processing or the law changes.',
    ...(where ? [' The most recent version is always available at ', webLink(where), '.'] : []),
    ...(where && subscribable
      ? [' On that page you can leave your e-mail address to be told when we publish a significant change.']
      : []),
  ],
  version: (version, date) =>
    version !== undefined && date
      ? `Version ${version}, effective from ${date}.`
      : version !== undefined
        ? `Version ${version}.`
        : `Effective from ${date}.`,
  draft: () => 'Draft, not yet published.',
}
