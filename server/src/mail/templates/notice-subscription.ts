import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

export interface NoticeSubscriptionParams {
  organizationName: string
  confirmUrl: string
}

const DRAFTS: Record<Language, (p: NoticeSubscriptionParams) => MailDraft> = {
  nl: (p) => ({
    subject: `Bevestig uw inschrijving: wijzigingen in de privacyverklaring van ${p.organizationName}`,
    greeting: 'Geachte heer, geachte mevrouw,',
    intro: [
      `U vroeg om op de hoogte te worden gebracht wanneer ${p.organizationName} zijn privacyverklaring ` +
        'wezenlijk wijzigt. Bevestig dit met de knop hieronder; zonder bevestiging sturen wij u niets.',
    ],
    action: { label: 'Inschrijving bevestigen', url: p.confirmUrl },
    outro: [
      'Heeft u dit niet gevraagd? Dan mag u dit bericht negeren: uw adres wordt niet gebruikt en na 30 dagen gewist.',
    ],
  }),
  fr: (p) => ({
    subject: `Confirmez votre inscription : modifications de la déclaration de confidentialité de ${p.organizationName}`,
    greeting: 'Madame, Monsieur,',
    intro: [
      `Vous avez demandé à être informé(e) lorsque ${p.organizationName} modifie de manière substantielle sa ` +
        'déclaration de confidentialité. Veuillez le confirmer au moyen du bouton ci-dessous ; sans confirmation, ' +
        'nous ne vous enverrons rien.',
    ],
    action: { label: 'Confirmer l’inscription', url: p.confirmUrl },
    outro: [
      'Vous n’êtes pas à l’origine de cette demande ? Ignorez simplement ce message : votre adresse ne sera pas ' +
        'utilisée et sera effacée après 30 jours.',
    ],
  }),
  en: (p) => ({
    subject: `Confirm your subscription: changes to the privacy notice of ${p.organizationName}`,
    greeting: 'Dear Sir or Madam,',
    intro: [
      `You asked to be told when ${p.organizationName} makes a material change to its privacy notice. ` +
        'Please confirm with the button below; without confirmation we will not send you anything.',
    ],
    action: { label: 'Confirm subscription', url: p.confirmUrl },
    outro: [
      'Did you not ask for this? Then ignore this message: your address will not be used and is erased after 30 days.',
    ],
  }),
}

export function renderNoticeSubscription(
  language: Language,
  params: NoticeSubscriptionParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
