import type { MailLanguage } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

export interface ConsentParentalParams {
  organizationName: string
  /** The child's identity as the consent record shows it, masked. */
  childMasked: string
  purposeLabel: string
  confirmUrl: string
  days: number
  /** The last day the link works (YYYY-MM-DD). */
  expiresOn: string
}

const day = (iso: string) => iso.split('-').reverse().join('/')
/** The German way of writing a date: 14.12.2026. */
const tag = (iso: string) => iso.split('-').reverse().join('.')

/**
 * The mail asking a parent to confirm the consent of a child under 13 (Art. 8 GDPR; Belgian law of 30 July 2018,
 * art. 7; decision 0093). It names who asks and for what, says that nothing is given until the parent confirms,
 * that the link works once and ends, and that silence means no.
 */
const DRAFTS: Record<MailLanguage, (p: ConsentParentalParams) => MailDraft> = {
  nl: (p) => ({
    subject: `${p.organizationName} vraagt uw toestemming voor uw kind`,
    greeting: 'Geachte ouder of voogd,',
    intro: [
      `Een kind (${p.childMasked}) heeft bij ${p.organizationName} toestemming gegeven voor: ${p.purposeLabel}. ` +
        'Het kind gaf aan jonger dan 13 jaar te zijn. Volgens artikel 8 van de Algemene Verordening ' +
        'Gegevensbescherming en artikel 7 van de Belgische wet van 30 juli 2018 is die toestemming alleen geldig ' +
        'als de ouder of voogd ze geeft of bevestigt. U kreeg dit bericht omdat uw e-mailadres als dat van de ouder ' +
        'of voogd werd opgegeven.',
      'Via de knop hieronder leest u de precieze tekst die het kind te zien kreeg en kiest u: bevestigen of ' +
        'weigeren. Zolang u niet bevestigt, geldt er geen toestemming en mag niemand er gebruik van maken.',
      `De link kan één keer worden gebruikt en vervalt na ${p.days} dagen, op ${day(p.expiresOn)}: u kunt antwoorden ` +
        'tot en met die dag. Antwoordt u niet, dan wordt de toestemming als geweigerd geregistreerd.',
    ],
    action: { label: 'Tekst lezen en antwoorden', url: p.confirmUrl },
    outro: [
      'Bent u niet de ouder of voogd van dit kind, of zegt deze vraag u niets? Weiger dan via de link of negeer dit ' +
        'bericht: zonder uw bevestiging komt er geen toestemming tot stand.',
    ],
  }),
  fr: (p) => ({
    subject: `${p.organizationName} demande votre consentement pour votre enfant`,
    greeting: 'Madame, Monsieur,',
    intro: [
      `Un enfant (${p.childMasked}) a donné son consentement à ${p.organizationName} pour : ${p.purposeLabel}. ` +
        'L’enfant a indiqué avoir moins de 13 ans. Selon l’article 8 du règlement général sur la protection des ' +
        'données et l’article 7 de la loi belge du 30 juillet 2018, ce consentement n’est valable que s’il est ' +
        'donné ou confirmé par le titulaire de la responsabilité parentale. Vous recevez ce message parce que votre ' +
        'adresse e-mail a été indiquée comme celle du parent ou du tuteur.',
      'Le bouton ci-dessous vous montre le texte exact présenté à l’enfant et vous permet de confirmer ou de ' +
        'refuser. Tant que vous n’avez pas confirmé, aucun consentement n’existe et personne ne peut s’en prévaloir.',
      `Le lien ne peut être utilisé qu’une seule fois et expire après ${p.days} jours, le ${day(p.expiresOn)} : ` +
        'vous pouvez répondre jusqu’à ce jour inclus. Sans réponse de votre part, le consentement est enregistré comme ' +
        'refusé.',
    ],
    action: { label: 'Lire le texte et répondre', url: p.confirmUrl },
    outro: [
      'Vous n’êtes pas le parent ou le tuteur de cet enfant, ou cette demande ne vous dit rien ? Refusez par le ' +
        'lien ou ignorez ce message : sans votre confirmation, aucun consentement n’est donné.',
    ],
  }),
  en: (p) => ({
    subject: `${p.organizationName} asks for your consent for your child`,
    greeting: 'Dear parent or guardian,',
    intro: [
      `A child (${p.childMasked}) gave their consent to ${p.organizationName} for: ${p.purposeLabel}. The child ` +
        'said they are under 13. Under Article 8 of the General Data Protection Regulation and Article 7 of the ' +
        'Belgian Law of 30 July 2018, that consent is valid only if the holder of parental responsibility gives or ' +
        'confirms it. You receive this message because your e-mail address was given as that of the parent or ' +
        'guardian.',
      'The button below shows you the exact text the child was shown and lets you confirm or refuse. Until you ' +
        'confirm, there is no consent and nobody may rely on it.',
      `The link can be used once and ends after ${p.days} days, on ${day(p.expiresOn)}: you can answer ` +
        'until the end of that day. If you do not answer, the consent is recorded as refused.',
    ],
    action: { label: 'Read the text and answer', url: p.confirmUrl },
    outro: [
      'Are you not this child’s parent or guardian, or do you not recognise this request? Then refuse through the ' +
        'link or ignore this message: without your confirmation, there is no consent.',
    ],
  }),
  de: (p) => ({
    subject: `${p.organizationName} bittet um Ihre Einwilligung für Ihr Kind`,
    greeting: 'Sehr geehrte Damen und Herren,',
    intro: [
      `Ein Kind (${p.childMasked}) hat gegenüber ${p.organizationName} in Folgendes eingewilligt: ${p.purposeLabel}. ` +
        'Das Kind hat angegeben, jünger als 13 Jahre zu sein. Nach Artikel 8 der Datenschutz-Grundverordnung und ' +
        'Artikel 7 des belgischen Gesetzes vom 30. Juli 2018 ist diese Einwilligung nur wirksam, wenn der Träger ' +
        'der elterlichen Verantwortung sie erteilt oder bestätigt. Sie erhalten diese Nachricht, weil Ihre ' +
        'E-Mail-Adresse als die des Elternteils oder Vormunds angegeben wurde.',
      'Über die Schaltfläche unten lesen Sie den genauen Text, der dem Kind angezeigt wurde, und entscheiden, ob Sie ' +
        'die Einwilligung bestätigen oder ablehnen. Solange Sie nicht bestätigen, besteht keine Einwilligung, und ' +
        'niemand darf sich auf sie berufen.',
      `Der Link kann einmal verwendet werden und verfällt nach ${p.days} Tagen, mit Ablauf des ${tag(p.expiresOn)}; ` +
        'bis dahin können Sie antworten. Antworten Sie nicht, wird die Einwilligung als verweigert erfasst.',
    ],
    action: { label: 'Text lesen und antworten', url: p.confirmUrl },
    outro: [
      'Sind Sie nicht Elternteil oder Vormund dieses Kindes, oder ist Ihnen diese Anfrage unbekannt? Dann lehnen Sie ' +
        'über den Link ab oder ignorieren Sie diese Nachricht: Ohne Ihre Bestätigung kommt keine Einwilligung zustande.',
    ],
  }),
}

export function renderConsentParental(
  language: MailLanguage,
  params: ConsentParentalParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
