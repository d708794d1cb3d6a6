import type { ConsentLanguage } from './model'

export interface PreferenceWording {
  languageName: string
  otherLanguages: string
  title: string
  intro: string
  email: string
  send: string
  sent: (days: number) => string
  invalidEmail: string
  invalidLink: string
  manageIntro: (masked: string) => string
  purposeLegend: string
  given: string
  withdrawn: string
  notChosen: string
  /** The sentence stored as the consent text next to the purpose's label. */
  consentSentence: string
  state: Record<'given' | 'refused' | 'withdrawn' | 'expired' | 'pending_parental' | 'none', string>
  since: (date: string) => string
  until: (date: string) => string
  renewalDue: string
  save: string
  saved: (n: number) => string
  noPurposes: string
  withdrawalNote: string
  unsubscribeTitle: string
  unsubscribeQuestion: (purpose: string) => string
  unsubscribeButton: string
  unsubscribed: (purpose: string) => string
  poweredBy: string
  /** For purposes offered to children (Art. 8 GDPR, 13 in Belgium). */
  childrenPurpose: string
  /** A yes of a child under 13 that waits for the parent's confirmation: shown, not changeable on the page. */
  pendingParental: string
  ageConfirm: string
  ageNote: string
  ageNeeded: (n: number) => string
}

