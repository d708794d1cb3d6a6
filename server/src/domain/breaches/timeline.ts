import { z } from 'zod'
import { CLOCK_NAMES, type ClockName } from './clocks'
import { RISK_LEVELS } from './decision'
import { SEVERITY_LEVELS } from './enisa'
import { type DraftLanguage, RISK_WORDS } from './wording'

/**
 * The timeline of a breach as stored (issue 19): what Custos itself records is an event key with its data, worded
 * when it is read in the reader's language (nl, fr, en, de) - never an English sentence kept in the row. What a
 * person wrote (an event, a decision, the reasons for a delay, why the file was closed, the reasoning of an
 * assessment) is kept as written, in `text`, with the key `note` or `assessed`.
 */

const count = z.number().int().min(0)

export const timelineDataSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('note') }).describe('words a person wrote (in text)'),
  z.object({ key: z.literal('recorded') }),
  z.object({
    key: z.literal('assessed'),
    risk: z.enum(RISK_LEVELS),
    severity: z.enum(SEVERITY_LEVELS).nullable(),
    obligations: z.looseObject({}),
  }),
  z.object({ key: z.literal('authority_notified'), caseNumber: z.string().nullable() }),
  z.object({ key: z.literal('authority_completed') }),
  z.object({ key: z.literal('controllers_notified') }),
  z.object({
    key: z.literal('controller_notices_sent'),
    recipients: z.array(z.object({ name: z.string().nullable(), email: z.string() })),
  }),
  z.object({
    key: z.literal('subjects_informed'),
    queued: count,
    alreadyInformed: count,
    withoutEmail: count,
    byLanguage: z.record(z.string(), count),
    lastNotBefore: z.string().nullable(),
  }),
  z.object({
    key: z.literal('reminder'),
    clock: z.enum(CLOCK_NAMES),
    reminder: z.enum(['due_soon', 'overdue']),
    hoursBefore: count,
    recipients: count,
  }),
  z.object({
    key: z.literal('affected_counted'),
    dataset: z
      .string()
      .optional()
      .describe(
        'absent only for a count of an earlier version whose dataset key is not known (migration 0056)',
      ),
    datasetName: z.string(),
    collection: z.string(),
    people: count,
    records: count,
    inIndex: count
      .optional()
      .describe('absent only for a count of an earlier version that did not keep it (migration 0056)'),
  }),
])
export type TimelineData = z.output<typeof timelineDataSchema>
export type TimelineKey = TimelineData['key']
export const TIMELINE_KEYS = timelineDataSchema.options.map((o) => o.shape.key.value) as [
  TimelineKey,
  ...TimelineKey[],
]

/** One entry as read: when, its kind (event, decision, ...), its key and data, and a person's words if any. */
export interface TimelineEntry {
  at: Date
  kind: string
  data: TimelineData
  text: string
  decidedBy: string | null
}

type Wording = { [K in TimelineKey]: (d: Extract<TimelineData, { key: K }>, text: string) => string }

const list = (items: readonly string[]) => items.join(', ')
const clockNl: Record<ClockName, string> = {
  part1: 'de melding aan de GBA (deel 1)',
  part2: 'deel 2 van de melding',
  controllers: 'de kennisgeving aan de verwerkingsverantwoordelijken',
}
const clockFr: Record<ClockName, string> = {
  part1: 'la notification à l’APD (partie 1)',
  part2: 'la partie 2 de la notification',
  controllers: 'l’information des responsables du traitement',
}
const clockEn: Record<ClockName, string> = {
  part1: 'the notification to the DPA (part 1)',
  part2: 'part 2 of the notification',
  controllers: 'informing the controllers',
}
const clockDe: Record<ClockName, string> = {
  part1: 'die Meldung an die Datenschutzbehörde (Teil 1)',
  part2: 'Teil 2 der Meldung',
  controllers: 'die Benachrichtigung der Verantwortlichen',
}
const recipientsOf = (d: { recipients: { name: string | null; email: string }[] }) =>
  list(d.recipients.map((r) => (r.name ? `${r.name} <${r.email}>` : r.email)))

