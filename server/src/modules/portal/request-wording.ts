import type { Language } from '../../db/schema'
import type { LetterKind } from '../../domain/requests'

/** Texts of the public request pages (/p/{slug}/request, verify, status) in the three languages. */
export interface RequestWording {
  title: string
  intro: (organisation: string) => string
  optional: string
  name: string
  nameHelp: string
  email: string
  emailHelp: string
  types: string
  typesHelp: string
  details: string
  detailsHelp: (max: number) => string
  customerNumber: string
  customerNumberHelp: string
  idDocument: string
  /** Guidance: never required, mask the photo and the national register number, and why. */
  idDocumentHelp: string[]
  honeypot: string
  submit: string
  errorSummary: string
  errors: {
    nameRequired: string
    nameTooLong: string
    emailInvalid: string
    typesRequired: string
    detailsTooLong: (max: number) => string
    customerNumberTooLong: string
    idDocumentTooLarge: string
    idDocumentType: string
    idDocumentAgain: string
  }
  privacyTitle: string
  privacy: (organisation: string) => string[]
  privacyLink: string
  checkEmailTitle: string
  checkEmail: (hours: number) => string[]
  verifiedTitle: string
  verified: string
  reference: string
  dueDate: string
  extendedDueDate: string
  statusLinkIntro: string
  statusLink: string
  invalidLinkTitle: string
  invalidLink: string
  expiredLink: (hours: number) => string
  newRequest: string
  statusTitle: string
  requester: string
  rights: string
  received: string
  status: string
  letters: string
  noLetters: string
  letterDate: string
  letterKind: string
  letterKinds: Record<LetterKind, string>
  letterDelivery: string
  /** How each letter left: handed to the mail server, still in the outbox, or to be posted. */
  letterDeliveries: Record<'sent' | 'waiting' | 'post', string>
  /** The status while the answer is written but its mail has not left yet. */
  answerWaiting: string
  contact: (email: string) => string
  notFound: string
}

