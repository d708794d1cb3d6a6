import type { Language } from '../../db/schema'

/** Texts of the public portal pages around the notice, in the three languages. */
export const PORTAL_WORDING = {
  nl: {
    languageName: 'Nederlands',
    otherLanguages: 'Deze pagina in een andere taal',
    privacyTitle: 'Privacyverklaring',
    notPublished: 'Deze organisatie heeft nog geen privacyverklaring gepubliceerd.',
    versionLine: (v: number, date: string) => `Versie ${v}, van toepassing sinds ${date}`,
    olderVersion: (v: number, date: string) =>
      `U leest versie ${v} (${date}). Dit is niet de geldende versie.`,
    currentVersionLink: 'Naar de geldende versie',
    downloads: 'Downloaden',
    pdf: 'PDF',
    markdown: 'Markdown',
    json: 'JSON',
    versions: 'Eerdere versies',
    version: 'Versie',
    effective: 'Van toepassing sinds',
    material: 'Wezenlijke wijziging',
    yes: 'ja',
    no: 'nee',
    subscribeTitle: 'Op de hoogte blijven',
    subscribeText:
      'Laat uw e-mailadres achter en wij verwittigen u wanneer deze privacyverklaring wezenlijk wijzigt.',
    email: 'E-mailadres',
    subscribe: 'Inschrijven',
    subscribed:
      'Bedankt. Als dit adres nog niet ingeschreven was, ontvangt u een e-mail om uw inschrijving te bevestigen.',
    confirmed: 'Uw inschrijving is bevestigd. Wij verwittigen u bij elke wezenlijke wijziging.',
    unsubscribed: 'U bent uitgeschreven. U ontvangt geen berichten meer over deze privacyverklaring.',
    invalidLink: 'Deze link is ongeldig of verlopen.',
    invalidEmail: 'Vul een geldig e-mailadres in.',
    back: 'Terug naar de privacyverklaring',
    poweredBy: 'Beheerd met Custos',
  },
  fr: {
    languageName: 'Français',
    otherLanguages: 'Cette page dans une autre langue',
    privacyTitle: 'Déclaration de confidentialité',
    notPublished: 'Cette organisation n’a pas encore publié de déclaration de confidentialité.',
    versionLine: (v: number, date: string) => `Version ${v}, en vigueur depuis le ${date}`,
    olderVersion: (v: number, date: string) =>
      `Vous consultez la version ${v} (${date}). Ce n’est pas la version en vigueur.`,
    currentVersionLink: 'Vers la version en vigueur',
    downloads: 'Télécharger',
    pdf: 'PDF',
    markdown: 'Markdown',
    json: 'JSON',
    versions: 'Versions antérieures',
    version: 'Version',
    effective: 'En vigueur depuis',
    material: 'Modification substantielle',
    yes: 'oui',
    no: 'non',
    subscribeTitle: 'Rester informé(e)',
    subscribeText:
      'Laissez votre adresse e-mail et nous vous préviendrons lorsque cette déclaration sera modifiée de manière substantielle.',
    email: 'Adresse e-mail',
    subscribe: 'S’inscrire',
    subscribed:
      'Merci. Si cette adresse n’était pas encore inscrite, vous recevrez un e-mail pour confirmer votre inscription.',
    confirmed:
      'Votre inscription est confirmée. Nous vous préviendrons de chaque modification substantielle.',
    unsubscribed: 'Vous êtes désinscrit(e). Vous ne recevrez plus de messages concernant cette déclaration.',
    invalidLink: 'Ce lien n’est pas valide ou a expiré.',
    invalidEmail: 'Veuillez saisir une adresse e-mail valide.',
    back: 'Retour à la déclaration de confidentialité',
    poweredBy: 'Géré avec Custos',
  },
  en: {
    languageName: 'English',
    otherLanguages: 'This page in another language',
    privacyTitle: 'Privacy notice',
    notPublished: 'This organisation has not published a privacy notice yet.',
    versionLine: (v: number, date: string) => `Version ${v}, in force since ${date}`,
    olderVersion: (v: number, date: string) =>
      `You are reading version ${v} (${date}). This is not the version in force.`,
    currentVersionLink: 'Go to the version in force',
    downloads: 'Download',
    pdf: 'PDF',
    markdown: 'Markdown',
    json: 'JSON',
    versions: 'Earlier versions',
    version: 'Version',
    effective: 'In force since',
    material: 'Material change',
    yes: 'yes',
    no: 'no',
    subscribeTitle: 'Stay informed',
    subscribeText:
      'Leave your e-mail address and we will tell you when this privacy notice changes materially.',
    email: 'E-mail address',
    subscribe: 'Subscribe',
    subscribed: 'Thank you. If this address was not subscribed yet, you will receive an e-mail to confirm.',
    confirmed: 'Your subscription is confirmed. We will tell you about every material change.',
    unsubscribed: 'You are unsubscribed. You will receive no more messages about this privacy notice.',
    invalidLink: 'This link is invalid or has expired.',
    invalidEmail: 'Please enter a valid e-mail address.',
    back: 'Back to the privacy notice',
    poweredBy: 'Managed with Custos',
  },
} satisfies Record<Language, unknown>

export type PortalWording = (typeof PORTAL_WORDING)['nl']

/** 21/11/2026 in every language: the Belgian way of writing a date. */
export function formatBelgianDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-')
  return `${d}/${m}/${y}`
}
