import { toBrusselsDate } from '../../domain/brussels-time'
import type { IsoDate } from '../../domain/calendar-date'
import { EVALUATION_LABELS, LEVEL_LABELS, MAP_LABELS, RISK_LABELS } from '../../domain/dpia/assessment-labels'
import { RISK_MARKS, riskMapFigure } from '../../domain/dpia/risk-map'
import { frenchPunctuation, frenchSpacing } from '../../domain/french-typography'
import type { Language } from '../../domain/register/localized'
import { colon, formatDate, semicolon } from '../../domain/requests/format'
import { type FormPdf, type FormPdfField, renderFormPdf } from '../../lib/pdf/form-pdf'
import type { PresentedAssessment } from './assessment-presenter'

export const ASSESSMENT_WORDS = {
  nl: {
    title: 'Gegevensbeschermingseffectbeoordeling (DPIA)',
    intro: (a: PresentedAssessment, org: string) =>
      `${org} - verwerking "${a.activityName}", versie ${a.version ?? '-'} (${a.statusLabel || 'nog niet opgeslagen'}). Opgesteld volgens de methode van de CNIL (art. 35 AVG).`,
    context: '1. Context',
    overview: 'Overzicht',
    lifecycle: 'Levenscyclus van de gegevens',
    purposes: 'Doeleinden en rechtsgrond (register)',
    subjects: 'Betrokkenen (register)',
    data: 'Persoonsgegevens (register)',
    systems: 'Systemen (register)',
    recipients: 'Ontvangers (register)',
    retention: 'Bewaring (register)',
    transfers: 'Doorgiften buiten de EER (register)',
    principles: '2. Fundamentele beginselen: noodzaak, evenredigheid en rechten',
    fromRegister: 'Volgens het register',
    answer: 'Antwoord',
    evaluation: 'Beoordeling',
    notEvaluated: 'nog niet beoordeeld',
    risks: '3. Risico’s',
    existing: 'Bestaande maatregelen (register)',
    existingText: 'Bestaande maatregelen (beschreven)',
    sources: 'Risicobronnen',
    threats: 'Bedreigingen',
    impacts: 'Gevolgen voor de betrokkenen',
    initial: 'Vóór de geplande maatregelen',
    residual: 'Na de geplande maatregelen',
    notEstimated: 'niet ingeschat',
    severity: 'ernst',
    likelihood: 'waarschijnlijkheid',
    level: 'risico',
    mapLegend: 'Legende:',
    mapUnestimated: (marks: string) => `(${marks}: restrisico nog niet ingeschat)`,
    mapNone: 'De risicokaart volgt zodra de drie risico’s zijn ingeschat.',
    planned: 'Geplande maatregelen (actieplan)',
    due: 'tegen',
    prior: 'Voorafgaande raadpleging (art. 36 AVG)',
    priorYes: 'Een restrisico blijft hoog: de GBA moet vóór de verwerking worden geraadpleegd.',
    priorNo: 'Geen restrisico blijft hoog: voorafgaande raadpleging van de GBA is niet vereist.',
    validation: '4. Validatie',
    dpo: 'Advies van de DPO',
    people: 'Standpunt van de betrokkenen',
    decision: 'Beslissing',
    decidedBy: (by: string, at: string) => `door ${by} op ${at}`,
    none: '-',
  },
  fr: {
    title: 'Analyse d’impact relative à la protection des données (AIPD)',
    intro: (a: PresentedAssessment, org: string) =>
      frenchSpacing`${org} - traitement « ${a.activityName} », version ${a.version ?? '-'} (${a.statusLabel || 'pas encore enregistrée'}). Établie selon la méthode de la CNIL (art. 35 RGPD).`,
    context: '1. Contexte',
    overview: 'Présentation',
    lifecycle: 'Cycle de vie des données',
    purposes: 'Finalités et base juridique (registre)',
    subjects: 'Personnes concernées (registre)',
    data: 'Données à caractère personnel (registre)',
    systems: 'Systèmes (registre)',
    recipients: 'Destinataires (registre)',
    retention: 'Conservation (registre)',
    transfers: 'Transferts hors EEE (registre)',
    principles: frenchPunctuation('2. Principes fondamentaux : nécessité, proportionnalité et droits'),
    fromRegister: 'Selon le registre',
    answer: 'Réponse',
    evaluation: 'Évaluation',
    notEvaluated: 'pas encore évalué',
    risks: '3. Risques',
    existing: 'Mesures existantes (registre)',
    existingText: 'Mesures existantes (décrites)',
    sources: 'Sources de risque',
    threats: 'Menaces',
    impacts: 'Impacts sur les personnes',
    initial: 'Avant les mesures prévues',
    residual: 'Après les mesures prévues',
    notEstimated: 'non estimé',
    severity: 'gravité',
    likelihood: 'vraisemblance',
    level: 'risque',
    mapLegend: frenchPunctuation('Légende :'),
    mapUnestimated: (marks: string) => frenchSpacing`(${marks} : risque résiduel pas encore estimé)`,
    mapNone: 'La cartographie des risques suivra dès que les trois risques auront été estimés.',
    planned: 'Mesures prévues (plan d’action)',
    due: 'pour le',
    prior: 'Consultation préalable (art. 36 RGPD)',
    priorYes: frenchPunctuation(
      'Un risque résiduel reste élevé : l’APD doit être consultée avant le traitement.',
    ),
    priorNo: frenchPunctuation(
      'Aucun risque résiduel ne reste élevé : la consultation préalable de l’APD n’est pas requise.',
    ),
    validation: '4. Validation',
    dpo: 'Avis du DPO',
    people: 'Avis des personnes concernées',
    decision: 'Décision',
    decidedBy: (by: string, at: string) => `par ${by} le ${at}`,
    none: '-',
  },
  en: {
    title: 'Data protection impact assessment (DPIA)',
    intro: (a: PresentedAssessment, org: string) =>
      `${org} - processing "${a.activityName}", version ${a.version ?? '-'} (${a.statusLabel || 'not saved yet'}). Following the CNIL method (Art. 35 GDPR).`,
    context: '1. Context',
    overview: 'Overview',
    lifecycle: 'Life cycle of the data',
    purposes: 'Purposes and legal basis (register)',
    subjects: 'People concerned (register)',
    data: 'Personal data (register)',
    systems: 'Systems (register)',
    recipients: 'Recipients (register)',
    retention: 'Retention (register)',
    transfers: 'Transfers outside the EEA (register)',
    principles: '2. Fundamental principles: necessity, proportionality and rights',
    fromRegister: 'According to the register',
    answer: 'Answer',
    evaluation: 'Evaluation',
    notEvaluated: 'not evaluated yet',
    risks: '3. Risks',
    existing: 'Existing measures (register)',
    existingText: 'Existing measures (described)',
    sources: 'Risk sources',
    threats: 'Threats',
    impacts: 'Impacts on the people concerned',
    initial: 'Before the planned measures',
    residual: 'After the planned measures',
    notEstimated: 'not estimated',
    severity: 'severity',
    likelihood: 'likelihood',
    level: 'risk',
    mapLegend: 'Legend:',
    mapUnestimated: (marks: string) => `(${marks}: residual risk not yet estimated)`,
    mapNone: 'The risk map follows once the three risks have been estimated.',
    planned: 'Planned measures (action plan)',
    due: 'by',
    prior: 'Prior consultation (Art. 36 GDPR)',
    priorYes: 'A residual risk stays high: the GBA/APD must be consulted before the processing starts.',
    priorNo: 'No residual risk stays high: prior consultation of the GBA/APD is not required.',
    validation: '4. Validation',
    dpo: 'Opinion of the DPO',
    people: 'Views of the people concerned',
    decision: 'Decision',
    decidedBy: (by: string, at: string) => `by ${by} on ${at}`,
    none: '-',
  },
} as const

