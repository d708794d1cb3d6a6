import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

export interface ConsentPreferencesParams {
  organizationName: string
  manageUrl: string
  days: number
}

const DRAFTS: Record<Language, (p: ConsentPreferencesParams) => MailDraft> = {
  nl: (p) => ({
    subject: `Uw voorkeuren bij ${p.organizationName}`,
    greeting: 'Geachte heer, geachte mevrouw,',
    intro: [
      `U vroeg om uw toestemmingen en voorkeuren bij ${p.organizationName} te bekijken. Met de knop hieronder ` +
        `ziet u ze en kunt u ze wijzigen; de link werkt ${p.days} dagen.`,
    ],
    action: { label: 'Mijn voorkeuren', url: p.manageUrl },
    outro: ['Heeft u dit niet gevraagd? Dan mag u dit bericht negeren; er verandert niets.'],
  }),
  fr: (p) => ({
    subject: `Vos préférences auprès de ${p.organizationName}`,
    greeting: 'Madame, Monsieur,',
    intro: [
      `Vous avez demandé à consulter vos consentements et préférences auprès de ${p.organizationName}. Le bouton ` +
        `ci-dessous vous permet de les voir et de les modifier ; le lien est valable ${p.days} jours.`,
    ],
    action: { label: 'Mes préférences', url: p.manageUrl },
    outro: ['Vous n’êtes pas à l’origine de cette demande ? Ignorez ce message ; rien ne change.'],
  }),
  en: (p) => ({
    subject: `Your preferences with ${p.organizationName}`,
    greeting: 'Dear Sir or Madam,',
    intro: [
      `You asked to see your consents and preferences with ${p.organizationName}. The button below shows them ` +
        `and lets you change them; the link works for ${p.days} days.`,
    ],
    action: { label: 'My preferences', url: p.manageUrl },
    outro: ['Did you not ask for this? Then ignore this message; nothing changes.'],
  }),
}

export function renderConsentPreferences(
  language: Language,
  params: ConsentPreferencesParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