const WORDING: Record<DraftLanguage, Wording> = {
  nl: {
    note: (_d, text) => text,
    recorded: () => 'Het datalek werd geregistreerd.',
    assessed: (d, text) => `Risico beoordeeld: ${RISK_WORDS.nl[d.risk]}. ${text}`,
    authority_notified: (d) =>
      `Deel 1 van de melding werd bij de GBA ingediend${d.caseNumber ? ` (dossiernummer ${d.caseNumber})` : ''}.`,
    authority_completed: () => 'Deel 2 van de melding werd bij de GBA ingediend.',
    controllers_notified: () =>
      'De betrokken verwerkingsverantwoordelijken werden geïnformeerd (artikel 33, lid 2, AVG).',
    controller_notices_sent: (d) =>
      `Kennisgeving van het datalek per e-mail verstuurd aan ${recipientsOf(d)} (artikel 33, lid 2, AVG).`,
    subjects_informed: (d) => `Brieven klaargezet voor ${d.queued} personen (artikel 34 AVG).`,
    reminder: (d) =>
      d.reminder === 'overdue'
        ? `Herinnering: de termijn voor ${clockNl[d.clock]} is verstreken.`
        : `Herinnering: de termijn voor ${clockNl[d.clock]} verstrijkt binnen ${d.hoursBefore} uur of minder.`,
    affected_counted: (d) =>
      `Geteld via ${d.datasetName}: ${d.people} personen en ${d.records} records in ${d.collection}.`,
  },
  fr: {
    note: (_d, text) => text,
    recorded: () => 'La violation a été enregistrée.',
    assessed: (d, text) => `Risque évalué : ${RISK_WORDS.fr[d.risk]}. ${text}`,
    authority_notified: (d) =>
      `La partie 1 de la notification a été introduite auprès de l’APD${d.caseNumber ? ` (numéro de dossier ${d.caseNumber})` : ''}.`,
    authority_completed: () => 'La partie 2 de la notification a été introduite auprès de l’APD.',
    controllers_notified: () =>
      'Les responsables du traitement concernés ont été informés (article 33, paragraphe 2, du RGPD).',
    controller_notices_sent: (d) =>
      `Notification de la violation envoyée par e-mail à ${recipientsOf(d)} (article 33, paragraphe 2, du RGPD).`,
    subjects_informed: (d) =>
      `Lettres mises en file d’attente pour ${d.queued} personnes (article 34 du RGPD).`,
    reminder: (d) =>
      d.reminder === 'overdue'
        ? `Rappel : le délai pour ${clockFr[d.clock]} est dépassé.`
        : `Rappel : le délai pour ${clockFr[d.clock]} expire dans ${d.hoursBefore} heures ou moins.`,
    affected_counted: (d) =>
      `Comptage via ${d.datasetName} : ${d.people} personnes et ${d.records} enregistrements dans ${d.collection}.`,
  },
  en: {
    note: (_d, text) => text,
    recorded: () => 'The breach was recorded.',
    assessed: (d, text) => `Risk assessed: ${RISK_WORDS.en[d.risk]}. ${text}`,
    authority_notified: (d) =>
      `Part 1 of the notification was filed with the DPA${d.caseNumber ? ` (case number ${d.caseNumber})` : ''}.`,
    authority_completed: () => 'Part 2 of the notification was filed with the DPA.',
    controllers_notified: () => 'The controllers concerned were informed (Art. 33(2) GDPR).',
    controller_notices_sent: (d) => `Notice of the breach e-mailed to ${recipientsOf(d)} (Art. 33(2) GDPR).`,
    subjects_informed: (d) => `Letters queued for ${d.queued} people (Art. 34 GDPR).`,
    reminder: (d) =>
      d.reminder === 'overdue'
        ? `Reminder: the time limit for ${clockEn[d.clock]} has passed.`
        : `Reminder: the time limit for ${clockEn[d.clock]} ends in ${d.hoursBefore} hours or less.`,
    affected_counted: (d) =>
      `Counted through ${d.datasetName}: ${d.people} people and ${d.records} records in ${d.collection}.`,
  },
  de: {
    note: (_d, text) => text,
    recorded: () => 'Die Verletzung wurde erfasst.',
    assessed: (d, text) => `Risiko bewertet: ${RISK_WORDS.de[d.risk]}. ${text}`,
    authority_notified: (d) =>
      `Teil 1 der Meldung wurde bei der Datenschutzbehörde eingereicht${d.caseNumber ? ` (Aktenzeichen ${d.caseNumber})` : ''}.`,
    authority_completed: () => 'Teil 2 der Meldung wurde bei der Datenschutzbehörde eingereicht.',
    controllers_notified: () =>
      'Die betroffenen Verantwortlichen wurden benachrichtigt (Art. 33 Abs. 2 DSGVO).',
    controller_notices_sent: (d) =>
      `Meldung der Verletzung per E-Mail an ${recipientsOf(d)} gesandt (Art. 33 Abs. 2 DSGVO).`,
    subjects_informed: (d) =>
      `Schreiben an ${d.queued} Personen in die Warteschlange gestellt (Art. 34 DSGVO).`,
    reminder: (d) =>
      d.reminder === 'overdue'
        ? `Erinnerung: die Frist für ${clockDe[d.clock]} ist abgelaufen.`
        : `Erinnerung: die Frist für ${clockDe[d.clock]} endet in ${d.hoursBefore} Stunden oder weniger.`,
    affected_counted: (d) =>
      `Gezählt über ${d.datasetName}: ${d.people} Personen und ${d.records} Datensätze in ${d.collection}.`,
  },
}

/** A timeline entry in words, in the reader's language; a person's own words are given as written. */
export function timelineWords(entry: Pick<TimelineEntry, 'data' | 'text'>, language: DraftLanguage): string {
  const word = WORDING[language][entry.data.key] as (d: TimelineData, text: string) => string
  return word(entry.data, entry.text)
}
