import { z } from 'zod'
import { defineStoredJson } from '../../lib/stored-json'
import { LEGAL_BASIS_LABELS } from '../register/catalogue/legal-labels'
import { type Language, textIn } from '../register/localized'
import type { ResolvedRegister } from '../register/resolve'
import type { Activity, RegisterDocument } from '../register/schema'
import { RISKS, type RiskAssessment, type RiskKey } from './risk'

/**
 * The assessment of one activity in the CNIL PIA structure (Art. 35(7) GDPR): 1. context, 2. fundamental
 * principles (necessity and proportionality, the people's rights), 3. risks (existing measures from the register,
 * the three risks, planned measures), 4. validation (DPO opinion, the people's views). Pure: the content's shape,
 * what the register already answers, and the changes between two versions.
 */

/** CNIL part 2: each question evaluated acceptable / improvable / to correct. */
export const PRINCIPLES = [
  'purposes',
  'legal_basis',
  'minimisation',
  'accuracy',
  'retention',
  'information',
  'consent',
  'access_portability',
  'rectification_erasure',
  'restriction_objection',
  'processors',
  'transfers',
] as const
export type PrincipleKey = (typeof PRINCIPLES)[number]

export const EVALUATIONS = ['acceptable', 'improvable', 'to_correct'] as const
export type Evaluation = (typeof EVALUATIONS)[number]

const text = (max: number) => z.string().trim().max(max)
const level = z.number().int().min(1).max(4)
const estimate = z.strictObject({
  severity: level.describe('1 negligible, 2 limited, 3 significant, 4 maximum'),
  likelihood: level.describe('1 negligible, 2 limited, 3 significant, 4 maximum'),
})
const list = z.array(text(500).min(1)).max(30).default([])

export const riskContentSchema = z.strictObject({
  sources: list.describe('risk sources: who or what could cause it (an employee, an attacker, a fire, ...)'),
  threats: list.describe('threats: how it could happen'),
  impacts: list.describe('impacts on the people concerned'),
  initial: estimate
    .nullable()
    .default(null)
    .describe('severity and likelihood with the existing measures; null: not estimated yet'),
  residual: estimate
    .nullable()
    .default(null)
    .describe(
      'severity and likelihood once the planned measures are in place; null: the initial estimate stays',
    ),
})

export const plannedMeasureSchema = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/)
    .optional()
    .describe('stable key of the measure; left out for a new measure (the server gives one)'),
  title: text(300).min(3).describe('the measure to put in place'),
  risks: z.array(z.enum(RISKS)).max(3).default([]).describe('the risks it lowers'),
  priority: z
    .enum(['low', 'medium', 'high', 'critical'])
    .default('medium')
    .describe('the priority of its action in the action plan'),
  due: z.iso.date().nullable().default(null).describe('when it must be in place (YYYY-MM-DD)'),
})

const principleSchema = z.strictObject({
  answer: text(5000).default('').describe('how the processing meets it'),
  evaluation: z
    .enum(EVALUATIONS)
    .nullable()
    .default(null)
    .describe('acceptable, improvable or to_correct; null: not evaluated yet'),
})

export const assessmentContentSchema = z.strictObject({
  context: z
    .strictObject({
      overview: text(10000).default('').describe('the processing, its stakes, who is responsible'),
      lifecycle: text(10000).default('').describe('the life cycle of the data: collection to erasure'),
    })
    .default({ overview: '', lifecycle: '' })
    .describe('CNIL part 1: what the register does not say about the processing'),
  principles: z
    .partialRecord(z.enum(PRINCIPLES), principleSchema)
    .default({})
    .describe('CNIL part 2: one answer and evaluation per question'),
  risks: z
    .partialRecord(z.enum(RISKS), riskContentSchema)
    .default({})
    .describe('the three risks: illegitimate_access, unwanted_modification, disappearance'),
  plannedMeasures: z
    .array(plannedMeasureSchema)
    .max(50)
    .default([])
    .describe('measures still to put in place; each becomes an action of the action plan'),
  existingMeasuresText: text(10000)
    .default('')
    .describe(
      'existing measures described in words, beside the register’s security measures (e.g. those of a file from the CNIL PIA software)',
    ),
  dpoOpinion: text(10000).default('').describe("the DPO's opinion (Art. 35(2))"),
  peopleViews: text(10000)
    .default('')
    .describe(
      'the views of the people concerned or their representatives (Art. 35(9)), or why they were not sought',
    ),
})
export type AssessmentContent = z.infer<typeof assessmentContentSchema>
export type AssessmentInput = z.input<typeof assessmentContentSchema>
export type StoredMeasure = AssessmentContent['plannedMeasures'][number] & { key: string }

/** The content as stored in dpia_assessments.content (decision 0025). Every planned measure has its key. */
export const storedAssessment = defineStoredJson<AssessmentContent>({
  name: 'dpia.assessment',
  version: 1,
  schema: assessmentContentSchema as z.ZodType<AssessmentContent>,
})

export function emptyAssessment(): AssessmentContent {
  return assessmentContentSchema.parse({})
}

