import type { BasisFacts, CategoryFacts, PurposeFacts } from '../facts'
import type { Block, Inline, NoticeSection } from '../model'
import { distinct, lowerFirst, sentence } from '../text'
import type { Requirements } from '../wording/types'
import {
  activityPaths,
  bulletList,
  type ComposeContext,
  continued,
  paragraph,
  section,
  withSource,
} from './context'

const REQUIRED: readonly Requirements[] = ['statutory', 'contract_precondition', 'contractual']

/** "Welke gegevens verwerken wij en waarom?": one subsection per purpose, merged across activities. */
export function personalData(ctx: ComposeContext): NoticeSection {
  const intro = paragraph(ctx.w.processing.intro(), activityPaths(ctx.facts.activities, 'purposes'))
  return section(ctx, 'personal-data', [intro, ...noSpecialData(ctx)], {
    subsections: ctx.facts.purposes.map((purpose) => purposeSection(ctx, purpose)),
  })
}

/**
 * "We process no special categories ... and no criminal data": only when the register proves it, that is when there
 * are activities and none of their data categories is marked special (Art. 9) or criminal (Art. 10).
 */
function noSpecialData(ctx: ComposeContext): Block[] {
  const { activities, purposes } = ctx.facts
  if (activities.length === 0) return []
  const special = !purposes.some((p) => p.special)
  const criminal = !purposes.some((p) => p.criminal)
  if (!special && !criminal) return []
  return [
    paragraph(ctx.w.processing.noSpecial(special, criminal), [
      ...activityPaths(activities, 'dataCategories'),
      `data categories flagged ${[special ? 'special' : '', criminal ? 'criminal' : ''].filter(Boolean).join(' or ')}: none`,
    ]),
  ]
}

function purposeSection(ctx: ComposeContext, purpose: PurposeFacts): NoticeSection {
  const w = ctx.w.processing
  const on = (rest: string) => activityPaths(purpose.activities, rest)
  const blocks: Block[] = purpose.descriptions.map((d) =>
    paragraph(sentence(d), [`purposes[${purpose.key}].description`, ...on('description')]),
  )
  const bases = legalBases(ctx, purpose)
  // A single basis with a scope of its own ("Wervingsreserve: ...") describes the purpose: it comes first.
  if (bases.scope) blocks.push(withSource(bases.scope, on(`purposes[${purpose.key}].description`)))

  const what = [
    ...(purpose.categories.length > 0 ? [w.data(purpose.categories.map((c) => c.label))] : []),
    ...(purpose.subjects.length > 0 ? [w.subjects(purpose.subjects)] : []),
  ]
  if (what.length > 0)
    blocks.push(paragraph(what.join(' '), [...on('dataCategories'), ...on('subjectCategories')]))

  const regimes = [
    ...(purpose.special ? [w.special(purpose.special)] : []),
    ...(purpose.criminal ? [w.criminal(purpose.criminal)] : []),
    ...(purpose.nationalNumber && purpose.nationalNumber.authorisations.length > 0
      ? [w.nationalNumber(purpose.nationalNumber.authorisations)]
      : []),
  ]
  const regimeSources = [
    ...(purpose.special ? on('art9Condition') : []),
    ...(purpose.criminal ? on('criminalDataBasis') : []),
    ...(purpose.nationalNumber ? on('nationalNumberAuthorisation') : []),
  ]
  if (regimes.length > 0) blocks.push(paragraph(regimes.join(' '), regimeSources))

  blocks.push(...bases.blocks.map((b) => withSource(b, on(`purposes[${purpose.key}].legalBasis`))))

  const requirement = requirementText(ctx, purpose)
  if (requirement) {
    blocks.push(
      paragraph(requirement, [
        ...on('dataCategories[].requirement'),
        ...on(`purposes[${purpose.key}].legalBasis`),
      ]),
    )
  }

  return { id: `purpose-${purpose.key}`, heading: purpose.label, blocks }
}

/**
 * The legal basis (Art. 13(1)(c)-(d)). One basis is one paragraph; several (e.g. a contract for the application
 * and consent for the recruitment reserve) are listed, each with the use it covers.
 */
