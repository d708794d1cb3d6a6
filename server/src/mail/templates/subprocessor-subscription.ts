import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

export interface SubprocessorSubscriptionParams {
  organizationName: string
  confirmUrl: string
}

const DRAFTS: Record<Language, (p: SubprocessorSubscriptionParams) => MailDraft> = {
  nl: (p) => ({
    subject: `Bevestig uw inschrijving: wijzigingen in de subverwerkers van ${p.organizationName}`,
    greeting: 'Geachte heer, geachte mevrouw,',
    intro: [
      `U vroeg om bericht wanneer ${p.organizationName} een subverwerker toevoegt of schrapt. Bevestig dit met de ` +
        'knop hieronder; zonder bevestiging sturen wij u niets.',
    ],
    action: { label: 'Inschrijving bevestigen', url: p.confirmUrl },
    outro: ['Heeft u dit niet gevraagd? Dan mag u dit bericht negeren: uw adres wordt niet gebruikt.'],
  }),
  fr: (p) => ({
    subject: `Confirmez votre inscription : changements de sous-traitants ultérieurs de ${p.organizationName}`,
    greeting: 'Madame, Monsieur,',
    intro: [
      `Vous avez demandé à être informé(e) lorsque ${p.organizationName} ajoute ou retire un sous-traitant ` +
        'ultérieur. Veuillez le confirmer au moyen du bouton ci-dessous ; sans confirmation, nous ne vous ' +
        'enverrons rien.',
    ],
    action: { label: 'Confirmer l’inscription', url: p.confirmUrl },
    outro: [
      'Vous n’êtes pas à l’origine de cette demande ? Ignorez ce message : votre adresse ne sera pas utilisée.',
    ],
  }),
  en: (p) => ({
    subject: `Confirm your subscription: sub-processor changes of ${p.organizationName}`,
    greeting: 'Dear Sir or Madam,',
    intro: [
      `You asked to be told when ${p.organizationName} adds or removes a sub-processor. Please confirm with the ` +
        'button below; without confirmation we will not send you anything.',
    ],
    action: { label: 'Confirm subscription', url: p.confirmUrl },
    outro: ['Did you not ask for this? Then ignore this message: your address will not be used.'],
  }),
}

export function renderSubprocessorSubscription(
  language: Language,
  params: SubprocessorSubscriptionParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