/**
 * The risk map before and after the measures, drawn as a vector chart (the placement of the page's SVG), with a
 * legend naming the risk behind each letter and the risks whose residual level is not estimated yet (drawn without
 * a filled marker); until a risk is estimated it says the map is still to come.
 */
function riskMapField(a: PresentedAssessment, lang: Language): FormPdfField {
  const w = ASSESSMENT_WORDS[lang]
  const labels = MAP_LABELS[lang]
  if (a.riskMap.length === 0) return { label: labels.title, value: w.mapNone }
  const legend = a.riskMap
    .map((p) => `${RISK_MARKS[p.risk]} = ${RISK_LABELS[p.risk][lang]}`)
    .join(`${semicolon(lang)} `)
  const unestimated = a.riskMap.filter((p) => !p.residualEstimated).map((p) => RISK_MARKS[p.risk])
  const note = unestimated.length ? ` ${w.mapUnestimated(unestimated.join(', '))}` : ''
  return {
    label: labels.title,
    value: `${w.mapLegend} ${legend}.${note}`,
    figure: riskMapFigure(a.riskMap, { ...labels, levels: LEVEL_LABELS[lang] }),
  }
}

/** The assessment as a PDF report in `lang` (the four CNIL parts). */
export function assessmentReportPdf(
  a: PresentedAssessment,
  lang: Language,
  orgName: string,
): Promise<Buffer> {
  const w = ASSESSMENT_WORDS[lang]
  const cl = colon(lang)
  const join = (items: readonly string[]) => (items.length ? items.join(`${semicolon(lang)} `) : w.none)
  const levels = LEVEL_LABELS[lang]
  const estimate = (e: { severity: number; likelihood: number } | null | undefined) =>
    e
      ? `${w.severity}${cl} ${levels[e.severity - 1]}, ${w.likelihood}${cl} ${levels[e.likelihood - 1]}`
      : w.notEstimated
  const c = a.content
  const point = (key: string) => a.riskMap.find((p) => p.risk === key)
  const pdf: FormPdf = {
    title: `${w.title}${cl} ${a.activityName}`,
    intro: w.intro(a, orgName),
    sections: [
      {
        heading: w.context,
        fields: [
          { label: w.overview, value: c.context.overview || w.none },
          { label: w.lifecycle, value: c.context.lifecycle || w.none },
          { label: w.purposes, value: join(a.context.purposes) },
          { label: w.subjects, value: join(a.context.subjectCategories) },
          { label: w.data, value: join(a.context.dataCategories) },
          { label: w.systems, value: join(a.context.systems) },
          { label: w.recipients, value: join(a.context.recipients) },
          { label: w.retention, value: join(a.context.retention) },
          { label: w.transfers, value: join(a.context.transfers) },
        ],
      },
      {
        heading: w.principles,
        fields: a.principles.map((p): FormPdfField => {
          const own = c.principles[p.key]
          const evaluation = own?.evaluation ? EVALUATION_LABELS[own.evaluation][lang] : w.notEvaluated
          const register = p.registerAnswer.length ? `${w.fromRegister}${cl} ${join(p.registerAnswer)}\n` : ''
          return {
            label: p.question,
            value: `${register}${w.answer}${cl} ${own?.answer || w.none}\n${w.evaluation}${cl} ${evaluation}`,
          }
        }),
      },
      {
        heading: w.risks,
        fields: [
          { label: w.existing, value: join(a.context.existingMeasures.map((m) => m.name)) },
          ...(c.existingMeasuresText ? [{ label: w.existingText, value: c.existingMeasuresText }] : []),
          ...a.risks.map((r): FormPdfField => {
            const own = c.risks[r.key]
            const p = point(r.key)
            return {
              label: r.label,
              value: [
                `${w.sources}${cl} ${join(own?.sources ?? [])}`,
                `${w.threats}${cl} ${join(own?.threats ?? [])}`,
                `${w.impacts}${cl} ${join(own?.impacts ?? [])}`,
                `${w.initial}${cl} ${estimate(own?.initial)}${p ? ` (${w.level} ${p.initial.levelLabel})` : ''}`,
                `${w.residual}${cl} ${estimate(own?.residual)}${p?.residualEstimated ? ` (${w.level} ${p.residual.levelLabel})` : ''}`,
              ].join('\n'),
            }
          }),
          riskMapField(a, lang),
          {
            label: w.planned,
            value: c.plannedMeasures.length
              ? c.plannedMeasures
                  .map((m) => `- ${m.title}${m.due ? ` (${w.due} ${formatDate(m.due as IsoDate)})` : ''}`)
                  .join('\n')
              : w.none,
          },
          { label: w.prior, value: a.priorConsultation ? w.priorYes : w.priorNo },
        ],
      },
      {
        heading: w.validation,
        fields: [
          { label: w.dpo, value: c.dpoOpinion || w.none },
          { label: w.people, value: c.peopleViews || w.none },
          {
            label: w.decision,
            value:
              a.status === 'validated' || a.status === 'refused'
                ? `${a.statusLabel} ${w.decidedBy(a.decidedBy ?? '', a.decidedAt ? formatDate(toBrusselsDate(new Date(a.decidedAt))) : '')}${a.decisionReason ? `${cl} ${a.decisionReason}` : ''}`
                : a.statusLabel || w.none,
          },
        ],
      },
    ],
  }
  return renderFormPdf(pdf, orgName)
}
