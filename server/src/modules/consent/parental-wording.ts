import type { ConsentLanguage } from './model'

export interface ParentalWording {
  title: string
  invalidLink: string
  intro: (org: string, child: string, date: string) => string
  law: string
  purpose: string
  textTitle: string
  textLanguage: string
  untilConfirmed: (date: string) => string
  confirm: string
  refuse: string
  refuseHint: string
  confirmed: (date: string) => string
  refused: string
  expired: string
  closed: string
  /** Superseded by a new request for the same child and purpose. */
  replaced: string
  /** Superseded by a later choice for the purpose (the child's own, a staff entry, another consent). */
  laterChoice: string
  /** The child erased, or a cause not kept (closed before migration 0090): nothing more is said. */
  noLongerApplies: string
  /** A request closed without a record at its end, its purpose no longer listed as consent-based (review V10). */
  purposeEnded: string
  notRecorded: (org: string, date: string) => string
  chooseOne: string
  withdrawLater: string
}

/**
 * The parent's page, written for a parent who did not ask for anything: who asks, for what, the exact text, what
 * confirming means (the consent is then given, and can be withdrawn at any time), that refusing or not answering
 * means no. Art. 8 GDPR, Belgian law of 30 July 2018, art. 7 (13 years).
 */
export const PARENTAL_WORDING: Record<ConsentLanguage, ParentalWording> = {
  nl: {
    title: 'Toestemming voor uw kind',
    invalidLink:
      'Deze link is niet (meer) geldig. Een link uit de e-mail werkt één keer en vervalt na 7 dagen; zonder uw bevestiging is er geen toestemming gegeven.',
    intro: (org, child, date) =>
      `Op ${date} gaf een kind (${child}) bij ${org} de toestemming hieronder. Het kind gaf aan jonger dan 13 jaar te zijn.`,
    law: 'Volgens artikel 8 van de Algemene Verordening Gegevensbescherming en artikel 7 van de Belgische wet van 30 juli 2018 is de toestemming van een kind jonger dan 13 jaar voor een online dienst alleen geldig als de ouder of voogd ze geeft of bevestigt. Zolang u niet bevestigt, geldt er geen toestemming.',
    purpose: 'Waarvoor',
    textTitle: 'De tekst die het kind te zien kreeg',
    textLanguage: 'Taal van de tekst',
    untilConfirmed: (date) =>
      `U kunt antwoorden tot ${date}. Antwoordt u niet, dan wordt de toestemming als geweigerd geregistreerd.`,
    confirm: 'Ik ben de ouder of voogd en ik bevestig deze toestemming',
    refuse: 'Ik weiger',
    refuseHint: 'Bent u niet de ouder of voogd van dit kind? Kies dan “Ik weiger”.',
    confirmed: (date) =>
      `Dank u. De toestemming is geregistreerd als gegeven door de ouder of voogd, op ${date}. U of uw kind kan ze op elk moment intrekken, even gemakkelijk als ze gegeven werd.`,
    refused: 'Dank u. De toestemming is geregistreerd als geweigerd; er wordt niets gedaan op basis ervan.',
    expired:
      'Deze vraag is verlopen zonder antwoord. De toestemming is geregistreerd als geweigerd; er wordt niets gedaan op basis ervan.',
    closed: 'Op deze vraag werd al geantwoord. Er verandert niets.',
    replaced:
      'Deze vraag geldt niet meer: voor hetzelfde doel werd intussen een nieuwe vraag om bevestiging gesteld. Met deze link werd niets geregistreerd. Hebt u een recentere e-mail ontvangen, gebruik dan de link in die e-mail.',
    laterChoice:
      'Deze vraag geldt niet meer: voor hetzelfde doel werd intussen een latere keuze geregistreerd, en die keuze geldt. Met deze link werd niets geregistreerd.',
    noLongerApplies: 'Deze link geldt niet meer. Er werd niets mee geregistreerd.',
    purposeEnded:
      'Deze vraag is verlopen zonder antwoord, terwijl de organisatie dit doel niet meer vermeldt als een doel op basis van toestemming. Met deze link werd niets geregistreerd; er geldt geen toestemming.',
    notRecorded: (org, date) =>
      `Uw antwoord kon niet worden geregistreerd: ${org} vermeldt dit doel op dit moment niet meer als een doel op basis van toestemming. Er werd niets geregistreerd en de vraag blijft open tot ${date}. U kunt het later opnieuw proberen of contact opnemen met ${org}.`,
    chooseOne: 'Kies “bevestigen” of “Ik weiger”; er werd niets geregistreerd.',
    withdrawLater:
      'Een toestemming intrekken kan op elk moment bij de organisatie zelf; het intrekken doet geen afbreuk aan wat vóór de intrekking rechtmatig gebeurde.',
  },
  fr: {
    title: 'Consentement pour votre enfant',
    invalidLink:
      'Ce lien n’est pas (ou plus) valable. Un lien de l’e-mail ne sert qu’une fois et expire après 7 jours ; sans votre confirmation, aucun consentement n’est donné.',
    intro: (org, child, date) =>
      `Le ${date}, un enfant (${child}) a donné à ${org} le consentement ci-dessous. L’enfant a indiqué avoir moins de 13 ans.`,
    law: 'Selon l’article 8 du règlement général sur la protection des données et l’article 7 de la loi belge du 30 juillet 2018, le consentement d’un enfant de moins de 13 ans à un service en ligne n’est valable que s’il est donné ou confirmé par le titulaire de la responsabilité parentale. Tant que vous ne confirmez pas, aucun consentement n’existe.',
    purpose: 'Pour quoi',
    textTitle: 'Le texte présenté à l’enfant',
    textLanguage: 'Langue du texte',
    untilConfirmed: (date) =>
      `Vous pouvez répondre jusqu’au ${date}. Sans réponse, le consentement est enregistré comme refusé.`,
    confirm: 'Je suis le parent ou le tuteur et je confirme ce consentement',
    refuse: 'Je refuse',
    refuseHint: 'Vous n’êtes pas le parent ou le tuteur de cet enfant ? Choisissez « Je refuse ».',
    confirmed: (date) =>
      `Merci. Le consentement est enregistré comme donné par le parent ou le tuteur, le ${date}. Vous ou votre enfant pouvez le retirer à tout moment, aussi simplement qu’il a été donné.`,
    refused: 'Merci. Le consentement est enregistré comme refusé ; rien n’est fait sur cette base.',
    expired:
      'Cette demande a expiré sans réponse. Le consentement est enregistré comme refusé ; rien n’est fait sur cette base.',
    closed: 'Cette demande a déjà reçu une réponse. Rien ne change.',
    replaced:
      'Cette demande n’est plus d’actualité : une nouvelle demande de confirmation a été formulée entre-temps pour la même finalité. Rien n’a été enregistré au moyen de ce lien. Si vous avez reçu un e-mail plus récent, veuillez utiliser le lien qu’il contient.',
    laterChoice:
      'Cette demande n’est plus d’actualité : un choix ultérieur a été enregistré entre-temps pour la même finalité, et c’est ce choix qui s’applique. Rien n’a été enregistré au moyen de ce lien.',
    noLongerApplies: 'Ce lien n’est plus valable. Rien n’a été enregistré par son intermédiaire.',
    purposeEnded:
      'Cette demande a pris fin sans réponse, alors que l’organisation ne mentionne plus cette finalité comme reposant sur le consentement. Rien n’a été enregistré avec ce lien ; aucun consentement ne s’applique.',
    notRecorded: (org, date) =>
      `Votre réponse n’a pas pu être enregistrée : ${org} ne mentionne plus, à ce jour, cette finalité comme fondée sur le consentement. Rien n’a été enregistré et la demande reste ouverte jusqu’au ${date}. Vous pouvez réessayer plus tard ou contacter ${org}.`,
    chooseOne: 'Choisissez « confirmer » ou « Je refuse » ; rien n’a été enregistré.',
    withdrawLater:
      'Un consentement peut être retiré à tout moment auprès de l’organisation ; le retrait ne compromet pas la licéité de ce qui a été fait avant lui.',
  },
  en: {
    title: 'Consent for your child',
    invalidLink:
      'This link is not (or no longer) valid. A link from the e-mail works once and ends after 7 days; without your confirmation no consent has been given.',
    intro: (org, child, date) =>
      `On ${date} a child (${child}) gave ${org} the consent below. The child said they are under 13.`,
    law: 'Under Article 8 of the General Data Protection Regulation and Article 7 of the Belgian Law of 30 July 2018, the consent of a child under 13 to an online service is valid only if the holder of parental responsibility gives or confirms it. Until you confirm, there is no consent.',
    purpose: 'What for',
    textTitle: 'The text the child was shown',
    textLanguage: 'Language of the text',
    untilConfirmed: (date) =>
      `You can answer until ${date}. If you do not answer, the consent is recorded as refused.`,
    confirm: 'I am the parent or guardian and I confirm this consent',
    refuse: 'I refuse',
    refuseHint: 'Are you not this child’s parent or guardian? Then choose “I refuse”.',
    confirmed: (date) =>
      `Thank you. The consent is recorded as given by the parent or guardian, on ${date}. You or your child can withdraw it at any time, as easily as it was given.`,
    refused: 'Thank you. The consent is recorded as refused; nothing is done on its basis.',
    expired:
      'This request ended without an answer. The consent is recorded as refused; nothing is done on its basis.',
    closed: 'This request was answered already. Nothing changes.',
    replaced:
      'This request no longer applies: a new request for confirmation has since been made for the same purpose. Nothing was recorded with this link. If you received a more recent e-mail, please use the link in that e-mail.',
    laterChoice:
      'This request no longer applies: a later choice has since been recorded for the same purpose, and that choice stands. Nothing was recorded with this link.',
    noLongerApplies: 'This link no longer applies. Nothing was recorded with it.',
    purposeEnded:
      'This request ended without an answer, while the organisation no longer lists this purpose as one based on consent. Nothing was recorded with this link; no consent applies.',
    notRecorded: (org, date) =>
      `Your answer could not be recorded: ${org} no longer lists this purpose as one based on consent at this moment. Nothing was recorded and the request stays open until ${date}. You may try again later or contact ${org}.`,
    chooseOne: 'Choose “confirm” or “I refuse”; nothing was recorded.',
    withdrawLater:
      'A consent can be withdrawn at any time with the organisation; withdrawing does not affect what was lawfully done before.',
  },
  de: {
    title: 'Einwilligung für Ihr Kind',
    invalidLink:
      'Dieser Link ist nicht (mehr) gültig. Ein Link aus der E-Mail funktioniert einmal und verfällt nach 7 Tagen; ohne Ihre Bestätigung wurde keine Einwilligung erteilt.',
    intro: (org, child, date) =>
      `Am ${date} hat ein Kind (${child}) ${org} die unten stehende Einwilligung erteilt. Das Kind hat angegeben, jünger als 13 Jahre zu sein.`,
    law: 'Nach Artikel 8 der Datenschutz-Grundverordnung und Artikel 7 des belgischen Gesetzes vom 30. Juli 2018 ist die Einwilligung eines Kindes unter 13 Jahren in einen Online-Dienst nur wirksam, wenn der Träger der elterlichen Verantwortung sie erteilt oder bestätigt. Solange Sie nicht bestätigen, besteht keine Einwilligung.',
    purpose: 'Wofür',
    textTitle: 'Der Text, der dem Kind angezeigt wurde',
    textLanguage: 'Sprache des Textes',
    untilConfirmed: (date) =>
      `Sie können bis zum ${date} antworten. Antworten Sie nicht, wird die Einwilligung als verweigert erfasst.`,
    confirm: 'Ich bin Elternteil oder Vormund und bestätige diese Einwilligung',
    refuse: 'Ich lehne ab',
    refuseHint: 'Sind Sie nicht Elternteil oder Vormund dieses Kindes? Dann wählen Sie „Ich lehne ab“.',
    confirmed: (date) =>
      `Vielen Dank. Die Einwilligung ist als vom Elternteil oder Vormund erteilt erfasst, am ${date}. Sie oder Ihr Kind können sie jederzeit widerrufen, so einfach, wie sie erteilt wurde.`,
    refused:
      'Vielen Dank. Die Einwilligung ist als verweigert erfasst; auf ihrer Grundlage geschieht nichts.',
    expired:
      'Diese Anfrage ist ohne Antwort abgelaufen. Die Einwilligung ist als verweigert erfasst; auf ihrer Grundlage geschieht nichts.',
    closed: 'Diese Anfrage wurde bereits beantwortet. Es ändert sich nichts.',
    replaced:
      'Diese Anfrage gilt nicht mehr: Für denselben Zweck wurde inzwischen eine neue Bitte um Bestätigung gestellt. Mit diesem Link wurde nichts erfasst. Haben Sie eine neuere E-Mail erhalten, verwenden Sie bitte den Link in dieser E-Mail.',
    laterChoice:
      'Diese Anfrage gilt nicht mehr: Für denselben Zweck wurde inzwischen eine spätere Entscheidung erfasst, und diese Entscheidung gilt. Mit diesem Link wurde nichts erfasst.',
    noLongerApplies: 'Dieser Link gilt nicht mehr. Damit wurde nichts erfasst.',
    purposeEnded:
      'Diese Anfrage ist ohne Antwort abgelaufen, während die Organisation diesen Zweck nicht mehr als einen auf Einwilligung beruhenden Zweck führt. Mit diesem Link wurde nichts erfasst; es gilt keine Einwilligung.',
    notRecorded: (org, date) =>
      `Ihre Antwort konnte nicht erfasst werden: ${org} führt diesen Zweck derzeit nicht mehr als einen auf Einwilligung beruhenden Zweck. Es wurde nichts erfasst, und die Anfrage bleibt bis zum ${date} offen. Sie können es später erneut versuchen oder sich an ${org} wenden.`,
    chooseOne: 'Wählen Sie „bestätigen“ oder „Ich lehne ab“; es wurde nichts erfasst.',
    withdrawLater:
      'Eine Einwilligung kann jederzeit bei der Organisation widerrufen werden; der Widerruf berührt nicht die Rechtmäßigkeit dessen, was vorher geschah.',
  },
}

export const LANGUAGE_NAMES: Record<string, string> = {
  nl: 'Nederlands',
  fr: 'français',
  en: 'English',
  de: 'Deutsch',
}