export const REQUEST_WORDING: Record<Language, RequestWording> = {
  nl: {
    title: 'Een verzoek over uw persoonsgegevens',
    intro: (org) =>
      `Met dit formulier oefent u uw rechten uit tegenover ${org}: inzage, verbetering, wissing en de andere rechten uit de AVG. U hebt geen account nodig en het is gratis.`,
    optional: '(niet verplicht)',
    name: 'Uw naam',
    nameHelp: 'Zoals wij u kennen, bijvoorbeeld op een factuur of contract.',
    email: 'Uw e-mailadres',
    emailHelp: 'Wij sturen u een link om dit adres te bevestigen. Ons antwoord volgt op dit adres.',
    types: 'Wat vraagt u?',
    typesHelp: 'Kies één of meer rechten.',
    details: 'Toelichting',
    detailsHelp: (max) =>
      `Bijvoorbeeld welke gegevens of welke periode het betreft (hoogstens ${max} tekens).`,
    customerNumber: 'Klantnummer of dossiernummer',
    customerNumberHelp: 'Als u er een hebt: zo vinden wij uw gegevens sneller.',
    idDocument: 'Kopie van uw identiteitsbewijs',
    idDocumentHelp: [
      'Niet nodig om uw verzoek in te dienen. Wij vragen het alleen als wij anders niet zeker kunnen zijn dat u de persoon bent over wie de gegevens gaan; u mag het nu al meesturen.',
      'Maak vóór het opladen uw foto en uw rijksregisternummer onleesbaar, bijvoorbeeld met een zwarte balk. Wij hebben ze niet nodig om u te herkennen, en de AVG vraagt dat wij niet meer gegevens verwerken dan nodig (minimale gegevensverwerking, art. 5, lid 1, c AVG).',
      'PDF, JPEG of PNG, hoogstens 5 MB. Wij bewaren het bestand versleuteld en wissen het zodra wij over uw verzoek beslist hebben.',
    ],
    honeypot: 'Laat dit veld leeg',
    submit: 'Verzoek indienen',
    errorSummary: 'Het formulier is nog niet volledig',
    errors: {
      nameRequired: 'Vul uw naam in.',
      nameTooLong: 'Uw naam is te lang (hoogstens 200 tekens).',
      emailInvalid: 'Vul een geldig e-mailadres in.',
      typesRequired: 'Kies minstens één recht.',
      detailsTooLong: (max) => `De toelichting is te lang (hoogstens ${max} tekens).`,
      customerNumberTooLong: 'Het klantnummer is te lang (hoogstens 100 tekens).',
      idDocumentTooLarge: 'Het bestand is groter dan 5 MB. Kies een kleiner bestand of laat het weg.',
      idDocumentType: 'Dit bestand is geen PDF, JPEG of PNG. Kies een ander bestand of laat het weg.',
      idDocumentAgain: 'Kies het bestand opnieuw: om veiligheidsredenen onthoudt het formulier het niet.',
    },
    privacyTitle: 'Wat wij met dit verzoek doen',
    privacy: (org) => [
      `${org} gebruikt de gegevens uit dit formulier alleen om uw verzoek te behandelen en om te kunnen aantonen hoe het behandeld werd (art. 12 en art. 5, lid 2 AVG). Wij vragen niet systematisch een kopie van uw identiteitskaart.`,
      'Wij bewaren het verzoek en ons antwoord zolang wij moeten kunnen aantonen hoe wij het behandelden, en niet langer. Niemand anders krijgt ze te zien, behalve wanneer het verzoek over een verwerking gaat die wij voor een klant uitvoeren: dan sturen wij het door naar die klant en laten wij u dat weten.',
    ],
    privacyLink: 'Onze privacyverklaring',
    checkEmailTitle: 'Kijk in uw mailbox',
    checkEmail: (hours) => [
      'Bedankt. Wij hebben een e-mail gestuurd naar het adres dat u opgaf. Klik op de link in die e-mail om uw adres te bevestigen; pas dan behandelen wij het verzoek als het uwe en ontvangt u een ontvangstbevestiging met de datum waarop wij uiterlijk antwoorden.',
      `De link werkt ${hours} uur. Geen e-mail ontvangen? Kijk ook bij ongewenste e-mail.`,
    ],
    verifiedTitle: 'Uw e-mailadres is bevestigd',
    verified:
      'Bedankt. Wij behandelen uw verzoek en hebben u een ontvangstbevestiging gestuurd. Bewaar de link hieronder: daarmee volgt u uw verzoek.',
    reference: 'Referentie',
    dueDate: 'Wij antwoorden uiterlijk op',
    extendedDueDate: 'Verlengde termijn tot',
    statusLinkIntro: 'Volg uw verzoek via deze persoonlijke link (geef hem aan niemand door):',
    statusLink: 'Stand van mijn verzoek',
    invalidLinkTitle: 'Deze link werkt niet',
    invalidLink:
      'Deze link is ongeldig of werd al gebruikt. Kijk in de recentste e-mail die u van ons kreeg.',
    expiredLink: (hours) =>
      `Deze link is verlopen: hij werkt ${hours} uur. Dien het verzoek opnieuw in als u dat wenst.`,
    newRequest: 'Een nieuw verzoek indienen',
    statusTitle: 'Stand van uw verzoek',
    requester: 'Ingediend door',
    rights: 'Gevraagd',
    received: 'Ontvangen op',
    status: 'Stand van zaken',
    letters: 'Onze brieven',
    noLetters: 'Nog geen brieven.',
    letterDate: 'Datum',
    letterKind: 'Brief',
    letterKinds: {
      acknowledgement: 'Ontvangstbevestiging',
      identity_needed: 'Vraag om uw identiteit te bevestigen',
      extension: 'Verlenging van de termijn',
      fee_warning: 'Aankondiging van een vergoeding',
      completed: 'Antwoord',
      partially_refused: 'Antwoord met gedeeltelijke weigering',
      refused: 'Weigering',
      forwarded: 'Doorgestuurd naar de verwerkingsverantwoordelijke',
    },
    letterDelivery: 'Verzending',
    letterDeliveries: {
      sent: 'Verzonden per e-mail',
      waiting: 'Klaar, nog niet verzonden',
      post: 'Per post',
    },
    answerWaiting: 'Ons antwoord is klaar, maar nog niet verzonden',
    contact: (email) => `Vragen? Schrijf naar ${email} en vermeld uw referentie.`,
    notFound: 'Deze pagina bestaat niet.',
  },
  fr: {
    title: 'Une demande concernant vos données personnelles',
    intro: (org) =>
      `Ce formulaire vous permet d’exercer vos droits auprès de ${org} : accès, rectification, effacement et les autres droits prévus par le RGPD. Aucun compte n’est nécessaire et c’est gratuit.`,
    optional: '(facultatif)',
    name: 'Votre nom',
    nameHelp: 'Tel que nous le connaissons, par exemple sur une facture ou un contrat.',
    email: 'Votre adresse e-mail',
    emailHelp:
      'Nous vous enverrons un lien pour confirmer cette adresse. Notre réponse suivra à cette adresse.',
    types: 'Que demandez-vous ?',
    typesHelp: 'Choisissez un ou plusieurs droits.',
    details: 'Précisions',
    detailsHelp: (max) => `Par exemple les données ou la période concernées (${max} caractères au maximum).`,
    customerNumber: 'Numéro de client ou de dossier',
    customerNumberHelp: 'Si vous en avez un : nous retrouverons vos données plus vite.',
    idDocument: 'Copie de votre pièce d’identité',
    idDocumentHelp: [
      'Elle n’est pas nécessaire pour introduire votre demande. Nous ne la demandons que si nous ne pouvons pas être sûrs autrement que vous êtes la personne concernée par les données ; vous pouvez la joindre dès maintenant si vous le souhaitez.',
      'Avant de l’envoyer, rendez illisibles votre photo et votre numéro de registre national, par exemple avec une bande noire. Nous n’en avons pas besoin pour vous reconnaître, et le RGPD nous demande de ne pas traiter plus de données que nécessaire (minimisation des données, art. 5, §\u00a01, c) RGPD).',
      'PDF, JPEG ou PNG, 5 Mo au maximum. Nous conservons le fichier chiffré et le supprimons dès que nous avons pris une décision sur votre demande.',
    ],
    honeypot: 'Laissez ce champ vide',
    submit: 'Envoyer la demande',
    errorSummary: 'Le formulaire n’est pas encore complet',
    errors: {
      nameRequired: 'Indiquez votre nom.',
      nameTooLong: 'Votre nom est trop long (200 caractères au maximum).',
      emailInvalid: 'Indiquez une adresse e-mail valide.',
      typesRequired: 'Choisissez au moins un droit.',
      detailsTooLong: (max) => `Les précisions sont trop longues (${max} caractères au maximum).`,
      customerNumberTooLong: 'Le numéro de client est trop long (100 caractères au maximum).',
      idDocumentTooLarge: 'Le fichier dépasse 5 Mo. Choisissez un fichier plus petit ou ne joignez rien.',
      idDocumentType:
        'Ce fichier n’est pas un PDF, un JPEG ou un PNG. Choisissez un autre fichier ou ne joignez rien.',
      idDocumentAgain:
        'Choisissez à nouveau le fichier : pour des raisons de sécurité, le formulaire ne le conserve pas.',
    },
    privacyTitle: 'Ce que nous faisons de cette demande',
    privacy: (org) => [
      `${org} utilise les données de ce formulaire uniquement pour traiter votre demande et pour pouvoir démontrer comment elle a été traitée (art. 12 et art. 5, §\u00a02 RGPD). Nous ne demandons pas systématiquement une copie de votre carte d’identité.`,
      'Nous conservons la demande et notre réponse aussi longtemps que nous devons pouvoir démontrer comment nous l’avons traitée, et pas plus longtemps. Personne d’autre n’y a accès, sauf si la demande concerne un traitement que nous effectuons pour un client : nous la lui transmettons alors et nous vous en informons.',
    ],
    privacyLink: 'Notre déclaration de confidentialité',
    checkEmailTitle: 'Consultez votre boîte e-mail',
    checkEmail: (hours) => [
      'Merci. Nous avons envoyé un e-mail à l’adresse indiquée. Cliquez sur le lien qu’il contient pour confirmer votre adresse ; nous traiterons alors la demande comme la vôtre et vous recevrez un accusé de réception indiquant la date à laquelle nous répondrons au plus tard.',
      `Le lien est valable ${hours} heures. Pas d’e-mail ? Vérifiez aussi vos courriers indésirables.`,
    ],
    verifiedTitle: 'Votre adresse e-mail est confirmée',
    verified:
      'Merci. Nous traitons votre demande et vous avons envoyé un accusé de réception. Conservez le lien ci-dessous : il vous permet de suivre votre demande.',
    reference: 'Référence',
    dueDate: 'Nous répondrons au plus tard le',
    extendedDueDate: 'Délai prolongé jusqu’au',
    statusLinkIntro: 'Suivez votre demande grâce à ce lien personnel (ne le communiquez à personne) :',
    statusLink: 'Où en est ma demande',
    invalidLinkTitle: 'Ce lien ne fonctionne pas',
    invalidLink:
      'Ce lien n’est pas valide ou a déjà été utilisé. Consultez le dernier e-mail que vous avez reçu de nous.',
    expiredLink: (hours) =>
      `Ce lien a expiré : il est valable ${hours} heures. Introduisez à nouveau la demande si vous le souhaitez.`,
    newRequest: 'Introduire une nouvelle demande',
    statusTitle: 'Où en est votre demande',
    requester: 'Introduite par',
    rights: 'Objet',
    received: 'Reçue le',
    status: 'État',
    letters: 'Nos courriers',
    noLetters: 'Pas encore de courrier.',
    letterDate: 'Date',
    letterKind: 'Courrier',
    letterKinds: {
      acknowledgement: 'Accusé de réception',
      identity_needed: 'Demande de confirmation de votre identité',
      extension: 'Prolongation du délai',
      fee_warning: 'Annonce de frais',
      completed: 'Réponse',
      partially_refused: 'Réponse avec refus partiel',
      refused: 'Refus',
      forwarded: 'Transmise au responsable du traitement',
    },
    letterDelivery: 'Envoi',
    letterDeliveries: {
      sent: 'Envoyé par e-mail',
      waiting: 'Prêt, pas encore envoyé',
      post: 'Par la poste',
    },
    answerWaiting: 'Notre réponse est prête, mais pas encore envoyée',
    contact: (email) => `Des questions ? Écrivez à ${email} en mentionnant votre référence.`,
    notFound: 'Cette page n’existe pas.',
  },
  en: {
    title: 'A request about your personal data',
    intro: (org) =>
      `With this form you exercise your rights towards ${org}: access, rectification, erasure and the other rights under the GDPR. You need no account and it is free of charge.`,
    optional: '(optional)',
    name: 'Your name',
    nameHelp: 'As we know you, for example from an invoice or a contract.',
    email: 'Your e-mail address',
    emailHelp: 'We will send you a link to confirm this address. Our answer will follow at this address.',
    types: 'What are you asking for?',
    typesHelp: 'Choose one or more rights.',
    details: 'Details',
    detailsHelp: (max) => `For example which data or which period it concerns (at most ${max} characters).`,
    customerNumber: 'Customer or file number',
    customerNumberHelp: 'If you have one: it helps us find your data sooner.',
    idDocument: 'Copy of your identity document',
    idDocumentHelp: [
      'It is not needed to make your request. We only ask for it when we cannot otherwise be sure that you are the person the data is about; you may add it now if you wish.',
      'Before uploading, make your photo and your national register number unreadable, for example with a black bar. We do not need them to recognise you, and the GDPR asks us not to process more data than necessary (data minimisation, Art. 5(1)(c) GDPR).',
      'PDF, JPEG or PNG, at most 5 MB. We keep the file encrypted and delete it as soon as we have decided on your request.',
    ],
    honeypot: 'Leave this field empty',
    submit: 'Send the request',
    errorSummary: 'The form is not complete yet',
    errors: {
      nameRequired: 'Enter your name.',
      nameTooLong: 'Your name is too long (at most 200 characters).',
      emailInvalid: 'Enter a valid e-mail address.',
      typesRequired: 'Choose at least one right.',
      detailsTooLong: (max) => `The details are too long (at most ${max} characters).`,
      customerNumberTooLong: 'The customer number is too long (at most 100 characters).',
      idDocumentTooLarge: 'The file is larger than 5 MB. Choose a smaller file or leave it out.',
      idDocumentType: 'This file is not a PDF, JPEG or PNG. Choose another file or leave it out.',
      idDocumentAgain: 'Please choose the file again: for security reasons the form does not keep it.',
    },
    privacyTitle: 'What we do with this request',
    privacy: (org) => [
      `${org} uses the data in this form only to handle your request and to be able to show how it was handled (Art. 12 and Art. 5(2) GDPR). We do not ask for a copy of your identity card as a matter of course.`,
      'We keep the request and our answer for as long as we must be able to show how we handled it, and no longer. Nobody else sees them, except when the request concerns processing we carry out for a client: we then forward it to that client and tell you so.',
    ],
    privacyLink: 'Our privacy notice',
    checkEmailTitle: 'Check your mailbox',
    checkEmail: (hours) => [
      'Thank you. We have sent an e-mail to the address you gave. Click the link in it to confirm your address; we then handle the request as yours and you receive an acknowledgement with the date by which we will answer at the latest.',
      `The link works for ${hours} hours. No e-mail? Please also check your spam folder.`,
    ],
    verifiedTitle: 'Your e-mail address is confirmed',
    verified:
      'Thank you. We are handling your request and have sent you an acknowledgement. Keep the link below: it lets you follow your request.',
    reference: 'Reference',
    dueDate: 'We will answer by',
    extendedDueDate: 'Extended time limit until',
    statusLinkIntro: 'Follow your request with this personal link (do not share it):',
    statusLink: 'Where my request stands',
    invalidLinkTitle: 'This link does not work',
    invalidLink:
      'This link is invalid or was already used. Please look at the latest e-mail you received from us.',
    expiredLink: (hours) =>
      `This link has expired: it works for ${hours} hours. Please send the request again if you wish.`,
    newRequest: 'Make a new request',
    statusTitle: 'Where your request stands',
    requester: 'Made by',
    rights: 'Request',
    received: 'Received on',
    status: 'Status',
    letters: 'Our letters',
    noLetters: 'No letters yet.',
    letterDate: 'Date',
    letterKind: 'Letter',
    letterKinds: {
      acknowledgement: 'Acknowledgement',
      identity_needed: 'Request to confirm your identity',
      extension: 'Extension of the time limit',
      fee_warning: 'Announcement of a fee',
      completed: 'Answer',
      partially_refused: 'Answer with a partial refusal',
      refused: 'Refusal',
      forwarded: 'Forwarded to the controller',
    },
    letterDelivery: 'Sent',
    letterDeliveries: {
      sent: 'Sent by e-mail',
      waiting: 'Ready, not yet sent',
      post: 'By post',
    },
    answerWaiting: 'Our answer is ready but not yet sent',
    contact: (email) => `Questions? Write to ${email}, quoting your reference.`,
    notFound: 'This page does not exist.',
  },
}