function legalBases(ctx: ComposeContext, purpose: PurposeFacts): { scope?: Block; blocks: Block[] } {
  const w = ctx.w.processing
  const bases = purpose.bases.filter((b) => b.basis !== undefined)
  const described = new Set(purpose.descriptions)
  const scopeOf = (b: BasisFacts) => (b.scope && !described.has(b.scope) ? b.scope : undefined)
  if (bases.length === 0) return { blocks: [] }
  const [only] = bases
  if (bases.length === 1 && only) {
    const scope = scopeOf(only)
    return { ...(scope ? { scope: paragraph(sentence(scope)) } : {}), blocks: [paragraph(w.basis(only))] }
  }
  const byActivity = new Set(bases.map((b) => b.activityNames.join('\u0000'))).size > 1
  const items = bases.map((b): Inline[] => {
    const scope = scopeOf(b)
    if (scope) return [sentence(scope), ' ', ...w.basis(b)]
    if (byActivity) return [w.activityScope(b.activityNames), ' ', ...continued(w.basis(b), lowerFirst)]
    return w.basis(b)
  })
  return { blocks: [paragraph(w.basesIntro()), bulletList(items)] }
}

/**
 * Whether the subject must provide the data and what happens if not (Art. 13(2)(e)); only data they provide.
 * The statement follows the register and the legal basis: a requirement recorded per category is told as
 * recorded; "you are not obliged" is told only where the register says so or the only basis is consent (which
 * must be freely given, Art. 7(4)), and never for a purpose that relies on a legal obligation. Data whose
 * requirement is not recorded get no statement at all (the completeness check reports them).
 */
function requirementText(ctx: ComposeContext, purpose: PurposeFacts): string | undefined {
  const w = ctx.w.processing
  const fromSubject = purpose.categories.filter((c) => c.source === 'subject')
  if (fromSubject.length === 0) return undefined
  const bases = new Set(purpose.bases.flatMap((b) => (b.basis ? [b.basis] : [])))
  const consentOnly = bases.size === 1 && bases.has('consent')
  const effective = (c: CategoryFacts) => {
    if (c.requirement === 'none') return bases.has('legal_obligation') ? undefined : 'none'
    return c.requirement ?? (consentOnly ? 'none' : undefined)
  }
  const sentences: string[] = []
  let told = 0
  for (const kind of REQUIRED) {
    const group = fromSubject.filter((c) => effective(c) === kind)
    if (group.length === 0) continue
    told += group.length
    sentences.push(
      w.requirement(
        kind,
        group.map((c) => c.label),
        distinct(group.map((c) => c.consequence)),
      ),
    )
  }
  const optional = fromSubject.filter((c) => effective(c) === 'none')
  if (optional.length > 0) {
    const scope =
      optional.length === fromSubject.length
        ? 'all'
        : told + optional.length === fromSubject.length
          ? 'rest'
          : optional.map((c) => c.label)
    sentences.push(w.optional(scope, distinct(optional.map((c) => c.consequence))))
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined
}

/** "Waar komen uw gegevens vandaan?" (Art. 14(1)(d), 14(2)(f) and 14(3)). */
export function sources(ctx: ComposeContext): NoticeSection | undefined {
  const w = ctx.w.sources
  const { sources: found } = ctx.facts
  // "All from you" is said only of data that are recorded; a register without data categories says nothing.
  const recorded = ctx.facts.activities.some((a) => a.dataCategories.length > 0)
  const from = activityPaths(ctx.facts.activities, 'dataCategories[].source')
  if (found.length === 0)
    return recorded ? section(ctx, 'sources', [paragraph(w.allFromYou(), from)]) : undefined
  const fromSubject = ctx.facts.activities.some((a) => a.dataCategories.some((d) => d.source === 'subject'))
  return section(ctx, 'sources', [
    paragraph(w.intro(), from),
    bulletList(
      found.map((s) => w.item(s)),
      [...from, ...activityPaths(ctx.facts.activities, 'dataCategories[].sourceName')],
    ),
    ...(fromSubject ? [paragraph(w.restFromYou(), from)] : []),
    paragraph(w.timing(), ['law: Art. 14(3) GDPR']),
  ])
}
