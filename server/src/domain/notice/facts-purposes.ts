import { type Language, textIn } from '../register/localized'
import type { ResolvedRegister } from '../register/resolve'
import type { Activity } from '../register/schema'
import type { BasisFacts, CategoryFacts, PurposeFacts } from './fact-types'
import { continuation, distinct } from './text'

/** The purposes of the notice's activities, each with its legal bases, data, special data and people concerned. */
export function gatherPurposes(
  activities: Activity[],
  resolved: ResolvedRegister,
  language: Language,
  names: ReadonlySet<string>,
): PurposeFacts[] {
  const continued = (value: Parameters<typeof textIn>[0]) => {
    const found = textIn(value, language)
    return found === undefined ? undefined : continuation(found, names)
  }
  const byKey = new Map<string, PurposeFacts>()
  const catalogueDescription = (key: string) => {
    const purpose = resolved.purpose(key)
    return { text: textIn(purpose?.description, language), custom: purpose?.origin === 'custom' }
  }
  for (const activity of activities) {
    const activityName = textIn(activity.name, language) ?? activity.key
    for (const entry of activity.purposes) {
      let facts = byKey.get(entry.purpose)
      if (facts === undefined) {
        facts = {
          key: entry.purpose,
          label: resolved.labelOf('purpose', entry.purpose, language),
          descriptions: [],
          bases: [],
          categories: [],
          subjects: [],
          activities: [],
        }
        byKey.set(entry.purpose, facts)
      }
      if (!facts.activities.includes(activity)) facts.activities.push(activity)
      addBasis(facts, {
        basis: entry.legalBasis,
        interest: continued(entry.legitimateInterest?.interest),
        balancingTest: continued(entry.legitimateInterest?.balancingTest),
        law: textIn(entry.legalObligation?.law, language),
        withdrawal: continued(entry.consentWithdrawal),
        scope: textIn(entry.description, language),
        activityNames: [activityName],
      })
    }
  }
  for (const facts of byKey.values()) {
    const { text: description, custom } = catalogueDescription(facts.key)
    // The organisation's own words come first: its taxonomy entry, else the description of activities that
    // serve only this purpose; the catalogue's description otherwise.
    const ownActivities = facts.activities.filter((a) => a.purposes.every((p) => p.purpose === facts.key))
    const own = distinct(ownActivities.map((a) => textIn(a.description, language)))
    const allOwn = facts.activities.every((a) => ownActivities.includes(a) && textIn(a.description, language))
    facts.descriptions =
      custom && description ? [description] : distinct([...(allOwn ? [] : [description]), ...own])
    if (facts.descriptions.length === 0) {
      facts.descriptions = distinct(facts.activities.map((a) => textIn(a.description, language)))
    }
    mergeActivityData(facts, resolved, language, names)
  }
  return [...byKey.values()]
}

function addBasis(facts: PurposeFacts, basis: BasisFacts): void {
  const same = facts.bases.find(
    (b) =>
      b.basis === basis.basis &&
      b.interest === basis.interest &&
      b.law === basis.law &&
      b.withdrawal === basis.withdrawal &&
      b.scope === basis.scope &&
      b.balancingTest === basis.balancingTest,
  )
  if (same === undefined) facts.bases.push(basis)
  else same.activityNames = distinct([...same.activityNames, ...basis.activityNames])
}

function mergeActivityData(
  facts: PurposeFacts,
  resolved: ResolvedRegister,
  language: Language,
  names: ReadonlySet<string>,
): void {
  const categories = new Map<string, CategoryFacts>()
  const special: Required<PurposeFacts>['special'] = { categories: [], conditions: [], details: [] }
  const criminal: Required<PurposeFacts>['criminal'] = { categories: [], bases: [] }
  const nationalNumber: Required<PurposeFacts>['nationalNumber'] = { authorisations: [] }
  let hasNationalNumber = false
  for (const activity of facts.activities) {
    for (const use of activity.dataCategories) {
      const resolvedCategory = resolved.dataCategory(use.category)
      const flags = resolvedCategory?.flags ?? {
        special: false,
        criminal: false,
        nationalNumber: false,
        financial: false,
      }
      const label = resolved.labelOf('data_category', use.category, language)
      const existing = categories.get(use.category)
      const consequence = textIn(use.consequence, language)
      if (existing === undefined) {
        categories.set(use.category, {
          key: use.category,
          label,
          flags,
          source: use.source,
          ...(use.requirement === undefined ? {} : { requirement: use.requirement }),
          ...(consequence === undefined ? {} : { consequence }),
        })
      } else if (
        (existing.requirement === undefined || existing.requirement === 'none') &&
        use.requirement !== undefined &&
        use.requirement !== 'none'
      ) {
        existing.requirement = use.requirement
        if (consequence !== undefined) existing.consequence = consequence
      }
      if (flags.special) {
        special.categories.push(label)
        if (activity.art9Condition) special.conditions.push(activity.art9Condition)
        const details = textIn(activity.art9Details, language)
        if (details) special.details.push(continuation(details, names))
      }
      if (flags.criminal) {
        criminal.categories.push(label)
        const basis = textIn(activity.criminalDataBasis, language)
        if (basis) criminal.bases.push(basis)
      }
      if (flags.nationalNumber) {
        hasNationalNumber = true
        const authorisation = textIn(activity.nationalNumberAuthorisation, language)
        if (authorisation) nationalNumber.authorisations.push(authorisation)
      }
    }
    for (const key of activity.subjectCategories)
      facts.subjects.push(resolved.labelOf('subject_category', key, language))
  }
  facts.categories = [...categories.values()]
  facts.subjects = distinct(facts.subjects)
  if (special.categories.length > 0) {
    facts.special = {
      categories: distinct(special.categories),
      conditions: [...new Set(special.conditions)],
      details: distinct(special.details),
    }
  }
  if (criminal.categories.length > 0) {
    facts.criminal = { categories: distinct(criminal.categories), bases: distinct(criminal.bases) }
  }
  if (hasNationalNumber) facts.nationalNumber = { authorisations: distinct(nationalNumber.authorisations) }
}
