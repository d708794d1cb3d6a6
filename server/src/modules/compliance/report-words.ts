import { frenchPunctuation, frenchSpacing } from '../../domain/french-typography'
import type { Language } from '../../domain/register/localized'
import type { IndicatorKey, IndicatorLevel } from './indicators'

type D = Record<string, number | boolean | string | null>
type Words = {
  title: (month: string) => string
  intro: (org: string, date: string) => string
  months: string[]
  summary: string
  urgent: (names: string) => string
  attention: (names: string) => string
  allInOrder: string
  indicators: string
  names: Record<IndicatorKey, string>
  levels: Record<IndicatorLevel, string>
  value: (key: IndicatorKey, value: number | null, d: D) => string
  trendNone: string
  trendSince: (since: string) => string
  trendCompared: (date: string) => string
  was: (value: string) => string
  wasNone: string
  /** Measured on the comparison date, without a value then. */
  wasEmpty: Partial<Record<IndicatorKey, string>>
  requests: string
  requestsAnswered: (from: string, to: string, answered: number, onTime: number) => string
  requestsNone: (from: string, to: string) => string
  requestsOverdue: (date: string, n: number) => string
  breaches: string
  breachesNone: string
  clock: Record<'part1' | 'part2' | 'controllers', string>
  clockState: (state: string, due: string) => string
  reasonMissing: string
  dpias: string
  dpiasDue: string
  dpiasStale: string
  dpiasUnscreened: string
  dpiasNone: string
  actions: string
  actionsNone: string
  priority: Record<'low' | 'medium' | 'high' | 'critical', string>
  due: (date: string, overdue: boolean) => string
  noDue: string
  more: (n: number) => string
}

/** How each language writes numbers (Belgian usage; British for English). */
const LOCALE: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

/** A number as the language writes it: 1.234,5 (nl), 1 234,5 (fr), 1,234.5 (en). */
export const formatNumber = (lang: Language, v: number) =>
  new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(v)

/** A percentage (0-100) as the language writes it: 87,5% (nl), 87,5 % (fr), 87.5% (en). */
export const formatPercent = (lang: Language, v: number | null) =>
  v === null
    ? '-'
    : new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(v / 100)

const pct = formatPercent

