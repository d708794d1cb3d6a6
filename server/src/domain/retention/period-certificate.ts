import type { Labels, Language } from '../register/localized'
import { formatDate } from '../requests/format'
import { type Certificate, type CertificateDraft, finishCertificate } from './certificate'
import { countIsReported, formatCount, runCountFields, runKeysValue } from './run-result'

/**
 * The destruction certificate of a period (issue 16 item 5, "per run or per period"): every retention sweep run
 * that started or ended in the period, with its rule, collection, what was deleted or masked (or that the count was
 * not reported), the proof of its keys, start and end, who approved it - and the tasks still open, said as such.
 * Pure: the module reads the runs and their audit records; this writes the sentences in nl, fr or en.
 */

export interface PeriodRun {
  id: string
  ruleKey: string
  ruleName: string
  system: string
  dataset: string
  collection: string
  action: string
  /** YYYY-MM-DD or null (rows an erasure kept, a fixed date). */
  cutoff: string | null
  status: 'running' | 'paused' | 'completed' | 'failed' | 'held' | 'waiting'
  via: 'sql' | 'http_endpoint' | 'task'
  deleted: number
  masked: number
  countReported: boolean
  approvedBy: string | null
  completedBy: string | null
  startedAt: Date
  endedAt: Date | null
  /** The retention.run_completed record: keys and SHA-256 over their keyed hashes; null when not completed. */
  proof: { seq: number; keys: number; digest: string } | null
}

export interface PeriodCertificateInput {
  organisation: { name: string; enterpriseNumber: string | null; address: string | null }
  /** YYYY-MM-DD, both included, Brussels days. */
  from: string
  to: string
  runs: readonly PeriodRun[]
  issuedAt: Date
}

