import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

export interface SecondFactorEnabledParams {
  name: string
}

const DRAFTS: Record<Language, (p: SecondFactorEnabledParams) => MailDraft> = {
  nl: (p) => ({
    subject: 'Tweestapsverificatie ingeschakeld voor uw Custos-account',
    greeting: `Beste ${p.name},`,
    intro: [
      'De tweestapsverificatie voor uw Custos-account is zopas ingeschakeld. Voortaan vragen wij bij het ' +
        'aanmelden, naast uw wachtwoord, ook een code uit uw authenticatie-app.',
    ],
    outro: [
      'Heeft u dit niet zelf gedaan? Neem dan onmiddellijk contact op met de beheerder van uw organisatie ' +
        'en wijzig uw wachtwoord.',
    ],
  }),
  fr: (p) => ({
    subject: 'Authentification à deux facteurs activée sur votre compte Custos',
    greeting: `Bonjour ${p.name},`,
    intro: [
      'L’authentification à deux facteurs vient d’être activée sur votre compte Custos. Désormais, un code ' +
        'généré par votre application d’authentification vous sera demandé à chaque connexion, en plus de ' +
        'votre mot de passe.',
    ],
    outro: [
      'Si vous n’êtes pas à l’origine de cette modification, veuillez contacter sans délai l’administrateur ' +
        'de votre organisation et modifier votre mot de passe.',
    ],
  }),
  en: (p) => ({
    subject: 'Two-factor authentication enabled for your Custos account',
    greeting: `Dear ${p.name},`,
    intro: [
      'Two-factor authentication has just been enabled for your Custos account. From now on, signing in ' +
        'will require a code from your authenticator app in addition to your password.',
    ],
    outro: [
      'If you did not make this change, please contact the administrator of your organisation immediately ' +
        'and change your password.',
    ],
  }),
}

export function renderSecondFactorEnabled(
  language: Language,
  params: SecondFactorEnabledParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