export const PREFERENCE_WORDING: Record<ConsentLanguage, PreferenceWording> = {
  nl: {
    languageName: 'Nederlands',
    otherLanguages: 'Deze pagina in een andere taal',
    title: 'Mijn voorkeuren',
    intro:
      'Vul uw e-mailadres in. Wij sturen u een link waarmee u uw toestemmingen en voorkeuren ziet en wijzigt; u hebt geen account nodig.',
    email: 'E-mailadres',
    send: 'Link versturen',
    sent: (days) =>
      `Als wij dit adres kennen, ontvangt u binnen enkele minuten een e-mail met een link. De link werkt ${days} dagen.`,
    invalidEmail: 'Vul een geldig e-mailadres in.',
    invalidLink: 'Deze link is ongeldig of verlopen. Vraag hieronder een nieuwe aan.',
    manageIntro: (masked) => `Uw toestemmingen voor ${masked}. Wijzig wat u wilt en klik op Opslaan.`,
    purposeLegend: 'Toestemming voor',
    given: 'Ja, ik geef toestemming',
    withdrawn: 'Nee',
    notChosen: 'Nog niet gekozen',
    consentSentence: 'Ik geef toestemming via het voorkeurencentrum.',
    state: {
      given: 'Toestemming gegeven',
      refused: 'Geweigerd',
      withdrawn: 'Ingetrokken',
      expired: 'Verlopen',
      none: 'Nog niet gekozen',
      pending_parental: 'Wacht op de bevestiging van een ouder (nog geen toestemming)',
    },
    since: (date) => `sinds ${date}`,
    until: (date) => `geldig tot ${date}`,
    renewalDue: 'Uw toestemming loopt af: kies opnieuw Ja om ze te vernieuwen.',
    save: 'Opslaan',
    saved: (n) =>
      n === 0 ? 'Er is niets gewijzigd.' : `Opgeslagen: ${n} ${n === 1 ? 'wijziging' : 'wijzigingen'}.`,
    noPurposes: 'Deze organisatie vraagt voor niets uw toestemming.',
    withdrawalNote: 'Intrekken is even eenvoudig als toestemming geven en geldt onmiddellijk.',
    unsubscribeTitle: 'Uitschrijven',
    unsubscribeQuestion: (p) => `Wilt u uw toestemming voor "${p}" intrekken?`,
    unsubscribeButton: 'Uitschrijven',
    unsubscribed: (p) => `U bent uitgeschreven: uw toestemming voor "${p}" is ingetrokken.`,
    poweredBy: 'Beheerd met Custos',
    childrenPurpose: 'Dit doeleinde wordt ook aan kinderen aangeboden.',
    pendingParental:
      'Een ouder of voogd werd per e-mail gevraagd deze toestemming te bevestigen. Zolang dat niet gebeurt, is er geen toestemming. Deze keuze kan hier niet worden gewijzigd zolang de vraag loopt; neem daarvoor contact op met de organisatie.',
    ageConfirm: 'Ik ben 13 jaar of ouder',
    ageNote:
      'Jonger dan 13? Dan moet een ouder of voogd de toestemming geven; dat kan niet op deze pagina. Neem daarvoor contact met ons op. Ook zonder dit vakje kunt u een toestemming intrekken.',
    ageNeeded: (n) =>
      `${n === 1 ? 'Eén toestemming werd' : `${n} toestemmingen werden`} niet geregistreerd: bevestig dat u 13 jaar of ouder bent, of laat een ouder of voogd de toestemming geven.`,
  },
  fr: {
    languageName: 'Français',
    otherLanguages: 'Cette page dans une autre langue',
    title: 'Mes préférences',
    intro:
      'Indiquez votre adresse e-mail. Nous vous envoyons un lien pour voir et modifier vos consentements et préférences ; aucun compte n’est nécessaire.',
    email: 'Adresse e-mail',
    send: 'Envoyer le lien',
    sent: (days) =>
      `Si nous connaissons cette adresse, vous recevrez dans quelques minutes un e-mail avec un lien, valable ${days} jours.`,
    invalidEmail: 'Indiquez une adresse e-mail valide.',
    invalidLink: 'Ce lien n’est pas valide ou a expiré. Demandez-en un nouveau ci-dessous.',
    manageIntro: (masked) =>
      `Vos consentements pour ${masked}. Modifiez ce que vous souhaitez puis cliquez sur Enregistrer.`,
    purposeLegend: 'Consentement pour',
    given: 'Oui, je donne mon consentement',
    withdrawn: 'Non',
    notChosen: 'Pas encore choisi',
    consentSentence: 'Je donne mon consentement via le centre de préférences.',
    state: {
      given: 'Consentement donné',
      refused: 'Refusé',
      withdrawn: 'Retiré',
      expired: 'Expiré',
      none: 'Pas encore choisi',
      pending_parental: 'En attente de la confirmation d’un parent (pas encore de consentement)',
    },
    since: (date) => `depuis le ${date}`,
    until: (date) => `valable jusqu’au ${date}`,
    renewalDue: 'Votre consentement arrive à échéance : choisissez à nouveau Oui pour le renouveler.',
    save: 'Enregistrer',
    saved: (n) =>
      n === 0 ? 'Rien n’a changé.' : `Enregistré : ${n} ${n === 1 ? 'modification' : 'modifications'}.`,
    noPurposes: 'Cette organisation ne vous demande aucun consentement.',
    withdrawalNote: 'Retirer son consentement est aussi simple que le donner et prend effet immédiatement.',
    unsubscribeTitle: 'Se désinscrire',
    unsubscribeQuestion: (p) => `Voulez-vous retirer votre consentement pour « ${p} » ?`,
    unsubscribeButton: 'Me désinscrire',
    unsubscribed: (p) => `Vous êtes désinscrit(e) : votre consentement pour « ${p} » est retiré.`,
    poweredBy: 'Géré avec Custos',
    childrenPurpose: 'Cette finalité est aussi proposée aux enfants.',
    pendingParental:
      'Un parent ou tuteur a été invité par e-mail à confirmer ce consentement. Tant qu’il ne l’a pas fait, il n’y a pas de consentement. Ce choix ne peut pas être modifié ici tant que la demande est en cours ; pour cela, contactez l’organisation.',
    ageConfirm: 'J’ai 13 ans ou plus',
    ageNote:
      'Moins de 13 ans ? Le consentement doit alors être donné par un parent ou un tuteur ; ce n’est pas possible sur cette page. Contactez-nous. Même sans cocher cette case, vous pouvez retirer un consentement.',
    ageNeeded: (n) =>
      `${n === 1 ? 'Un consentement n’a pas été enregistré' : `${n} consentements n’ont pas été enregistrés`} : confirmez que vous avez 13 ans ou plus, ou faites donner le consentement par un parent ou un tuteur.`,
  },
  en: {
    languageName: 'English',
    otherLanguages: 'This page in another language',
    title: 'My preferences',
    intro:
      'Enter your e-mail address. We send you a link to see and change your consents and preferences; you need no account.',
    email: 'E-mail address',
    send: 'Send the link',
    sent: (days) =>
      `If we know this address, you will receive an e-mail with a link within a few minutes. The link works for ${days} days.`,
    invalidEmail: 'Enter a valid e-mail address.',
    invalidLink: 'This link is invalid or has expired. Ask for a new one below.',
    manageIntro: (masked) => `Your consents for ${masked}. Change what you want and click Save.`,
    purposeLegend: 'Consent for',
    given: 'Yes, I consent',
    withdrawn: 'No',
    notChosen: 'Not chosen yet',
    consentSentence: 'I consent through the preference centre.',
    state: {
      given: 'Consent given',
      refused: 'Refused',
      withdrawn: 'Withdrawn',
      expired: 'Expired',
      none: 'Not chosen yet',
      pending_parental: 'Waiting for a parent’s confirmation (no consent yet)',
    },
    since: (date) => `since ${date}`,
    until: (date) => `valid until ${date}`,
    renewalDue: 'Your consent is ending: choose Yes again to renew it.',
    save: 'Save',
    saved: (n) => (n === 0 ? 'Nothing changed.' : `Saved: ${n} ${n === 1 ? 'change' : 'changes'}.`),
    noPurposes: 'This organisation asks for your consent for nothing.',
    withdrawalNote: 'Withdrawing is as easy as giving consent and takes effect at once.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeQuestion: (p) => `Do you want to withdraw your consent for "${p}"?`,
    unsubscribeButton: 'Unsubscribe',
    unsubscribed: (p) => `You are unsubscribed: your consent for "${p}" is withdrawn.`,
    poweredBy: 'Managed with Custos',
    childrenPurpose: 'This purpose is also offered to children.',
    pendingParental:
      'A parent or guardian has been asked by e-mail to confirm this consent. Until they do, there is no consent. This choice cannot be changed here while the request is open; to change it, contact the organisation.',
    ageConfirm: 'I am 13 or older',
    ageNote:
      'Under 13? Then a parent or guardian must give the consent; that is not possible on this page. Please contact us. You can withdraw a consent without ticking this box.',
    ageNeeded: (n) =>
      `${n === 1 ? 'One consent was' : `${n} consents were`} not recorded: confirm that you are 13 or older, or have a parent or guardian give the consent.`,
  },
  de: {
    languageName: 'Deutsch',
    otherLanguages: 'Diese Seite in einer anderen Sprache',
    title: 'Meine Einstellungen',
    intro:
      'Geben Sie Ihre E-Mail-Adresse ein. Wir senden Ihnen einen Link, mit dem Sie Ihre Einwilligungen und Einstellungen sehen und ändern; Sie brauchen kein Konto.',
    email: 'E-Mail-Adresse',
    send: 'Link senden',
    sent: (days) =>
      `Wenn wir diese Adresse kennen, erhalten Sie in wenigen Minuten eine E-Mail mit einem Link. Der Link gilt ${days} Tage.`,
    invalidEmail: 'Geben Sie eine gültige E-Mail-Adresse ein.',
    invalidLink: 'Dieser Link ist ungültig oder abgelaufen. Fordern Sie unten einen neuen an.',
    manageIntro: (masked) =>
      `Ihre Einwilligungen für ${masked}. Ändern Sie, was Sie möchten, und klicken Sie auf Speichern.`,
    purposeLegend: 'Einwilligung für',
    given: 'Ja, ich willige ein',
    withdrawn: 'Nein',
    notChosen: 'Noch nicht gewählt',
    consentSentence: 'Ich willige über das Einstellungszentrum ein.',
    state: {
      given: 'Einwilligung erteilt',
      refused: 'Abgelehnt',
      withdrawn: 'Widerrufen',
      expired: 'Abgelaufen',
      none: 'Noch nicht gewählt',
      pending_parental: 'Wartet auf die Bestätigung eines Elternteils (noch keine Einwilligung)',
    },
    since: (date) => `seit ${date}`,
    until: (date) => `gültig bis ${date}`,
    renewalDue: 'Ihre Einwilligung läuft ab: Wählen Sie erneut Ja, um sie zu verlängern.',
    save: 'Speichern',
    saved: (n) =>
      n === 0 ? 'Nichts wurde geändert.' : `Gespeichert: ${n} ${n === 1 ? 'Änderung' : 'Änderungen'}.`,
    noPurposes: 'Diese Organisation bittet Sie um keine Einwilligung.',
    withdrawalNote: 'Der Widerruf ist so einfach wie die Einwilligung und gilt sofort.',
    unsubscribeTitle: 'Abmelden',
    unsubscribeQuestion: (p) => `Möchten Sie Ihre Einwilligung für „${p}“ widerrufen?`,
    unsubscribeButton: 'Abmelden',
    unsubscribed: (p) => `Sie sind abgemeldet: Ihre Einwilligung für „${p}“ ist widerrufen.`,
    poweredBy: 'Verwaltet mit Custos',
    childrenPurpose: 'Dieser Zweck wird auch Kindern angeboten.',
    pendingParental:
      'Ein Elternteil oder Vormund wurde per E-Mail gebeten, diese Einwilligung zu bestätigen. Solange dies nicht geschieht, besteht keine Einwilligung. Diese Entscheidung kann hier nicht geändert werden, solange die Anfrage läuft; wenden Sie sich dazu an die Organisation.',
    ageConfirm: 'Ich bin 13 Jahre oder älter',
    ageNote:
      'Unter 13? Dann muss ein Elternteil oder Vormund die Einwilligung geben; das ist auf dieser Seite nicht möglich. Bitte kontaktieren Sie uns. Eine Einwilligung widerrufen können Sie auch ohne dieses Kästchen.',
    ageNeeded: (n) =>
      `${n === 1 ? 'Eine Einwilligung wurde' : `${n} Einwilligungen wurden`} nicht erfasst: Bestätigen Sie, dass Sie 13 Jahre oder älter sind, oder lassen Sie einen Elternteil oder Vormund die Einwilligung geben.`,
  },
}
