import type { Language } from '../../db/schema'
import { counted } from '../../lib/plural'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

/** To the assignee (or the privacy contact): a data subject request is due soon or overdue. */
export interface RequestReminderParams {
  organizationName: string
  reference: string
  kind: 'before_due' | 'overdue'
  /** The due date that applies, as dd/mm/yyyy. */
  dueDate: string
  /** Working days left (before_due) or calendar days late (overdue). */
  days: number
  requestUrl: string
}

const DRAFTS: Record<Language, (p: RequestReminderParams) => MailDraft> = {
  nl: (p) => ({
    subject:
      p.kind === 'overdue'
        ? `Te laat: privacyverzoek ${p.reference} (${p.organizationName}) moest beantwoord zijn op ${p.dueDate}`
        : `Herinnering: privacyverzoek ${p.reference} (${p.organizationName}) te beantwoorden tegen ${p.dueDate}`,
    greeting: 'Goedendag,',
    intro: [
      p.kind === 'overdue'
        ? `De wettelijke termijn voor verzoek ${p.reference} liep af op ${p.dueDate} (${counted('nl', p.days, { one: 'dag', other: 'dagen' })} geleden). ` +
          'Beantwoord het zo snel mogelijk; een laattijdig antwoord kan tot een klacht bij de GBA leiden.'
        : `Verzoek ${p.reference} moet uiterlijk op ${p.dueDate} beantwoord zijn: nog ${counted('nl', p.days, { one: 'werkdag', other: 'werkdagen' })}.`,
    ],
    action: { label: 'Verzoek openen', url: p.requestUrl },
    outro: [
      'U ontvangt dit bericht omdat het verzoek aan u is toegewezen of omdat u de privacycontactpersoon bent.',
    ],
  }),
  fr: (p) => ({
    subject:
      p.kind === 'overdue'
        ? `En retard : la demande ${p.reference} (${p.organizationName}) devait recevoir une réponse le ${p.dueDate}`
        : `Rappel : demande ${p.reference} (${p.organizationName}) à traiter pour le ${p.dueDate}`,
    greeting: 'Bonjour,',
    intro: [
      p.kind === 'overdue'
        ? `Le délai légal de la demande ${p.reference} a expiré le ${p.dueDate} (il y a ${counted('fr', p.days, { one: 'jour', other: 'jours' })}). ` +
          'Répondez au plus vite ; une réponse tardive peut donner lieu à une plainte auprès de l’APD.'
        : `La demande ${p.reference} doit recevoir une réponse au plus tard le ${p.dueDate} : encore ${counted('fr', p.days, { one: 'jour ouvrable', other: 'jours ouvrables' })}.`,
    ],
    action: { label: 'Ouvrir la demande', url: p.requestUrl },
    outro: [
      'Vous recevez ce message parce que la demande vous est attribuée ou parce que vous êtes la personne de contact vie privée.',
    ],
  }),
  en: (p) => ({
    subject:
      p.kind === 'overdue'
        ? `Overdue: data subject request ${p.reference} (${p.organizationName}) was due on ${p.dueDate}`
        : `Reminder: data subject request ${p.reference} (${p.organizationName}) is due by ${p.dueDate}`,
    greeting: 'Hello,',
    intro: [
      p.kind === 'overdue'
        ? `The legal time limit for request ${p.reference} ended on ${p.dueDate} (${counted('en', p.days, { one: 'day', other: 'days' })} ago). ` +
          'Please answer it as soon as possible; a late answer can lead to a complaint to the Data Protection Authority.'
        : `Request ${p.reference} must be answered by ${p.dueDate} at the latest: ${counted('en', p.days, { one: 'working day', other: 'working days' })} left.`,
    ],
    action: { label: 'Open the request', url: p.requestUrl },
    outro: [
      'You receive this message because the request is assigned to you or you are the privacy contact.',
    ],
  }),
}

export function renderRequestReminder(
  language: Language,
  params: RequestReminderParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
