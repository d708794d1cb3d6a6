import {
  ACTIVITY_ROLE_LABELS,
  ACTIVITY_STATUS_LABELS,
  ART9_CONDITION_LABELS,
  DATA_REQUIREMENT_LABELS,
  DATA_SOURCE_LABELS,
  DPIA_CRITERION_LABELS,
  DPIA_STATUS_LABELS,
  LEGAL_BASIS_LABELS,
} from '../catalogue'
import type { Labels } from '../localized'
import type { Activity } from '../schema'
import type { ExportContext } from './context'
import { compact, DASH, formatDate, withDetails } from './format'

/**
 * The values of an activity's own fields (purposes, legal bases, categories, status ...) as display items in the
 * export language. Each function returns the items of one cell; the renderers join them.
 */
export type Field = (activity: Activity, ctx: ExportContext) => readonly string[]

const GDPR: Labels = { nl: 'AVG', fr: 'RGPD', en: 'GDPR' }

const one = (value: string | undefined): string[] => compact([value])

/** "Text", or "Purpose – text" where the activity has more than one purpose, to tell them apart. */
function perPurpose(activity: Activity, ctx: ExportContext, purpose: string, text: string): string {
  return activity.purposes.length > 1 ? `${ctx.labels.purpose(purpose)}${DASH}${text}` : text
}

export const description: Field = (a, ctx) => one(ctx.text(a.description))
export const name: Field = (a, ctx) => one(ctx.text(a.name))
export const key: Field = (a) => [a.key]
export const role: Field = (a, ctx) => [ctx.label(ACTIVITY_ROLE_LABELS[a.role])]

export const jointControllers: Field = (a, ctx) =>
  a.jointControllers.map((jc) => {
    const arrangement = ctx.text(jc.arrangement)
    const main = withDetails(jc.name, [jc.contact])
    return arrangement === undefined
      ? main
      : `${main}${DASH}${ctx.t('arrangement')}${ctx.colon}${arrangement}`
  })

export const purposes: Field = (a, ctx) =>
  a.purposes.map((p) => {
    const text = ctx.text(p.description)
    const label = ctx.labels.purpose(p.purpose)
    return text === undefined ? label : `${label}${ctx.colon}${text}`
  })

export const legalBases: Field = (a, ctx) =>
  compact(
    a.purposes.map((p) => {
      if (p.legalBasis === undefined) return undefined
      const basis = ctx.label(LEGAL_BASIS_LABELS[p.legalBasis])
      const law = p.legalBasis === 'legal_obligation' ? ctx.text(p.legalObligation?.law) : undefined
      return perPurpose(a, ctx, p.purpose, law === undefined ? basis : `${basis}${ctx.colon}${law}`)
    }),
  )

export const legalBasisDetails: Field = (a, ctx) =>
  a.purposes.flatMap((p) => {
    const interest = p.legitimateInterest
    const items = [
      interest && `${ctx.t('legitimateInterest')}${ctx.colon}${ctx.text(interest.interest)}`,
      interest?.balancingTest && `${ctx.t('balancingTest')}${ctx.colon}${ctx.text(interest.balancingTest)}`,
      p.consentWithdrawal && `${ctx.t('consentWithdrawal')}${ctx.colon}${ctx.text(p.consentWithdrawal)}`,
    ]
    return compact(items).map((item) => perPurpose(a, ctx, p.purpose, item))
  })

export const art9Condition: Field = (a, ctx) => {
  if (a.art9Condition === undefined) return one(ctx.text(a.art9Details))
  return [withDetails(ctx.label(ART9_CONDITION_LABELS[a.art9Condition]), [ctx.text(a.art9Details)])]
}
export const criminalDataBasis: Field = (a, ctx) => one(ctx.text(a.criminalDataBasis))
export const nationalNumberAuthorisation: Field = (a, ctx) => one(ctx.text(a.nationalNumberAuthorisation))

export const subjectCategories: Field = (a, ctx) => a.subjectCategories.map(ctx.labels.subjectCategory)

/** Category labels, with "(art. 9 AVG)" or "(art. 10 AVG)" for the categories with a regime of their own. */
export const dataCategories: Field = (a, ctx) =>
  compact(
    a.dataCategories.map(({ category }) => {
      const flags = ctx.labels.dataCategoryFlags(category)
      const article = flags?.special ? 'art. 9' : flags?.criminal ? 'art. 10' : undefined
      const label = ctx.labels.dataCategory(category)
      return article === undefined ? label : `${label} (${article} ${GDPR[ctx.language]})`
    }),
  )

/** Grouped by source: "Een derde (KBO): Financiële gegevens, Contactgegevens". */
export const sources: Field = (a, ctx) => {
  const groups = new Map<string, string[]>()
  for (const use of a.dataCategories) {
    const source = withDetails(ctx.label(DATA_SOURCE_LABELS[use.source]), [ctx.text(use.sourceName)])
    groups.set(source, [...(groups.get(source) ?? []), ctx.labels.dataCategory(use.category)])
  }
  return [...groups].map(([source, categories]) => `${source}${ctx.colon}${categories.join(', ')}`)
}

/** Grouped by requirement, then what happens when a category is not provided. */
export const requirements: Field = (a, ctx) => {
  const groups = new Map<string, string[]>()
  for (const use of a.dataCategories) {
    // A requirement that is not recorded is left out, not shown as "not required".
    if (use.requirement === undefined) continue
    const requirement = ctx.label(DATA_REQUIREMENT_LABELS[use.requirement])
    groups.set(requirement, [...(groups.get(requirement) ?? []), ctx.labels.dataCategory(use.category)])
  }
  const consequences = a.dataCategories.flatMap((use) => {
    const text = ctx.text(use.consequence)
    if (text === undefined) return []
    return [`${ctx.t('consequence')} (${ctx.labels.dataCategory(use.category)}): ${text}`]
  })
  return [
    ...[...groups].map(([requirement, categories]) => `${requirement}${ctx.colon}${categories.join(', ')}`),
    ...consequences,
  ]
}

export const automatedDecisions: Field = (a, ctx) => {
  const decisions = a.automatedDecisions
  if (!decisions.used) return [ctx.yesNo(false)]
  const logic = ctx.text(decisions.logic)
  const consequences = ctx.text(decisions.consequences)
  return compact([
    ctx.yesNo(true),
    `${ctx.t('profiling')}${ctx.colon}${ctx.yesNo(decisions.profiling)}`,
    logic && `${ctx.t('logic')}${ctx.colon}${logic}`,
    consequences && `${ctx.t('consequences')}${ctx.colon}${consequences}`,
  ])
}

export const portability: Field = (a, ctx) => [ctx.yesNo(a.portability)]
export const dpiaCriteria: Field = (a, ctx) => a.dpia.criteria.map((c) => ctx.label(DPIA_CRITERION_LABELS[c]))
export const dpiaStatus: Field = (a, ctx) => {
  const status = a.dpia.status === undefined ? undefined : ctx.label(DPIA_STATUS_LABELS[a.dpia.status])
  return one(status === undefined ? a.dpia.reference : withDetails(status, [a.dpia.reference]))
}
export const status: Field = (a, ctx) => [ctx.label(ACTIVITY_STATUS_LABELS[a.status])]
export const startDate: Field = (a) => one(formatDate(a.startDate))
export const endDate: Field = (a) => one(formatDate(a.endDate))
export const replacedBy: Field = (a, ctx) => {
  if (a.replacedBy === undefined) return []
  const replacement = ctx.activities.get(a.replacedBy)
  return [replacement === undefined ? a.replacedBy : (ctx.text(replacement.name) ?? a.replacedBy)]
}