/** The risks that are estimated, in the shape of the risk rules (domain/dpia/risk.ts). */
export function estimatedRisks(content: AssessmentContent): Partial<Record<RiskKey, RiskAssessment>> {
  const out: Partial<Record<RiskKey, RiskAssessment>> = {}
  for (const key of RISKS) {
    const r = content.risks[key]
    if (!r?.initial) continue
    out[key] = {
      sources: r.sources,
      threats: r.threats,
      impacts: r.impacts,
      initial: r.initial as RiskAssessment['initial'],
      ...(r.residual ? { residual: r.residual as RiskAssessment['initial'] } : {}),
    }
  }
  return out
}

/** What the register says about the activity (CNIL part 1, context), worded in `lang`. */
export interface AssessmentContext {
  purposes: string[]
  subjectCategories: string[]
  dataCategories: string[]
  systems: string[]
  recipients: string[]
  retention: string[]
  transfers: string[]
  existingMeasures: { key: string; name: string; type: 'technical' | 'organisational' }[]
}

export function registerContext(
  activity: Activity,
  doc: RegisterDocument,
  resolved: ResolvedRegister,
  lang: Language,
): AssessmentContext {
  const label = (kind: Parameters<ResolvedRegister['labelOf']>[0], key: string) =>
    resolved.labelOf(kind, key, lang)
  const measureKeys = new Set(activity.measures)
  for (const s of activity.systems) for (const m of resolved.system(s)?.measures ?? []) measureKeys.add(m)
  return {
    purposes: activity.purposes.map((p) => {
      const basis = p.legalBasis ? ` - ${LEGAL_BASIS_LABELS[p.legalBasis].label[lang]}` : ''
      return `${label('purpose', p.purpose)}${basis}`
    }),
    subjectCategories: activity.subjectCategories.map((k) => label('subject_category', k)),
    dataCategories: activity.dataCategories.map((d) => {
      const flags = resolved.dataCategory(d.category)?.flags
      const mark = flags?.special ? ' (art. 9)' : flags?.criminal ? ' (art. 10)' : ''
      return `${label('data_category', d.category)}${mark}`
    }),
    systems: activity.systems.map((k) => {
      const s = resolved.system(k)
      return s?.hostingCountry ? `${s.name} (${s.hostingCountry})` : label('system', k)
    }),
    recipients: activity.recipients.map(
      (r) => textIn(r.name, lang) ?? (r.vendor ? label('vendor', r.vendor) : label('recipient_type', r.type)),
    ),
    retention: activity.retention.map((r) => label('retention_rule', r.rule)),
    transfers: activity.transfers.map((t) => {
      const who = textIn(t.recipient, lang) ?? ''
      return [who, t.country ?? '?', t.safeguard ?? ''].filter(Boolean).join(' - ')
    }),
    existingMeasures: [...measureKeys].flatMap((key) => {
      const m = doc.measures.find((x) => x.key === key)
      return m ? [{ key, name: textIn(m.name, lang) ?? key, type: m.type }] : []
    }),
  }
}

/**
 * What the register already answers for each question of part 2, shown next to the question (empty: the
 * register has nothing on it and the person answers alone).
 */
export function registerAnswers(
  activity: Activity,
  context: AssessmentContext,
  lang: Language,
): Record<PrincipleKey, string[]> {
  const consent = activity.purposes.flatMap((p) =>
    p.legalBasis === 'consent' ? [textIn(p.consentWithdrawal, lang) ?? ''] : [],
  )
  const withdrawal = { nl: 'Intrekken', fr: 'Retrait', en: 'Withdrawal' }[lang]
  const portability = {
    nl: 'Recht op overdraagbaarheid aangeboden',
    fr: 'Droit à la portabilité offert',
    en: 'Right to data portability offered',
  }[lang]
  return {
    purposes: context.purposes,
    legal_basis: activity.purposes.flatMap((p) =>
      p.legalBasis ? [LEGAL_BASIS_LABELS[p.legalBasis].label[lang]] : [],
    ),
    minimisation: context.dataCategories,
    accuracy: [],
    retention: context.retention,
    information: [],
    consent: consent.map((c) => (c ? `${withdrawal}: ${c}` : withdrawal)),
    access_portability: activity.portability ? [portability] : [],
    rectification_erasure: [],
    restriction_objection: [],
    processors: context.recipients,
    transfers: context.transfers,
  }
}

/** The paths whose value differs between two versions of the content ('risks.disappearance.initial', ...). */
export function changedPaths(before: AssessmentContent | null, after: AssessmentContent): string[] {
  const flat = (value: unknown, prefix: string, out: Map<string, string>) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) flat(v, prefix ? `${prefix}.${k}` : k, out)
    } else out.set(prefix, JSON.stringify(value))
    return out
  }
  const a = before ? flat(before, '', new Map()) : new Map<string, string>()
  const b = flat(after, '', new Map())
  const paths = new Set<string>()
  for (const [k, v] of b) if (a.get(k) !== v && !(a.get(k) === undefined && isEmpty(v))) paths.add(k)
  for (const [k, v] of a) if (!b.has(k) && !isEmpty(v)) paths.add(k)
  return [...paths].sort()
}

function isEmpty(json: string): boolean {
  return json === '""' || json === '[]' || json === 'null'
}
