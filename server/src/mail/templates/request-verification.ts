import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

/** Sent to the address given on the public request form: confirming it confirms the requester's identity. */
export interface RequestVerificationParams {
  organizationName: string
  reference: string
  verifyUrl: string
  /** How long the link works. */
  validHours: number
}

const DRAFTS: Record<Language, (p: RequestVerificationParams) => MailDraft> = {
  nl: (p) => ({
    subject: `Bevestig uw e-mailadres: uw privacyverzoek bij ${p.organizationName} (ref. ${p.reference})`,
    greeting: 'Geachte heer, geachte mevrouw,',
    intro: [
      `${p.organizationName} ontving via het online formulier een verzoek over persoonsgegevens met dit ` +
        `e-mailadres (referentie ${p.reference}).`,
      'Bevestig met de knop hieronder dat u dit verzoek hebt ingediend. Zo weten wij dat het van u komt en ' +
        'sturen wij ons antwoord niet naar iemand anders. Daarna ontvangt u een ontvangstbevestiging met de ' +
        'datum waarop wij uiterlijk antwoorden.',
    ],
    action: { label: 'E-mailadres bevestigen', url: p.verifyUrl },
    outro: [
      `De link werkt ${p.validHours} uur.`,
      'Hebt u dit verzoek niet ingediend? Dan mag u dit bericht negeren; er wordt niets bekendgemaakt zonder bevestiging.',
    ],
  }),
  fr: (p) => ({
    subject: `Confirmez votre adresse e-mail : votre demande auprès de ${p.organizationName} (réf. ${p.reference})`,
    greeting: 'Madame, Monsieur,',
    intro: [
      `${p.organizationName} a reçu, par le formulaire en ligne, une demande relative à des données ` +
        `personnelles mentionnant cette adresse e-mail (référence ${p.reference}).`,
      'Confirmez au moyen du bouton ci-dessous que vous êtes à l’origine de cette demande. Nous saurons ainsi ' +
        'qu’elle vient bien de vous et nous n’enverrons pas notre réponse à quelqu’un d’autre. Vous recevrez ' +
        'ensuite un accusé de réception indiquant la date à laquelle nous répondrons au plus tard.',
    ],
    action: { label: 'Confirmer l’adresse e-mail', url: p.verifyUrl },
    outro: [
      `Le lien est valable ${p.validHours} heures.`,
      'Vous n’êtes pas à l’origine de cette demande ? Ignorez ce message ; rien ne sera communiqué sans confirmation.',
    ],
  }),
  en: (p) => ({
    subject: `Confirm your e-mail address: your privacy request to ${p.organizationName} (ref. ${p.reference})`,
    greeting: 'Dear Sir or Madam,',
    intro: [
      `${p.organizationName} received a request concerning personal data through its online form, giving this ` +
        `e-mail address (reference ${p.reference}).`,
      'Please confirm with the button below that you made this request. This tells us that it comes from you, ' +
        'so that we do not send our answer to someone else. You will then receive an acknowledgement with the ' +
        'date by which we will answer at the latest.',
    ],
    action: { label: 'Confirm e-mail address', url: p.verifyUrl },
    outro: [
      `The link works for ${p.validHours} hours.`,
      'Did you not make this request? Then ignore this message; nothing is disclosed without confirmation.',
    ],
  }),
}

export function renderRequestVerification(
  language: Language,
  params: RequestVerificationParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
