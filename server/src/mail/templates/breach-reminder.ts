import type { Language } from '../../db/schema'
import { composeMail, type MailContent, type MailDraft, type MailSignature } from './layout'

/** To the privacy officers: a breach clock (GBA part 1 or 2, or a processor's notice to its controllers) runs out. */
export interface BreachReminderParams {
  organizationName: string
  reference: string
  title: string
  clock: 'part1' | 'part2' | 'controllers'
  kind: 'due_soon' | 'overdue'
  /** Brussels time, dd/mm/yyyy hh:mm. */
  dueAt: string
  breachUrl: string
}

const CLOCK: Record<Language, Record<BreachReminderParams['clock'], string>> = {
  nl: {
    part1: 'de melding aan de GBA (deel 1, binnen 72 uur)',
    part2: 'deel 2 van de melding aan de GBA',
    controllers: 'de kennisgeving aan de verwerkingsverantwoordelijken',
  },
  fr: {
    part1: 'la notification à l’APD (partie 1, dans les 72 heures)',
    part2: 'la partie 2 de la notification à l’APD',
    controllers: 'l’information des responsables du traitement',
  },
  en: {
    part1: 'the notification to the Data Protection Authority (part 1, within 72 hours)',
    part2: 'part 2 of the notification to the Data Protection Authority',
    controllers: 'informing the controllers',
  },
}

const DRAFTS: Record<Language, (p: BreachReminderParams) => MailDraft> = {
  nl: (p) => ({
    subject:
      p.kind === 'overdue'
        ? `Te laat: ${CLOCK.nl[p.clock]} voor datalek ${p.reference} (${p.organizationName})`
        : `Herinnering: ${CLOCK.nl[p.clock]} voor datalek ${p.reference} tegen ${p.dueAt}`,
    greeting: 'Goedendag,',
    intro: [
      p.kind === 'overdue'
        ? `De termijn voor ${CLOCK.nl[p.clock]} voor datalek ${p.reference} („${p.title}”) liep af op ${p.dueAt}. Een laattijdige melding moet de redenen voor de vertraging vermelden (artikel 33, lid 1, AVG); noteer ze in het dossier.`
        : `De termijn voor ${CLOCK.nl[p.clock]} voor datalek ${p.reference} („${p.title}”) loopt af op ${p.dueAt} (Brusselse tijd).`,
    ],
    action: { label: 'Datalek openen', url: p.breachUrl },
    outro: ['U ontvangt dit bericht als privacyverantwoordelijke van de organisatie.'],
  }),
  fr: (p) => ({
    subject:
      p.kind === 'overdue'
        ? `En retard : ${CLOCK.fr[p.clock]} pour la violation ${p.reference} (${p.organizationName})`
        : `Rappel : ${CLOCK.fr[p.clock]} pour la violation ${p.reference} avant le ${p.dueAt}`,
    greeting: 'Bonjour,',
    intro: [
      p.kind === 'overdue'
        ? `Le délai pour ${CLOCK.fr[p.clock]} relative à la violation ${p.reference} (« ${p.title} ») a expiré le ${p.dueAt}. Une notification tardive doit être accompagnée des motifs du retard (article 33, paragraphe 1, du RGPD) ; consignez-les dans le dossier.`
        : `Le délai pour ${CLOCK.fr[p.clock]} relative à la violation ${p.reference} (« ${p.title} ») expire le ${p.dueAt} (heure de Bruxelles).`,
    ],
    action: { label: 'Ouvrir la violation', url: p.breachUrl },
    outro: ['Vous recevez ce message en tant que responsable vie privée de l’organisation.'],
  }),
  en: (p) => ({
    subject:
      p.kind === 'overdue'
        ? `Overdue: ${CLOCK.en[p.clock]} for breach ${p.reference} (${p.organizationName})`
        : `Reminder: ${CLOCK.en[p.clock]} for breach ${p.reference} is due by ${p.dueAt}`,
    greeting: 'Hello,',
    intro: [
      p.kind === 'overdue'
        ? `The time limit for ${CLOCK.en[p.clock]} for breach ${p.reference} ("${p.title}") ended on ${p.dueAt}. A late notification must give the reasons for the delay (Art. 33(1) GDPR); record them in the file.`
        : `The time limit for ${CLOCK.en[p.clock]} for breach ${p.reference} ("${p.title}") ends on ${p.dueAt} (Brussels time).`,
    ],
    action: { label: 'Open the breach', url: p.breachUrl },
    outro: ['You receive this message as a privacy officer of the organisation.'],
  }),
}

export function renderBreachReminder(
  language: Language,
  params: BreachReminderParams,
  signature?: MailSignature,
): MailContent {
  return composeMail(language, DRAFTS[language](params), signature)
}
