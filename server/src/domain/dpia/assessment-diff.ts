import type { Language } from '../register/localized'
import { type AssessmentContent, PRINCIPLES } from './assessment'
import { EVALUATION_LABELS, LEVEL_LABELS, PRINCIPLE_QUESTIONS, RISK_LABELS } from './assessment-labels'
import { RISKS } from './risk'

/** The part of the CNIL structure a changed field belongs to. */
export type DiffSection = 'context' | 'principles' | 'risks' | 'measures' | 'validation'

/** One field that differs between two versions, both sides worded in one language; null: empty on that side. */
export interface DiffEntry {
  /** Where in the content: `context.overview`, `principles.purposes.answer`, `risks.disappearance.initial`, `plannedMeasures.m2`, ... */
  path: string
  section: DiffSection
  /** The field as the form and the report name it. */
  label: string
  before: string | null
  after: string | null
}

const WORDS = {
  nl: {
    overview: 'Overzicht',
    lifecycle: 'Levenscyclus van de gegevens',
    answer: 'antwoord',
    evaluation: 'beoordeling',
    sources: 'risicobronnen',
    threats: 'bedreigingen',
    impacts: 'gevolgen',
    initial: 'ernst en waarschijnlijkheid',
    residual: 'na de geplande maatregelen',
    measure: 'Geplande maatregel',
    existingText: 'Bestaande maatregelen (beschreven)',
    dpo: 'Advies van de DPO',
    people: 'Standpunt van de betrokkenen',
    estimate: (s: string, l: string) => `ernst ${s}, waarschijnlijkheid ${l}`,
    measureText: (title: string, risks: string, priority: string, due: string | null) =>
      `${title} (prioriteit ${priority}${due ? `, uiterlijk ${due}` : ''}${risks ? `; ${risks}` : ''})`,
    priority: { low: 'laag', medium: 'gemiddeld', high: 'hoog', critical: 'kritiek' },
  },
  fr: {
    overview: 'Présentation',
    lifecycle: 'Cycle de vie des données',
    answer: 'réponse',
    evaluation: 'évaluation',
    sources: 'sources de risque',
    threats: 'menaces',
    impacts: 'impacts',
    initial: 'gravité et vraisemblance',
    residual: 'après les mesures prévues',
    measure: 'Mesure prévue',
    existingText: 'Mesures existantes (décrites)',
    dpo: 'Avis du DPO',
    people: 'Avis des personnes concernées',
    estimate: (s: string, l: string) => `gravité ${s}, vraisemblance ${l}`,
    measureText: (title: string, risks: string, priority: string, due: string | null) =>
      `${title} (priorité ${priority}${due ? `, au plus tard le ${due}` : ''}${risks ? ` ; ${risks}` : ''})`,
    priority: { low: 'basse', medium: 'moyenne', high: 'haute', critical: 'critique' },
  },
  en: {
    overview: 'Overview',
    lifecycle: 'Life cycle of the data',
    answer: 'answer',
    evaluation: 'evaluation',
    sources: 'risk sources',
    threats: 'threats',
    impacts: 'impacts',
    initial: 'severity and likelihood',
    residual: 'after the planned measures',
    measure: 'Planned measure',
    existingText: 'Existing measures (described)',
    dpo: 'Opinion of the DPO',
    people: 'Views of the people concerned',
    estimate: (s: string, l: string) => `severity ${s}, likelihood ${l}`,
    measureText: (title: string, risks: string, priority: string, due: string | null) =>
      `${title} (priority ${priority}${due ? `, due ${due}` : ''}${risks ? `; ${risks}` : ''})`,
    priority: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  },
} as const

/** '2027-03-01' as 01/03/2027. */
const dmy = (iso: string) => iso.split('-').reverse().join('/')
const orNull = (s: string) => (s.trim() === '' ? null : s)

/**
 * The fields that differ between two versions of an assessment, in the order of the CNIL structure, worded in
 * `lang`: texts as typed, lists one item a line, estimates with the four-level scale's words, evaluations in words,
 * planned measures by their key in key order (added: before null; taken out: after null). Equal contents give no entry; an
 * entry never has the same text on both sides.
 */