const T = {
  title: {
    nl: 'Attest van vernietiging van persoonsgegevens - periode van {from} tot en met {to}',
    fr: 'Attestation de destruction de données à caractère personnel - période du {from} au {to} inclus',
    en: 'Certificate of destruction of personal data - period from {from} to {to} inclusive',
  },
  intro: {
    nl: '{org}, verwerkingsverantwoordelijke, verklaart dat de hieronder opgesomde opruimingen van persoonsgegevens, uitgevoerd bij het verstrijken van de bewaartermijnen van haar register van de verwerkingsactiviteiten (art. 30 AVG), in de vermelde periode plaatsvonden, in toepassing van het beginsel van opslagbeperking (art. 5.1.e AVG). Elke opruiming wordt vermeld zoals zij in het auditlogboek werd vastgelegd; taken die nog openstaan, worden als zodanig vermeld.',
    fr: "{org}, responsable du traitement, atteste que les purges de données à caractère personnel énumérées ci-dessous, effectuées à l'expiration des durées de conservation de son registre des activités de traitement (art. 30 RGPD), ont eu lieu au cours de la période indiquée, en application du principe de limitation de la conservation (art. 5.1.e RGPD). Chaque purge est mentionnée telle qu'elle a été consignée dans le journal d'audit ; les tâches encore ouvertes sont mentionnées comme telles.",
    en: '{org}, controller, certifies that the sweeps of personal data listed below, carried out on expiry of the retention periods of its record of processing activities (Art. 30 GDPR), took place in the period stated, in application of the storage limitation principle (Art. 5(1)(e) GDPR). Each sweep is listed as it was recorded in the audit log; tasks still open are stated as such.',
  },
  controller: { nl: 'Verwerkingsverantwoordelijke', fr: 'Responsable du traitement', en: 'Controller' },
  name: { nl: 'Naam', fr: 'Dénomination', en: 'Name' },
  enterprise: { nl: 'Ondernemingsnummer', fr: "Numéro d'entreprise", en: 'Enterprise number' },
  address: { nl: 'Adres', fr: 'Adresse', en: 'Address' },
  notStated: { nl: 'Niet vermeld', fr: 'Non renseigné', en: 'Not stated' },
  summary: { nl: 'Overzicht van de periode', fr: 'Synthèse de la période', en: 'Summary of the period' },
  period: { nl: 'Periode', fr: 'Période', en: 'Period' },
  periodValue: {
    nl: 'van {from} tot en met {to} (Belgische tijd)',
    fr: 'du {from} au {to} inclus (heure belge)',
    en: 'from {from} to {to} inclusive (Belgian time)',
  },
  runs: { nl: 'Opruimingen', fr: 'Purges', en: 'Sweeps' },
  completed: { nl: 'Afgewerkt', fr: 'Terminées', en: 'Completed' },
  open: {
    nl: 'Niet afgewerkt (taak open, gepauzeerd, lopend of mislukt)',
    fr: 'Non terminées (tâche ouverte, suspendue, en cours ou échouée)',
    en: 'Not completed (task open, paused, running or failed)',
  },
  totalDeleted: {
    nl: 'Gewiste records (meegedeelde aantallen)',
    fr: 'Enregistrements supprimés (nombres communiqués)',
    en: 'Records deleted (reported counts)',
  },
  totalMasked: {
    nl: 'Gemaskeerde records (meegedeelde aantallen)',
    fr: 'Enregistrements masqués (nombres communiqués)',
    en: 'Records masked (reported counts)',
  },
  notReportedRuns: {
    nl: 'Opruimingen zonder meegedeeld aantal',
    fr: 'Purges sans nombre communiqué',
    en: 'Sweeps without a reported count',
  },
  none: {
    nl: 'In deze periode vond geen enkele opruiming plaats.',
    fr: "Aucune purge n'a eu lieu au cours de cette période.",
    en: 'No sweep took place in this period.',
  },
  runHeading: { nl: 'Opruiming {n}', fr: 'Purge {n}', en: 'Sweep {n}' },
  rule: { nl: 'Regel van het register', fr: 'Règle du registre', en: 'Rule of the register' },
  collection: {
    nl: 'Systeem · dataset · collectie',
    fr: 'Système · jeu de données · collection',
    en: 'System · dataset · collection',
  },
  action: { nl: 'Maatregel', fr: 'Mesure', en: 'Measure' },
  cutoff: { nl: 'Records gedateerd vóór', fr: 'Enregistrements antérieurs au', en: 'Records dated before' },
  how: { nl: 'Uitgevoerd', fr: 'Exécution', en: 'Carried out' },
  via: {
    sql: {
      nl: 'door Custos in de databank, in batches',
      fr: 'par Custos dans la base de données, par lots',
      en: 'by Custos in the database, in batches',
    },
    http_endpoint: {
      nl: 'door één oproep van Custos aan het systeem, met de datumfilter',
      fr: 'par un appel de Custos au système, avec le filtre de date',
      en: 'by one call from Custos to the system, with the date filter',
    },
    task: {
      nl: 'door een persoon, via een taak in het actieplan',
      fr: "par une personne, au moyen d'une tâche du plan d'action",
      en: 'by a person, through a task in the action plan',
    },
  } as Record<string, Labels>,
  status: { nl: 'Stand', fr: 'État', en: 'Status' },
  statuses: {
    completed: { nl: 'Afgewerkt', fr: 'Terminée', en: 'Completed' },
    waiting: {
      nl: 'Taak nog open: wacht op een persoon; niet afgewerkt',
      fr: 'Tâche encore ouverte : en attente d’une personne ; purge non terminée',
      en: 'Task still open: waiting for a person; not completed',
    },
    running: {
      nl: 'Lopend; niet afgewerkt',
      fr: 'En cours ; non terminée',
      en: 'Running; not completed',
    },
    paused: {
      nl: 'Gepauzeerd boven het plafond; niets gewijzigd',
      fr: 'Suspendue au-delà du plafond ; rien modifié',
      en: 'Paused over its ceiling; nothing changed',
    },
    failed: { nl: 'Mislukt; niet afgewerkt', fr: 'Échouée ; non terminée', en: 'Failed; not completed' },
    held: { nl: 'Geblokkeerd', fr: 'Gelée', en: 'Held' },
  } as Record<string, Labels>,
  deleted: { nl: 'Gewist', fr: 'Supprimés', en: 'Deleted' },
  masked: { nl: 'Gemaskeerd', fr: 'Masqués', en: 'Masked' },
  keys: {
    nl: 'Sleutelhashes (aantal, SHA-256)',
    fr: 'Empreintes à clé (nombre, SHA-256)',
    en: 'Keyed hashes (number, SHA-256)',
  },
  started: { nl: 'Begonnen', fr: 'Début', en: 'Started' },
  ended: { nl: 'Beëindigd', fr: 'Fin', en: 'Ended' },
  notEnded: { nl: 'Nog niet', fr: 'Pas encore', en: 'Not yet' },
  approvedBy: { nl: 'Plan goedgekeurd door', fr: 'Plan approuvé par', en: 'Plan approved by' },
  /** Who closed the task of a run that did not complete (the task was cancelled). */
  cancelledBy: { nl: 'Taak geannuleerd door', fr: 'Tâche annulée par', en: 'Task cancelled by' },
  reference: { nl: 'Referentie', fr: 'Référence', en: 'Reference' },
  actions: {
    delete: { nl: 'Wissen', fr: 'Suppression', en: 'Deletion' },
    mask: { nl: 'Maskeren', fr: 'Masquage', en: 'Masking' },
    anonymise: { nl: 'Anonimisering', fr: 'Anonymisation', en: 'Anonymisation' },
  } as Record<string, Labels>,
  closing: {
    nl: 'Per opruiming bestaat ook een afzonderlijk attest met de werkwijze en het bewijs in de hashketen van het auditlogboek. Kopieën in back-ups verdwijnen volgens de rotatie van de back-ups van de organisatie; dit attest heeft daarop geen betrekking. Opgesteld door Custos op {date} op basis van het auditlogboek van de organisatie.',
    fr: "Chaque purge fait aussi l'objet d'une attestation distincte décrivant la méthode et la preuve dans la chaîne de hachage du journal d'audit. Les copies dans les sauvegardes disparaissent selon la rotation des sauvegardes de l'organisation ; la présente attestation ne les couvre pas. Établie par Custos le {date} sur la base du journal d'audit de l'organisation.",
    en: "Each sweep also has a certificate of its own describing the method and the proof in the hash chain of the audit log. Copies in backups disappear according to the organisation's backup rotation; this certificate does not cover them. Drawn up by Custos on {date} from the organisation's audit log.",
  },
} as const

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))

