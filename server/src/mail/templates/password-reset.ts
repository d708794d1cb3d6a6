import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

export interface PasswordResetParams {
  name: string
  link: string
  expiresInMinutes: number
}

const DRAFTS: Record<Language, (p: PasswordResetParams) => MailDraft> = {
  nl: (p) => ({
    subject: 'Uw wachtwoord voor Custos opnieuw instellen',
    greeting: `Beste ${p.name},`,
    intro: [
      'Wij ontvingen een aanvraag om het wachtwoord van uw Custos-account opnieuw in te stellen. ' +
        'Via onderstaande link kiest u een nieuw wachtwoord.',
    ],
    action: { label: 'Nieuw wachtwoord kiezen', url: p.link },
    outro: [
      `Deze link is ${p.expiresInMinutes} minuten geldig en kan maar één keer gebruikt worden.`,
      'Heeft u deze aanvraag niet zelf gedaan? Dan mag u deze e-mail negeren: uw huidige wachtwoord blijft ' +
        'ongewijzigd.',
    ],
  }),
  fr: (p) => ({
    subject: 'Réinitialisation de votre mot de passe Custos',
    greeting: `Bonjour ${p.name},`,
    intro: [
      'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Custos. ' +
        'Le lien ci-dessous vous permet de choisir un nouveau mot de passe.',
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: p.link },
    outro: [
      `Ce lien est valable ${p.expiresInMinutes}\u00a0minutes et ne peut être utilisé qu’une seule fois.`,
      'Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message\u00a0: ' +
        'votre mot de passe actuel reste inchangé.',
    ],
  }),
  en: (p) => ({
    subject: 'Reset your Custos password',
    greeting: `Dear ${p.name},`,
    intro: [
      'We received a request to reset the password of your Custos account. ' +
        'Use the link below to choose a new password.',
    ],
    action: { label: 'Choose a new password', url: p.link },
    outro: [
      `This link is valid for ${p.expiresInMinutes} minutes and can only be used once.`,
      'If you did not make this request, you can safely ignore this email: your current password remains ' +
        'unchanged.',
    ],
  }),
}

export function renderPasswordReset(
  language: Language,
  params: PasswordResetParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
