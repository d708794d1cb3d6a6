import type { DataCategoryFlags } from '../register/catalogue/types'
import { type Labels, type Language, textIn } from '../register/localized'
import { type ResolvedRegister, resolveRegister } from '../register/resolve'
import type { Activity, RegisterDocument } from '../register/schema'
import { feedsNotice } from './facts'

/** Types and helpers shared by the completeness checks (completeness*.ts). */

/**
 * missing: required by law and not in the register (blocks publication); recommended: the notice is lawful
 * without it, but says less than it could (e.g. no privacy contact person, no statement on transfers).
 */
export type CompletenessStatus = 'present' | 'missing' | 'recommended' | 'not-applicable'

export interface FixLocation {
  type: 'organization' | 'activity' | 'notice' | 'vendor' | 'system'
  key: string | null
  /** Dotted path in the register document, e.g. "activities.2.purposes.0.legalBasis". */
  path: string
}

export interface CompletenessItem {
  /** Stable id, e.g. "art13.1.a.controller-identity": never renamed, the UI keys on it. */
  element: string
  article: string
  label: Labels
  status: CompletenessStatus
  /** What is missing, in plain words; only when the status is 'missing' or 'recommended'. */
  missing?: Labels
  fixAt?: FixLocation
  /** Shown for information (e.g. the version of a draft); never 'missing', never blocks publication. */
  informational?: boolean
}

export interface CompletenessOptions {
  /** The organisation's public portal: its request form and cookie page count as channels. */
  portalUrl?: string
  version?: number
  effectiveDate?: string
}

/** One thing that is missing, in three languages, and where to fix it. */
export interface Problem {
  text: Labels
  fixAt: FixLocation
  /** Not required by law, but the notice would say more (or more precisely) with it. */
  recommended?: boolean
}

export type Element = Pick<CompletenessItem, 'element' | 'article' | 'label'>

/** An activity that feeds the notice, with its index in the document (for fix paths). */
export interface Feeding {
  activity: Activity
  index: number
}

export interface CompletenessContext {
  doc: RegisterDocument
  options: CompletenessOptions
  resolved: ResolvedRegister
  feeding: Feeding[]
  categories: {
    at: Feeding
    index: number
    use: Activity['dataCategories'][number]
    flags?: DataCategoryFlags
  }[]
}

export function completenessContext(
  doc: RegisterDocument,
  options: CompletenessOptions,
): CompletenessContext {
  const resolved = resolveRegister(doc)
  const feeding = doc.activities.flatMap((activity, index) =>
    feedsNotice(activity) ? [{ activity, index }] : [],
  )
  return {
    doc,
    options,
    resolved,
    feeding,
    categories: feeding.flatMap((at) =>
      at.activity.dataCategories.map((use, index) => {
        const flags = resolved.dataCategory(use.category)?.flags
        return { at, index, use, ...(flags ? { flags } : {}) }
      }),
    ),
  }
}

/**
 * The item: present without problems, missing with a required one, recommended with only recommendations (the
 * first five told, required ones first; the first one to fix).
 */
export function item(element: Element, found: Problem[] | 'not-applicable' | 'present'): CompletenessItem {
  if (found === 'not-applicable' || found === 'present') return { ...element, status: found }
  const problems = [...found.filter((p) => !p.recommended), ...found.filter((p) => p.recommended)]
  const [first] = problems
  if (first === undefined) return { ...element, status: 'present' }
  const shown = problems.slice(0, 5)
  const more = problems.length - shown.length
  const moreText: Labels = { nl: `(en nog ${more})`, fr: `(et ${more} de plus)`, en: `(and ${more} more)` }
  const join = (language: Language) =>
    [...shown.map((p) => p.text[language]), ...(more > 0 ? [moreText[language]] : [])].join(' ')
  return {
    ...element,
    status: first.recommended ? 'recommended' : 'missing',
    missing: { nl: join('nl'), fr: join('fr'), en: join('en') },
    fixAt: first.fixAt,
  }
}

export const atOrganization = (path: string): FixLocation => ({ type: 'organization', key: null, path })
export const atNotice = (path: string): FixLocation => ({ type: 'notice', key: null, path })
export const atActivity = (feeding: Feeding, path = ''): FixLocation => ({
  type: 'activity',
  key: feeding.activity.key,
  path: `activities.${feeding.index}${path ? `.${path}` : ''}`,
})

/** The activity's name in quotation marks, per language. */
export function activityName(activity: Activity): Labels {
  const quoted = (language: Language) => {
    const text = textIn(activity.name, language) ?? activity.key
    return language === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`
  }
  return { nl: quoted('nl'), fr: quoted('fr'), en: quoted('en') }
}

/** A purpose's label in quotation marks, per language. */
export function purposeName(ctx: CompletenessContext, key: string): Labels {
  const quoted = (language: Language) => {
    const text = ctx.resolved.labelOf('purpose', key, language)
    return language === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`
  }
  return { nl: quoted('nl'), fr: quoted('fr'), en: quoted('en') }
}

/** Runs `check` on every purpose of every activity that feeds the notice. */
export function eachPurpose(
  ctx: CompletenessContext,
  check: (feeding: Feeding, index: number, purpose: Activity['purposes'][number]) => Problem[],
): Problem[] {
  return ctx.feeding.flatMap((f) => f.activity.purposes.flatMap((p, j) => check(f, j, p)))
}