/** dd/mm/yyyy hh:mm in Brussels time. */
export function brusselsInstant(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Brussels',
  }).formatToParts(date)
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? ''
  return `${p('day')}/${p('month')}/${p('year')} ${p('hour')}:${p('minute')}`
}

const count = formatCount

/** The period certificate's text in one language (French with its typography). */
export function periodCertificate(input: PeriodCertificateInput, language: Language): Certificate {
  const l = (labels: Labels) => labels[language]
  const { organisation, runs } = input
  const done = runs.filter((r) => r.status === 'completed')
  const reported = done.filter(countIsReported)
  const sum = (f: (r: PeriodRun) => number) => reported.reduce((n, r) => n + f(r), 0)
  const runSections = runs.map((run, i) => {
    return {
      heading: fill(l(T.runHeading), { n: i + 1 }),
      fields: [
        { label: l(T.rule), value: `${run.ruleName} (${run.ruleKey})`, verbatim: true },
        {
          label: l(T.collection),
          value: `${run.system} · ${run.dataset} · ${run.collection}`,
          verbatim: true,
        },
        { label: l(T.action), value: T.actions[run.action]?.[language] ?? run.action },
        ...(run.cutoff ? [{ label: l(T.cutoff), value: formatDate(run.cutoff) }] : []),
        { label: l(T.how), value: l(T.via[run.via] ?? (T.via.sql as Labels)) },
        { label: l(T.status), value: l(T.statuses[run.status] ?? (T.statuses.failed as Labels)) },
        ...(run.status === 'completed'
          ? runCountFields(run, language, { deleted: l(T.deleted), masked: l(T.masked) })
          : run.completedBy
            ? [{ label: l(T.cancelledBy), value: run.completedBy, verbatim: true }]
            : []),
        { label: l(T.keys), value: runKeysValue(run, language) },
        { label: l(T.started), value: brusselsInstant(run.startedAt) },
        { label: l(T.ended), value: run.endedAt ? brusselsInstant(run.endedAt) : l(T.notEnded) },
        {
          label: l(T.approvedBy),
          ...(run.approvedBy === null || run.approvedBy === undefined
            ? { value: l(T.notStated) }
            : { value: run.approvedBy, verbatim: true }),
        },
        { label: l(T.reference), value: run.id },
      ],
    }
  })
  const notStated = (value: string | null) =>
    value === null ? { value: l(T.notStated) } : { value, verbatim: true }
  const certificate: CertificateDraft = {
    title: fill(l(T.title), { from: formatDate(input.from), to: formatDate(input.to) }),
    introTemplate: l(T.intro),
    org: organisation.name,
    sections: [
      {
        heading: l(T.controller),
        fields: [
          { label: l(T.name), value: organisation.name, verbatim: true },
          { label: l(T.enterprise), ...notStated(organisation.enterpriseNumber) },
          { label: l(T.address), ...notStated(organisation.address) },
        ],
      },
      {
        heading: l(T.summary),
        ...(runs.length === 0 ? { paragraphs: [l(T.none)] } : {}),
        fields: [
          {
            label: l(T.period),
            value: fill(l(T.periodValue), { from: formatDate(input.from), to: formatDate(input.to) }),
          },
          { label: l(T.runs), value: count(runs.length, language) },
          { label: l(T.completed), value: count(done.length, language) },
          { label: l(T.open), value: count(runs.length - done.length, language) },
          {
            label: l(T.totalDeleted),
            value: count(
              sum((r) => r.deleted),
              language,
            ),
          },
          {
            label: l(T.totalMasked),
            value: count(
              sum((r) => r.masked),
              language,
            ),
          },
          { label: l(T.notReportedRuns), value: count(done.length - reported.length, language) },
        ],
      },
      ...runSections,
      {
        heading: '',
        paragraphs: [fill(l(T.closing), { date: brusselsInstant(input.issuedAt) })],
        fields: [],
      },
    ],
  }
  return finishCertificate(certificate, language)
}
