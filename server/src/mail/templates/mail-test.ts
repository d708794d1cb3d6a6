import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

/** The test mail sent from the mail settings page: it shows how the organisation's mail will look. */
export interface MailTestParams {
  /** The admin who asked for it. */
  requestedBy: string
}

const DRAFTS: Record<Language, (p: MailTestParams) => MailDraft> = {
  nl: (p) => ({
    subject: 'Testbericht: de mailserver werkt',
    greeting: 'Goedendag,',
    intro: [
      `Dit testbericht werd verstuurd op vraag van ${p.requestedBy}. De mailserver heeft het aanvaard, dus ` +
        'verzoekers, abonnees en medewerkers ontvangen voortaan de e-mails van deze organisatie.',
      'Zo zien ze de ondertekening en de afzender van uw e-mails.',
    ],
    outro: [],
  }),
  fr: (p) => ({
    subject: 'Message de test : le serveur de messagerie fonctionne',
    greeting: 'Bonjour,',
    intro: [
      `Ce message de test a été envoyé à la demande de ${p.requestedBy}. Le serveur de messagerie l’a accepté : ` +
        'les demandeurs, abonnés et collaborateurs recevront désormais les e-mails de cette organisation.',
      'Voici la signature et l’expéditeur qu’ils verront.',
    ],
    outro: [],
  }),
  en: (p) => ({
    subject: 'Test message: the mail server works',
    greeting: 'Hello,',
    intro: [
      `This test message was sent at the request of ${p.requestedBy}. The mail server accepted it, so ` +
        'requesters, subscribers and staff will now receive the mail of this organisation.',
      'This is the signature and sender they will see.',
    ],
    outro: [],
  }),
}

export function renderMailTest(
  language: Language,
  params: MailTestParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