export const REPORT_WORDS: Record<Language, Words> = {
  nl: {
    title: (m) => `Maandrapport gegevensbescherming - ${m}`,
    intro: (org, date) =>
      `${org}. Dit rapport geeft de toestand weer op ${date}, de dag waarop het werd opgemaakt, zoals die blijkt uit het register van de verwerkingsactiviteiten, de verzoeken van betrokkenen, de gegevenslekken en het actieplan die in Custos worden bijgehouden. Het vervangt geen beoordeling van de afzonderlijke dossiers.`,
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    summary: '1. Samenvatting',
    urgent: (n) => `Dringend op te volgen: ${n}.`,
    attention: (n) => `Verdient aandacht en moet worden ingepland: ${n}.`,
    allInOrder:
      'Geen enkele indicator wijst op een verplichting die vandaag niet is nagekomen of die aandacht vraagt.',
    indicators: '2. Indicatoren',
    names: {
      action_plan: 'Actieplan',
      register_findings: 'Register van de verwerkingsactiviteiten',
      notice: 'Privacyverklaring',
      requests_overdue: 'Verzoeken over hun termijn',
      requests_on_time: 'Verzoeken tijdig beantwoord (90 dagen)',
      breach_clocks: 'Termijnen van gegevenslekken',
      agreements_missing: 'Verwerkersovereenkomsten (art. 28 AVG)',
      dpias: 'Gegevensbeschermingseffectbeoordelingen (art. 35 AVG)',
      retention_sweeps: 'Bewaartermijnen',
    },
    levels: { ok: 'in orde', attention: 'aandacht', urgent: 'dringend' },
    value: (key, v, d) => {
      switch (key) {
        case 'action_plan':
          return `${v} openstaande acties, waarvan ${d.overdue} over hun streefdatum en ${d.critical} kritiek.`
        case 'register_findings':
          return `${d.errors} fouten en ${d.warnings} waarschuwingen bij de controle van het register.`
        case 'notice':
          return v === null
            ? 'Er is geen privacyverklaring gepubliceerd (art. 13 en 14 AVG).'
            : `Versie ${v} is gepubliceerd${d.registerChangedSince ? '; het register is sindsdien gewijzigd, de verklaring moet worden nagekeken' : ' en stemt overeen met het huidige register'}.`
        case 'requests_overdue':
          return `${v} lopende verzoeken zijn over de wettelijke termijn.`
        case 'requests_on_time':
          return v === null
            ? 'Geen verzoek beantwoord in de voorbije 90 dagen.'
            : `${pct('nl', v)} van de ${d.answered} in de voorbije 90 dagen beantwoorde verzoeken werd binnen de wettelijke termijn beantwoord (${d.late} te laat).`
        case 'breach_clocks':
          return `${d.running} lopende en ${d.overdue} verstreken termijnen.`
        case 'agreements_missing':
          return `${d.unsigned} verwerkers zonder overeenkomst, ${d.notRecorded} met een overeenkomst die volgens het register ondertekend is maar niet werd vastgelegd.`
        case 'dpias':
          return `${d.due} vereiste beoordelingen niet gevalideerd, ${d.stale} screenings verouderd, ${d.unscreened} verwerkingen niet gescreend.`
        case 'retention_sweeps':
          return `${d.failed} mislukte en ${d.paused} gepauzeerde opruimingen.`
      }
    },
    trendNone:
      'Een vergelijking met 30 dagen eerder is nog niet mogelijk: er is nog geen momentopname van de indicatoren bewaard.',
    trendSince: (s) =>
      `Een vergelijking met 30 dagen eerder is nog niet mogelijk: de momentopnamen van de indicatoren worden bewaard sinds ${s}.`,
    trendCompared: (date) => `De evolutie wordt vergeleken met de momentopname van ${date}.`,
    was: (v) => `Op de vergelijkingsdatum: ${v}.`,
    wasNone: 'Op de vergelijkingsdatum: niet gemeten.',
    wasEmpty: {
      requests_on_time:
        'Op de vergelijkingsdatum: geen verzoek beantwoord in de 90 dagen die eraan voorafgingen.',
      notice: 'Op de vergelijkingsdatum: geen privacyverklaring gepubliceerd.',
    },
    requests: '3. Verzoeken van betrokkenen (art. 12 tot 22 AVG)',
    requestsAnswered: (from, to, a, o) =>
      `Van ${from} tot ${to} werden ${a} verzoeken beantwoord, waarvan ${o} binnen de termijn van artikel 12, lid 3 AVG (de verlengde termijn inbegrepen, wanneer die werd ingeroepen) en ${a - o} te laat.`,
    requestsNone: (from, to) => `Van ${from} tot ${to} werd geen enkel verzoek beantwoord.`,
    requestsOverdue: (date, n) =>
      n === 0
        ? `Op ${date} is geen enkel lopend verzoek over zijn termijn.`
        : `Op ${date} zijn ${n} lopende verzoeken over hun termijn; zij moeten onverwijld worden beantwoord.`,
    breaches: '4. Gegevenslekken (art. 33 en 34 AVG)',
    breachesNone: 'Er loopt geen termijn voor een gegevenslek.',
    clock: {
      part1: 'melding aan de GBA (72 uur)',
      part2: 'aanvulling van de melding aan de GBA',
      controllers: 'melding aan de verwerkingsverantwoordelijke',
    },
    clockState: (s, due) => (s === 'running' ? `loopt tot ${due}` : `verstreken op ${due}`),
    reasonMissing: 'de redenen van de vertraging zijn niet vastgelegd',
    dpias: '5. Gegevensbeschermingseffectbeoordelingen (art. 35 AVG)',
    dpiasDue: 'Vereist en nog niet gevalideerd',
    dpiasStale: 'Screening verouderd (de verwerking werd sindsdien gewijzigd)',
    dpiasUnscreened: 'Nog niet gescreend, terwijl het register op een risico wijst',
    dpiasNone: 'Geen beoordeling vereist die niet gevalideerd is, geen verouderde of ontbrekende screening.',
    actions: '6. Openstaande acties',
    actionsNone: 'Het actieplan bevat geen openstaande acties.',
    priority: {
      low: 'lage prioriteit',
      medium: 'gewone prioriteit',
      high: 'hoge prioriteit',
      critical: 'kritiek',
    },
    due: (date, overdue) => (overdue ? `streefdatum ${date} is verstreken` : `tegen ${date}`),
    noDue: 'zonder streefdatum',
    more: (n) => `en nog ${n} acties (zie het actieplan).`,
  },
  fr: {
    title: (m) => `Rapport mensuel de protection des données - ${m}`,
    intro: (org, date) =>
      `${org}. Ce rapport décrit la situation au ${date}, jour où il a été établi, telle qu’elle ressort du registre des activités de traitement, des demandes des personnes concernées, des violations de données et du plan d’action tenus dans Custos. Il ne remplace pas l’examen de chaque dossier.`,
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    summary: '1. Synthèse',
    urgent: (n) => frenchSpacing`À traiter d’urgence : ${n}.`,
    attention: (n) => frenchSpacing`Mérite l’attention et doit être planifié : ${n}.`,
    allInOrder:
      'Aucun indicateur ne signale une obligation non respectée aujourd’hui ni un point qui demande attention.',
    indicators: '2. Indicateurs',
    names: {
      action_plan: 'Plan d’action',
      register_findings: 'Registre des activités de traitement',
      notice: 'Déclaration de confidentialité',
      requests_overdue: 'Demandes hors délai',
      requests_on_time: 'Demandes traitées dans les délais (90 jours)',
      breach_clocks: 'Délais des violations de données',
      agreements_missing: 'Contrats de sous-traitance (art. 28 RGPD)',
      dpias: 'Analyses d’impact (art. 35 RGPD)',
      retention_sweeps: 'Durées de conservation',
    },
    levels: { ok: 'en ordre', attention: 'attention', urgent: 'urgent' },
    value: (key, v, d) => {
      switch (key) {
        case 'action_plan':
          return `${v} actions en cours, dont ${d.overdue} au-delà de leur échéance et ${d.critical} critiques.`
        case 'register_findings':
          return `${d.errors} erreurs et ${d.warnings} avertissements au contrôle du registre.`
        case 'notice':
          return v === null
            ? 'Aucune déclaration de confidentialité n’est publiée (art. 13 et 14 RGPD).'
            : d.registerChangedSince
              ? frenchSpacing`La version ${v} est publiée ; le registre a changé depuis, la déclaration doit être revue.`
              : `La version ${v} est publiée et correspond au registre actuel.`
        case 'requests_overdue':
          return `${v} demandes en cours ont dépassé le délai légal.`
        case 'requests_on_time':
          return v === null
            ? 'Aucune demande traitée au cours des 90 derniers jours.'
            : `${pct('fr', v)} des ${d.answered} demandes traitées au cours des 90 derniers jours l’ont été dans le délai légal (${d.late} en retard).`
        case 'breach_clocks':
          return `${d.running} délais en cours et ${d.overdue} dépassés.`
        case 'agreements_missing':
          return `${d.unsigned} sous-traitants sans contrat, ${d.notRecorded} avec un contrat signé selon le registre mais non enregistré.`
        case 'dpias':
          return `${d.due} analyses requises non validées, ${d.stale} évaluations préalables périmées, ${d.unscreened} traitements non évalués.`
        case 'retention_sweeps':
          return `${d.failed} purges échouées et ${d.paused} en pause.`
      }
    },
    trendNone: frenchPunctuation(
      'Une comparaison avec il y a 30 jours n’est pas encore possible : aucun instantané des indicateurs n’a encore été conservé.',
    ),
    trendSince: (s) =>
      frenchSpacing`Une comparaison avec il y a 30 jours n’est pas encore possible : les instantanés des indicateurs sont conservés depuis le ${s}.`,
    trendCompared: (date) => `L’évolution est mesurée par rapport à l’instantané du ${date}.`,
    was: (v) => frenchSpacing`À la date de comparaison : ${v}.`,
    wasNone: frenchPunctuation('À la date de comparaison : non mesuré.'),
    wasEmpty: {
      requests_on_time: frenchPunctuation(
        'À la date de comparaison : aucune demande traitée au cours des 90 jours précédents.',
      ),
      notice: frenchPunctuation('À la date de comparaison : aucune déclaration de confidentialité publiée.'),
    },
    requests: '3. Demandes des personnes concernées (art. 12 à 22 RGPD)',
    requestsAnswered: (from, to, a, o) =>
      `Du ${from} au ${to}, ${a} demandes ont été traitées, dont ${o} dans le délai de l’article 12, paragraphe 3 RGPD (prolongation comprise lorsqu’elle a été invoquée) et ${a - o} en retard.`,
    requestsNone: (from, to) => `Du ${from} au ${to}, aucune demande n’a été traitée.`,
    requestsOverdue: (date, n) =>
      n === 0
        ? `Au ${date}, aucune demande en cours n’a dépassé son délai.`
        : frenchSpacing`Au ${date}, ${n} demandes en cours ont dépassé leur délai ; il faut y répondre sans tarder.`,
    breaches: '4. Violations de données (art. 33 et 34 RGPD)',
    breachesNone: 'Aucun délai ne court pour une violation de données.',
    clock: {
      part1: 'notification à l’APD (72 heures)',
      part2: 'complément de la notification à l’APD',
      controllers: 'notification au responsable du traitement',
    },
    clockState: (s, due) => (s === 'running' ? `court jusqu’au ${due}` : `dépassé le ${due}`),
    reasonMissing: 'les motifs du retard ne sont pas consignés',
    dpias: '5. Analyses d’impact (art. 35 RGPD)',
    dpiasDue: 'Requises et pas encore validées',
    dpiasStale: 'Évaluation préalable périmée (le traitement a changé depuis)',
    dpiasUnscreened: 'Pas encore évalués, alors que le registre signale un risque',
    dpiasNone: 'Aucune analyse requise non validée, aucune évaluation préalable périmée ou manquante.',
    actions: '6. Actions en cours',
    actionsNone: 'Le plan d’action ne contient aucune action en cours.',
    priority: {
      low: 'priorité basse',
      medium: 'priorité normale',
      high: 'priorité haute',
      critical: 'critique',
    },
    due: (date, overdue) => (overdue ? `échéance du ${date} dépassée` : `pour le ${date}`),
    noDue: 'sans échéance',
    more: (n) => `et ${n} autres actions (voir le plan d’action).`,
  },
  en: {
    title: (m) => `Monthly data protection report - ${m}`,
    intro: (org, date) =>
      `${org}. This report describes the situation on ${date}, the day it was drawn up, as it appears from the record of processing activities, the data subject requests, the personal data breaches and the action plan kept in Custos. It does not replace a review of each file.`,
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    summary: '1. Summary',
    urgent: (n) => `To be dealt with urgently: ${n}.`,
    attention: (n) => `Needs attention and should be planned: ${n}.`,
    allInOrder: 'No indicator shows an obligation that is not met today or a point that needs attention.',
    indicators: '2. Indicators',
    names: {
      action_plan: 'Action plan',
      register_findings: 'Record of processing activities',
      notice: 'Privacy notice',
      requests_overdue: 'Requests past their time limit',
      requests_on_time: 'Requests answered on time (90 days)',
      breach_clocks: 'Personal data breach time limits',
      agreements_missing: 'Processing agreements (Art. 28 GDPR)',
      dpias: 'Data protection impact assessments (Art. 35 GDPR)',
      retention_sweeps: 'Retention periods',
    },
    levels: { ok: 'in order', attention: 'attention', urgent: 'urgent' },
    value: (key, v, d) => {
      switch (key) {
        case 'action_plan':
          return `${v} pending actions, of which ${d.overdue} past their due date and ${d.critical} critical.`
        case 'register_findings':
          return `${d.errors} errors and ${d.warnings} warnings when the record was checked.`
        case 'notice':
          return v === null
            ? 'No privacy notice is published (Art. 13 and 14 GDPR).'
            : `Version ${v} is published${d.registerChangedSince ? '; the record has changed since, the notice must be reviewed' : ' and matches the current record'}.`
        case 'requests_overdue':
          return `${v} pending requests are past the legal time limit.`
        case 'requests_on_time':
          return v === null
            ? 'No request was answered in the last 90 days.'
            : `${pct('en', v)} of the ${d.answered} requests answered in the last 90 days were answered within the legal time limit (${d.late} late).`
        case 'breach_clocks':
          return `${d.running} time limits running and ${d.overdue} passed.`
        case 'agreements_missing':
          return `${d.unsigned} processors without an agreement, ${d.notRecorded} with an agreement signed according to the record but not recorded.`
        case 'dpias':
          return `${d.due} required assessments not validated, ${d.stale} screenings out of date, ${d.unscreened} activities not screened.`
        case 'retention_sweeps':
          return `${d.failed} failed and ${d.paused} paused sweeps.`
      }
    },
    trendNone:
      'A comparison with 30 days ago is not possible yet: no snapshot of the indicators has been kept so far.',
    trendSince: (s) =>
      `A comparison with 30 days ago is not possible yet: snapshots of the indicators have been kept since ${s}.`,
    trendCompared: (date) => `The trend is measured against the snapshot of ${date}.`,
    was: (v) => `On the comparison date: ${v}.`,
    wasNone: 'On the comparison date: not measured.',
    wasEmpty: {
      requests_on_time: 'On the comparison date: no request answered in the 90 days before it.',
      notice: 'On the comparison date: no privacy notice published.',
    },
    requests: '3. Data subject requests (Art. 12 to 22 GDPR)',
    requestsAnswered: (from, to, a, o) =>
      `From ${from} to ${to}, ${a} requests were answered, ${o} of them within the time limit of Article 12(3) GDPR (the extended one where it was invoked) and ${a - o} late.`,
    requestsNone: (from, to) => `From ${from} to ${to}, no request was answered.`,
    requestsOverdue: (date, n) =>
      n === 0
        ? `On ${date}, no pending request is past its time limit.`
        : `On ${date}, ${n} pending requests are past their time limit; they must be answered without delay.`,
    breaches: '4. Personal data breaches (Art. 33 and 34 GDPR)',
    breachesNone: 'No time limit is running for a personal data breach.',
    clock: {
      part1: 'notification to the Belgian DPA (72 hours)',
      part2: 'completion of the notification to the Belgian DPA',
      controllers: 'notice to the controller',
    },
    clockState: (s, due) => (s === 'running' ? `runs until ${due}` : `passed on ${due}`),
    reasonMissing: 'the reasons for the delay are not recorded',
    dpias: '5. Data protection impact assessments (Art. 35 GDPR)',
    dpiasDue: 'Required and not yet validated',
    dpiasStale: 'Screening out of date (the activity has changed since)',
    dpiasUnscreened: 'Not yet screened, while the record points to a risk',
    dpiasNone: 'No required assessment left unvalidated, no screening out of date or missing.',
    actions: '6. Pending actions',
    actionsNone: 'The action plan has no pending actions.',
    priority: { low: 'low priority', medium: 'normal priority', high: 'high priority', critical: 'critical' },
    due: (date, overdue) => (overdue ? `due date ${date} has passed` : `due ${date}`),
    noDue: 'no due date',
    more: (n) => `and ${n} more actions (see the action plan).`,
  },
}