export function assessmentDiff(
  before: AssessmentContent,
  after: AssessmentContent,
  lang: Language,
): DiffEntry[] {
  const w = WORDS[lang]
  const out: DiffEntry[] = []
  const add = (path: string, section: DiffSection, label: string, a: string | null, b: string | null) => {
    if (a !== b) out.push({ path, section, label, before: a, after: b })
  }
  const level = (n: number) => `${n} ${LEVEL_LABELS[lang][n - 1] ?? ''}`.trim()
  const estimate = (e: { severity: number; likelihood: number } | null | undefined) =>
    e ? w.estimate(level(e.severity), level(e.likelihood)) : null

  add(
    'context.overview',
    'context',
    w.overview,
    orNull(before.context.overview),
    orNull(after.context.overview),
  )
  add(
    'context.lifecycle',
    'context',
    w.lifecycle,
    orNull(before.context.lifecycle),
    orNull(after.context.lifecycle),
  )

  for (const key of PRINCIPLES) {
    const a = before.principles[key]
    const b = after.principles[key]
    const question = PRINCIPLE_QUESTIONS[key][lang]
    add(
      `principles.${key}.answer`,
      'principles',
      `${question} - ${w.answer}`,
      orNull(a?.answer ?? ''),
      orNull(b?.answer ?? ''),
    )
    add(
      `principles.${key}.evaluation`,
      'principles',
      `${question} - ${w.evaluation}`,
      a?.evaluation ? EVALUATION_LABELS[a.evaluation][lang] : null,
      b?.evaluation ? EVALUATION_LABELS[b.evaluation][lang] : null,
    )
  }

  for (const key of RISKS) {
    const a = before.risks[key]
    const b = after.risks[key]
    const risk = RISK_LABELS[key][lang]
    for (const part of ['sources', 'threats', 'impacts'] as const)
      add(
        `risks.${key}.${part}`,
        'risks',
        `${risk} - ${w[part]}`,
        orNull((a?.[part] ?? []).join('\n')),
        orNull((b?.[part] ?? []).join('\n')),
      )
    add(`risks.${key}.initial`, 'risks', `${risk} - ${w.initial}`, estimate(a?.initial), estimate(b?.initial))
    add(
      `risks.${key}.residual`,
      'risks',
      `${risk} - ${w.residual}`,
      estimate(a?.residual),
      estimate(b?.residual),
    )
  }

  add(
    'existingMeasuresText',
    'measures',
    w.existingText,
    orNull(before.existingMeasuresText),
    orNull(after.existingMeasuresText),
  )

  const measure = (m: AssessmentContent['plannedMeasures'][number] | undefined) =>
    m
      ? w.measureText(
          m.title,
          m.risks.map((r) => RISK_LABELS[r][lang]).join(', '),
          w.priority[m.priority],
          m.due ? dmy(m.due) : null,
        )
      : null
  const keyOf = (m: AssessmentContent['plannedMeasures'][number], i: number) => m.key ?? `#${i + 1}`
  const beforeMeasures = new Map(before.plannedMeasures.map((m, i) => [keyOf(m, i), m]))
  const afterMeasures = new Map(after.plannedMeasures.map((m, i) => [keyOf(m, i), m]))
  const measureKeys = [...new Set([...beforeMeasures.keys(), ...afterMeasures.keys()])].sort((x, y) =>
    x.localeCompare(y, 'en', { numeric: true }),
  )
  for (const key of measureKeys)
    add(
      `plannedMeasures.${key}`,
      'measures',
      w.measure,
      measure(beforeMeasures.get(key)),
      measure(afterMeasures.get(key)),
    )

  add('dpoOpinion', 'validation', w.dpo, orNull(before.dpoOpinion), orNull(after.dpoOpinion))
  add('peopleViews', 'validation', w.people, orNull(before.peopleViews), orNull(after.peopleViews))
  return out
}
