import { gdprArticle, gdprArticles } from '../../articles'
import { asSentence } from '../../format'
import type { LetterWording } from './types'

const a = (provision: string) => gdprArticle(provision, 'en')
const as = (...provisions: string[]) => gdprArticles(provisions, 'en')
const about = 'Your request concerning your personal data'
const packageFormat =
  'in a structured, commonly used and machine-readable format (JSON and CSV, with a description of the fields)'

/** English: formal British English, for subjects who wrote in English. */
export const en: LetterWording = {
  salutation: 'Dear Sir or Madam,',
  closing: 'Yours faithfully,',
  dateLabel: 'Date',
  referenceLabel: 'Reference',
  subjectLabel: 'Subject',
  subjects: {
    acknowledgement: (r) => `Acknowledgement of your request concerning your personal data (ref. ${r})`,
    identity_needed: (r) => `${about} (ref. ${r}): confirming your identity`,
    extension: (r) => `${about} (ref. ${r}): extension of the time limit`,
    fee_warning: (r) => `${about} (ref. ${r}): fee for handling your request`,
    completed: (r) => `${about} (ref. ${r}): our response`,
    partially_refused: (r) => `${about} (ref. ${r}): our response and partial refusal`,
    refused: (r) => `${about} (ref. ${r}): refusal to act on your request`,
    forwarded: (r) => `${about} (ref. ${r}): forwarded to the controller`,
  },
  channels: {
    portal: 'through our online form',
    email: 'by email',
    phone: 'by telephone',
    letter: 'by post',
    in_person: 'in person at our office',
    social_media: 'through social media',
    web_form: 'through the contact form on our website',
  },
  signature: { dpo: 'Data Protection Officer', privacyContact: 'Data protection contact' },

  receivedIntro: (d, r) => `On ${d} we received your request concerning your personal data (reference ${r}).`,
  typesIntro: 'Your request concerns:',
  questions: (r, email) =>
    `If you have any questions about this letter, please contact us${email ? ` at ${email}` : ''}, quoting reference ${r}.`,

  acknowledgement: {
    received: (d, channel) =>
      `We confirm that we received your request concerning your personal data ${channel} on ${d}.`,
    oralSummary:
      'As you made your request orally, we have summarised it above. If this summary is not correct, please let us know as soon as possible.',
    reference: (r) =>
      `Your request has been registered under reference ${r}. Please quote this reference in all further correspondence with us about this request.`,
    deadline: (due) =>
      `We will answer your request without undue delay and at the latest on ${due} (${a('12.3')}). If your request is particularly complex or we receive a large number of requests, this period may be extended by two further months. In that case we will inform you before ${due}, with the reasons for the extension.`,
    nextSteps:
      'We are now checking which personal data we process about you and in which systems, and handling your request. If we need more information from you to clarify your request, we will contact you.',
    identityConfirmed:
      'We have already been able to establish that the request comes from you; we need no further information from you for that purpose.',
    identityProportionate:
      'To prevent your data from being disclosed to someone else, we check that the request really comes from you. We do so proportionately: we ask for no more information than necessary and we do not ask for a copy of your identity card as a matter of course. Should we nevertheless need further information, we will tell you and explain why.',
    statusLink: 'You can follow the progress of your request at any time through the following secure link:',
  },

  identity: {
    why: `Before we can act on your request, we must be satisfied that it really comes from you. This prevents your personal data from being disclosed to an unauthorised person (${a('12.6')}).`,
    reason: (reason) => `The reason is as follows: ${asSentence(reason)}`,
    neededIntro: 'We would therefore ask you to provide:',
    evidence: {
      email_confirmation:
        'confirmation of your email address, through the link or code we are sending you separately',
      customer_number: 'your customer or file number with us',
      account_login: 'confirmation of your request by signing in to your customer account',
      additional_details: 'some details that allow us to find you in our records with certainty',
      id_document_masked:
        'a copy of your identity card or another identity document on which you have masked your photo and your national register number',
    },
    details: (details) => `Further details: ${asSentence(details)}`,
    maskAdvice: (org) =>
      `If you send us a copy of an identity document, please mask your photo and your national register number, for example by making them illegible, and mark the copy as intended solely for ${org} in connection with this request. We use the copy only to verify your identity and delete it immediately after that check.`,
    proportionate:
      'We ask only for what is necessary to establish that the request comes from you, and we use this information for no other purpose.',
    clockReceipt: (due) =>
      `The time limit for answering your request runs until ${due}. The sooner we receive the information requested, the sooner we can handle your request.`,
    clockConfirmed: `The one-month period for answering your request (${a('12.3')}) starts once we have been able to confirm your identity.`,
    notEstablished: `If we do not receive this information, or if it is not sufficient to establish your identity, we will not be able to act on your request (${a('12.6')}). We will then inform you in writing.`,
    howToReply: (email) =>
      `You can send us the information requested by replying to this message${email ? ` or by writing to ${email}` : ''}, quoting your reference.`,
  },

  extension: {
    originalDeadline: (due) => `We would normally have to answer your request by ${due} at the latest.`,
    extended: (due) =>
      `We need more time to handle your request with due care. We are therefore extending the time limit by two further months, as Article 12(3) of the General Data Protection Regulation (GDPR) allows where necessary, taking into account the complexity and number of requests. We will answer you by ${due} at the latest.`,
    reasonsIntro: 'The reasons for this extension are as follows:',
    meanwhile:
      'In the meantime we are continuing to handle your request and will answer as soon as we can, without waiting for the end of the extended period.',
    disagree: (website) =>
      `If you disagree with this extension, please let us know. You may also lodge a complaint with the Data Protection Authority (${website}).`,
  },

  fee: {
    judgement: (ground) =>
      `Having examined your request, we consider it to be ${ground === 'excessive' ? 'excessive' : 'manifestly unfounded'} within the meaning of ${a('12.5')}, for the following reasons:`,
    amount: (amount) =>
      `In that case we may charge a reasonable fee taking into account the administrative costs of handling your request. The fee amounts to ${amount}.`,
    confirm:
      'Before incurring these costs, we leave the choice to you. If you would like us to handle your request on payment of this fee, please let us know. We will continue handling your request once we have received your confirmation and the payment.',
    payment: (details) => `Payment details: ${asSentence(details)}`,
    withdraw:
      'You may also withdraw your request or narrow it, for example to data you have not previously received from us. We will then reconsider whether a fee is justified. Nothing will be charged without your confirmation.',
  },

  completed: {
    intro: 'With this letter we inform you of the action we have taken on your request.',
    accessNoData: `Having carefully searched our systems, we can confirm that we do not process any personal data about you (${a('15.1')}).`,
    accessDownload: (until) =>
      `You will find a copy of the personal data we process about you (${a('15.3')}) in a secure download package${until ? `, available until ${until} inclusive` : ''}. We recommend that you download the files${until ? ' before that date' : ''} and keep them in a safe place.`,
    accessLinkSeparately:
      'To protect your data, we are sending you the link to this package in a separate message.',
    packageFiles: 'The package also contains these documents:',
    accessEnclosed: `Please find enclosed a copy of the personal data we process about you (${a('15.3')}).`,
    accessInformation: `Below you will also find the information about the processing of your data to which you are entitled under ${a('15')}.`,
    portabilityDownload: (until) =>
      `The data you provided to us yourself is available ${packageFormat} in a secure download package${until ? `, available until ${until} inclusive` : ''} (${a('20.1')}).`,
    portabilitySamePackage: `The data you provided to us yourself is also included, ${packageFormat}, in the same download package (${a('20.1')}).`,
    portabilityEnclosed: `Please also find enclosed the data you provided to us yourself, ${packageFormat} (${a('20.1')}).`,
    portabilityTransmitted: (recipient) =>
      `As you requested, we have transmitted the data you provided to us yourself directly to ${recipient}, in a structured, commonly used and machine-readable format (${a('20.2')}).`,
    rectified: 'We have rectified or completed your data as follows:',
    rectifiedGeneric: 'We have rectified or completed your data as you requested.',
    erased: 'We have erased the following data:',
    nothingErased: 'We have not been able to erase any data, for the reasons set out below.',
    keptIntro:
      'Some data must or may still be kept. We keep it no longer than necessary, with restricted access, and use it solely for the purpose stated below:',
    kept: {
      legal_obligation: (rule) =>
        `we are required to keep this data by a legal obligation (${a('17.3.b')})${rule ? ` – ${rule}` : ''}`,
      legal_claims: (rule) =>
        `this data is needed for the establishment, exercise or defence of legal claims (${a('17.3.e')})${rule ? ` – ${rule}` : ''}`,
      ongoing_contract: (rule) =>
        `this data is still needed to perform the current contract with you (${a('17.1.a')})${rule ? ` – ${rule}` : ''}`,
      freedom_of_expression: (rule) =>
        `this data is needed for exercising the right of freedom of expression and information (${a('17.3.a')})${rule ? ` – ${rule}` : ''}`,
      public_health: (rule) =>
        `this data is needed for reasons of public interest in the area of public health (${a('17.3.c')})${rule ? ` – ${rule}` : ''}`,
      archiving_research: (rule) =>
        `this data is needed for archiving purposes in the public interest, scientific or historical research or statistical purposes (${a('17.3.d')})${rule ? ` – ${rule}` : ''}`,
    },
    keptUntil: (until) => `We will erase it by ${until} at the latest.`,
    keptUnderLegalHold: (systems) =>
      `The data held in ${systems} is subject to a legal hold (a dispute, legal proceedings or an inspection by an authority) and must be kept for now: it is needed for the establishment, exercise or defence of legal claims (${a('17.3.e')}). We will erase it as soon as the hold ends.`,
    restricted: (scope) =>
      `We have restricted the processing of your data (${a('18.1')})${scope ? `: ${asSentence(scope)}` : '.'}`,
    restrictionMeaning: `While the restriction applies, we store this data but do not otherwise process it, except with your consent, for the establishment, exercise or defence of legal claims, for the protection of the rights of another natural or legal person, or for reasons of important public interest (${a('18.2')}).`,
    restrictionLifting: `We will inform you before the restriction is lifted (${a('18.3')}).`,
    objectionDirectMarketing: `We no longer use your personal data for direct marketing, including profiling related to it (${a('21.3')}). To keep respecting your objection, we retain only the data needed to recognise you on our internal suppression list.`,
    objectionLegitimateInterest: `We have upheld your objection (${a('21.1')}) and stopped the following processing of your data:`,
    objectionLegitimateInterestGeneric: `We have upheld your objection and no longer process your data for the purpose you objected to (${a('21.1')}).`,
    consentWithdrawn: (purposes) =>
      purposes
        ? `We have recorded the withdrawal of your consent and no longer process your data for the following purposes: ${purposes}.`
        : 'We have recorded the withdrawal of your consent and no longer process your data for the purposes to which you had consented.',
    consentLawfulBefore: `The withdrawal applies for the future: it does not affect the lawfulness of processing based on your consent before its withdrawal (${a('7.3')}).`,
    stopContact:
      'We have added you to our internal list of people who do not wish to be contacted. We will no longer contact you for commercial purposes through any channel. For this purpose we keep only the data needed to recognise you on that list.',
    stopContactRequired:
      'You will continue to receive the communications we must send you under a current contract or a legal obligation, such as invoices.',
    doNotCallList:
      'If you also do not wish to receive marketing calls from other companies, you can register your telephone number free of charge on the Belgian “Do Not Call Me” list at www.dncm.be.',
    recipientsHeading: `Notification of recipients (${a('19')})`,
    recipientsNotified:
      'We have communicated the rectification, erasure or restriction to the recipients to whom we had disclosed your data:',
    noRecipientsToNotify:
      'We had not disclosed your data to any recipient who needed to be informed of the rectification, erasure or restriction.',
  },

  refusal: {
    partialIntro:
      'We can only partly act on your request. Below we explain what we have done and why we are not acting on part of your request.',
    refusedHeading: 'What we are not acting on',
    refusedTypesIntro: 'We are not acting on your request in so far as it concerns:',
    refusedScope: (scope) => `We are not acting on the following part of your request: ${asSentence(scope)}`,
    fullIntro: 'Having carefully examined your request, we have decided not to act on it.',
    reasonsIntro: 'The reasons for this decision are as follows:',
    ground: {
      manifestly_unfounded: () =>
        `We therefore consider the request to be manifestly unfounded within the meaning of ${a('12.5')}.`,
      excessive: () =>
        `We therefore consider the request to be excessive within the meaning of ${a('12.5')}.`,
      identity_not_established: () =>
        `We have not been able to establish with sufficient certainty that the request comes from you. Until we can, we may neither disclose nor change your personal data (${a('12.6')}).`,
      legal_obligation: (reference) =>
        `A legal obligation to which we are subject${reference ? ` (${reference})` : ''} prevents us from acting on it.`,
      compelling_legitimate_grounds: () =>
        `We consider that there are compelling legitimate grounds for the processing concerned which override your interests, rights and freedoms, or that the processing is needed for the establishment, exercise or defence of legal claims (${a('21.1')}).`,
      other: () => null,
    },
    identityRetry:
      'If you still send us the information we asked for, we will continue handling your request.',
  },

  remedies: {
    heading: 'Your remedies',
    complaint: `If you disagree with this decision, you have the right to lodge a complaint with the Data Protection Authority (${as('12.4', '77')}):`,
    court: `You may also seek a judicial remedy (${a('79')}), in particular before the president of the court of first instance sitting as in summary proceedings (Article 209 of the Belgian Law of 30 July 2018 on the protection of natural persons with regard to the processing of personal data).`,
  },

  forwarded: {
    processor: (c) =>
      `Your request concerns personal data that we do not process for ourselves but on behalf of ${c}. In this respect we act as a processor (${a('28')}); ${c} is the controller and decides on your request.`,
    forwardedOn: (c, d) =>
      `We therefore forwarded your request to ${c} on ${d}. We are giving ${c} the assistance needed to answer it (${a('28.3.e')}).`,
    contact: (c, contact) => `You can also contact ${c} directly: ${contact}.`,
    noContact: (c) => `For any further questions about your request, please contact ${c} directly.`,
  },
}
