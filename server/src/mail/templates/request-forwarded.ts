import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

/**
 * To the controller (a client for whom the organisation acts as processor): a data subject request that
 * concerns its processing, forwarded so that it can answer it (Art. 28(3)(e) GDPR).
 */
export interface RequestForwardedParams {
  processorName: string
  controllerName: string
  reference: string
  /** dd/mm/yyyy */
  receivedOn: string
  /** The rights asked for, labelled in the mail's language. */
  types: string[]
  activityName: string | null
  subjectName: string | null
  subjectEmail: string | null
  subjectAddress: string[]
  details: string | null
  /** Where the controller can reach the processor about the request. */
  replyTo: string | null
}

interface Words {
  subject: (p: RequestForwardedParams) => string
  greeting: string
  intro: (p: RequestForwardedParams) => string
  activity: (name: string) => string
  received: (date: string) => string
  types: string
  subjectName: string
  subjectEmail: string
  subjectAddress: string
  details: string
  told: (controller: string) => string
  assist: (processor: string, replyTo: string | null) => string
}

const WORDS: Record<Language, Words> = {
  nl: {
    subject: (p) =>
      `Doorgestuurd privacyverzoek (ref. ${p.reference}) van een betrokkene, van ${p.processorName}`,
    greeting: 'Geachte heer, geachte mevrouw,',
    intro: (p) =>
      `${p.processorName} verwerkt persoonsgegevens als verwerker voor ${p.controllerName}. Wij ontvingen een ` +
      'verzoek van een betrokkene dat deze verwerking betreft. Als verwerkingsverantwoordelijke beantwoordt u het ' +
      'verzoek; wij sturen het u door (art. 28, lid 3, e) AVG).',
    activity: (name) => `Verwerking: ${name}`,
    received: (date) => `Ontvangen op: ${date}`,
    types: 'Gevraagd',
    subjectName: 'Naam',
    subjectEmail: 'E-mail',
    subjectAddress: 'Adres',
    details: 'Toelichting van de betrokkene',
    told: (c) => `Wij hebben de betrokkene laten weten dat het verzoek naar ${c} is doorgestuurd.`,
    assist: (p, r) =>
      `${p} verleent u de nodige bijstand om het verzoek te beantwoorden${r ? `; u bereikt ons op ${r}` : ''}.`,
  },
  fr: {
    subject: (p) => `Demande d’une personne concernée transmise (réf. ${p.reference}) par ${p.processorName}`,
    greeting: 'Madame, Monsieur,',
    intro: (p) =>
      `${p.processorName} traite des données personnelles en qualité de sous-traitant pour ${p.controllerName}. ` +
      'Nous avons reçu une demande d’une personne concernée relative à ce traitement. En tant que responsable du ' +
      'traitement, il vous appartient d’y répondre ; nous vous la transmettons (art. 28, §\u00a03, e) RGPD).',
    activity: (name) => `Traitement : ${name}`,
    received: (date) => `Reçue le : ${date}`,
    types: 'Objet',
    subjectName: 'Nom',
    subjectEmail: 'E-mail',
    subjectAddress: 'Adresse',
    details: 'Précisions de la personne concernée',
    told: (c) => `Nous avons informé la personne concernée que sa demande a été transmise à ${c}.`,
    assist: (p, r) =>
      `${p} vous apporte l’assistance nécessaire pour répondre à la demande${r ? ` ; vous pouvez nous joindre à ${r}` : ''}.`,
  },
  en: {
    subject: (p) => `Forwarded data subject request (ref. ${p.reference}) from ${p.processorName}`,
    greeting: 'Dear Sir or Madam,',
    intro: (p) =>
      `${p.processorName} processes personal data as a processor for ${p.controllerName}. We received a request ` +
      'from a data subject concerning this processing. As the controller, you answer the request; we forward it ' +
      'to you (Art. 28(3)(e) GDPR).',
    activity: (name) => `Processing: ${name}`,
    received: (date) => `Received on: ${date}`,
    types: 'Request',
    subjectName: 'Name',
    subjectEmail: 'Email',
    subjectAddress: 'Address',
    details: 'Details given by the data subject',
    told: (c) => `We have told the data subject that the request was forwarded to ${c}.`,
    assist: (p, r) =>
      `${p} will give you the assistance you need to answer the request${r ? `; you can reach us at ${r}` : ''}.`,
  },
}

function draft(language: Language, p: RequestForwardedParams): MailDraft {
  const w = WORDS[language]
  const sep = language === 'fr' ? '\u00a0: ' : ': '
  const facts = [
    `Ref. ${p.reference}`,
    w.received(p.receivedOn),
    ...(p.activityName ? [w.activity(p.activityName)] : []),
    `${w.types}${sep}${p.types.join(', ')}`,
    ...(p.subjectName ? [`${w.subjectName}${sep}${p.subjectName}`] : []),
    ...(p.subjectEmail ? [`${w.subjectEmail}${sep}${p.subjectEmail}`] : []),
    ...(p.subjectAddress.length > 0 ? [`${w.subjectAddress}${sep}${p.subjectAddress.join(', ')}`] : []),
  ]
  return {
    subject: w.subject(p),
    greeting: w.greeting,
    intro: [w.intro(p), ...facts, ...(p.details ? [`${w.details}${sep}${p.details}`] : [])],
    outro: [w.told(p.controllerName), w.assist(p.processorName, p.replyTo)],
  }
}

export function renderRequestForwarded(
  language: Language,
  params: RequestForwardedParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, draft(language, params), signature)
}
