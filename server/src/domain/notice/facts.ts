import { SECURITY_MEASURE_BY_KEY } from '../register/catalogue'
import type { DataCategoryFlags } from '../register/catalogue/types'
import { ADEQUATE_COUNTRIES, isInEea } from '../register/countries'
import { type Language, textIn } from '../register/localized'
import { type ResolvedRegister, resolveRegister } from '../register/resolve'
import type { Activity, LegalBasis, RegisterDocument, RetentionRule } from '../register/schema'
import { continuation, distinct, nameWords } from './text'

/**
 * What a notice says, gathered from the register in one language: the activities that feed it (active, with the
 * organisation as controller or joint controller), merged per purpose, source, recipient type, transfer and
 * retention rule. Text the organisation wrote is kept as written; labels come from the catalogue or the taxonomy.
 */

type DataCategoryUse = Activity['dataCategories'][number]
type Transfer = Activity['transfers'][number]
export type Art9Condition = NonNullable<Activity['art9Condition']>
export type Requirement = NonNullable<DataCategoryUse['requirement']>

export interface CategoryFacts {
  key: string
  label: string
  flags: DataCategoryFlags
  source: DataCategoryUse['source']
  /** Absent: the register does not say whether the subject must provide these data. */
  requirement?: Requirement
  consequence?: string
}

/** One legal basis a purpose relies on; the same basis with the same texts in several activities is merged. */
export interface BasisFacts {
  basis: LegalBasis | undefined
  interest?: string
  balancingTest?: string
  law?: string
  withdrawal?: string
  /** The activity's own description of this use of the purpose, e.g. "Wervingsreserve: ...". */
  scope?: string
  activityNames: string[]
}

export interface PurposeFacts {
  key: string
  label: string
  descriptions: string[]
  bases: BasisFacts[]
  categories: CategoryFacts[]
  subjects: string[]
  special?: { categories: string[]; conditions: Art9Condition[]; details: string[] }
  criminal?: { categories: string[]; bases: string[] }
  nationalNumber?: { authorisations: string[] }
  activities: Activity[]
}

export interface SourceFacts {
  kind: 'third_party' | 'public_source'
  name?: string
  categories: string[]
}

export interface RecipientFacts {
  type: string
  label: string
  description?: string
  named: { name: string; detail?: string }[]
  /** Details given without a name, with the purposes they belong to. */
  details: { purposes: string[]; detail: string }[]
  unnamed: boolean
}

export interface TransferFacts {
  /** Absent: a country outside the EEA that the register does not know. */
  country?: string
  recipient: string
  safeguard?: NonNullable<Transfer['safeguard']>
  details?: string
  copyAvailableAt?: string
}

export interface RetentionFacts {
  activityName: string
  purposes: string[]
  consent: boolean
  rules: { rule: RetentionRule; categories: string[] | 'all' }[]
}

export interface MeasureFacts {
  name: string
  description?: string
}

/** A system the notice's activities use, with where it keeps data (hosting country, location, certifications). */
export interface StorageFacts {
  key: string
  system: string
  country?: string
  location?: string
  certifications: string[]
}

export interface AutomatedFacts {
  activityName: string
  purposes: string[]
  profiling: boolean
  used: boolean
  logic?: string
  consequences?: string
}

export interface NoticeFacts {
  doc: RegisterDocument
  language: Language
  resolved: ResolvedRegister
  activities: Activity[]
  processorActivities: Activity[]
  purposes: PurposeFacts[]
  sources: SourceFacts[]
  recipients: RecipientFacts[]
  transfers: TransferFacts[]
  retention: RetentionFacts[]
  measures: { technical: MeasureFacts[]; organisational: MeasureFacts[] }
  storage: StorageFacts[]
  automated: AutomatedFacts[]
  /** First words of the names in the register, kept capitalised when text is continued after a colon. */
  names: Set<string>
}

export function feedsNotice(activity: Activity): boolean {
  return activity.status === 'active' && activity.role !== 'processor'
}

export function gatherFacts(doc: RegisterDocument, language: Language): NoticeFacts {
  const resolved = resolveRegister(doc)
  const activities = doc.activities.filter(feedsNotice)
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, language)
  const names = registerNames(doc)
  const continued = (value: Parameters<typeof textIn>[0]) => {
    const found = textIn(value, language)
    return found === undefined ? undefined : continuation(found, names)
  }
  const label = (kind: Parameters<ResolvedRegister['labelOf']>[0], key: string) =>
    resolved.labelOf(kind, key, language)
  const purposeLabels = (activity: Activity) =>
    distinct(activity.purposes.map((p) => label('purpose', p.purpose)))

  return {
    doc,
    language,
    resolved,
    activities,
    processorActivities: doc.activities.filter((a) => a.status === 'active' && a.role === 'processor'),
    purposes: gatherPurposes(activities, resolved, language, names),
    sources: gatherSources(activities, resolved, language),
    recipients: gatherRecipients(activities, resolved, language, names),
    transfers: gatherTransfers(activities, language),
    retention: activities.map((activity) => ({
      activityName: text(activity.name) ?? activity.key,
      purposes: purposeLabels(activity),
      consent: activity.purposes.some((p) => p.legalBasis === 'consent'),
      rules: activity.retention.flatMap((use) => {
        const rule = resolved.retentionRule(use.rule)
        if (rule === undefined) return []
        const categories = use.dataCategories.map((key) => label('data_category', key))
        return [{ rule, categories: categories.length === 0 ? ('all' as const) : categories }]
      }),
    })),
    measures: gatherMeasures(activities, resolved, language),
    storage: gatherStorage(activities, resolved, language),
    automated: activities
      .filter((a) => a.automatedDecisions.used || a.automatedDecisions.profiling)
      .map((a) => ({
        activityName: text(a.name) ?? a.key,
        purposes: purposeLabels(a),
        profiling: a.automatedDecisions.profiling,
        used: a.automatedDecisions.used,
        logic: continued(a.automatedDecisions.logic),
        consequences: continued(a.automatedDecisions.consequences),
      })),
    names,
  }
}

function registerNames(doc: RegisterDocument): Set<string> {
  const org = doc.organization
  return nameWords([
    org.name,
    org.legalName,
    org.dpo?.name,
    org.representative?.name,
    ...doc.vendors.map((v) => v.name),
    ...doc.systems.map((s) => s.name),
    ...doc.activities.flatMap((a) => a.jointControllers.map((j) => j.name)),
  ])
}

function gatherPurposes(
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

function gatherSources(
  activities: Activity[],
  resolved: ResolvedRegister,
  language: Language,
): SourceFacts[] {
  const sources: SourceFacts[] = []
  for (const activity of activities) {
    for (const use of activity.dataCategories) {
      if (use.source === 'subject') continue
      const name = textIn(use.sourceName, language)
      let source = sources.find((s) => s.kind === use.source && s.name === name)
      if (source === undefined) {
        source = { kind: use.source, ...(name === undefined ? {} : { name }), categories: [] }
        sources.push(source)
      }
      source.categories = distinct([
        ...source.categories,
        resolved.labelOf('data_category', use.category, language),
      ])
    }
  }
  return sources
}

function gatherRecipients(
  activities: Activity[],
  resolved: ResolvedRegister,
  language: Language,
  names: ReadonlySet<string>,
): RecipientFacts[] {
  const groups = new Map<string, RecipientFacts>()
  for (const activity of activities) {
    const purposes = distinct(activity.purposes.map((p) => resolved.labelOf('purpose', p.purpose, language)))
    for (const recipient of activity.recipients) {
      let group = groups.get(recipient.type)
      if (group === undefined) {
        const type = resolved.recipientType(recipient.type)
        const description = textIn(type?.description, language)
        group = {
          type: recipient.type,
          label: resolved.labelOf('recipient_type', recipient.type, language),
          ...(description === undefined ? {} : { description }),
          named: [],
          details: [],
          unnamed: false,
        }
        groups.set(recipient.type, group)
      }
      const name =
        textIn(recipient.name, language) ??
        (recipient.vendor ? resolved.vendor(recipient.vendor)?.name : undefined)
      const detail = textIn(recipient.description, language)
      if (name !== undefined) {
        const known = group.named.find((n) => n.name === name)
        if (known === undefined) group.named.push({ name, ...(detail === undefined ? {} : { detail }) })
        else if (known.detail === undefined && detail !== undefined) known.detail = detail
      } else {
        group.unnamed = true
        if (detail !== undefined) {
          const known = group.details.find((d) => d.detail === continuation(detail, names))
          if (known === undefined) group.details.push({ purposes, detail: continuation(detail, names) })
          else known.purposes = distinct([...known.purposes, ...purposes])
        }
      }
    }
  }
  return [...groups.values()]
}

function gatherTransfers(activities: Activity[], language: Language): TransferFacts[] {
  const transfers: TransferFacts[] = []
  for (const activity of activities) {
    for (const transfer of activity.transfers) {
      const { country } = transfer
      if (country !== undefined && isInEea(country)) continue
      const safeguard =
        transfer.safeguard ??
        (country !== undefined && ADEQUATE_COUNTRIES.has(country) ? ('adequacy' as const) : undefined)
      const facts: TransferFacts = {
        ...(country === undefined ? {} : { country }),
        recipient: textIn(transfer.recipient, language) ?? '',
        ...(safeguard === undefined ? {} : { safeguard }),
      }
      const details = textIn(transfer.safeguardDetails, language)
      const copy = textIn(transfer.copyAvailableAt, language)
      if (details !== undefined) facts.details = details
      if (copy !== undefined) facts.copyAvailableAt = copy
      const same = transfers.find(
        (t) =>
          t.country === facts.country &&
          t.recipient === facts.recipient &&
          t.safeguard === facts.safeguard &&
          t.details === facts.details,
      )
      if (same === undefined) transfers.push(facts)
    }
  }
  return transfers
}

/** The systems of the activities that say where they keep data; the country code is named by the wording. */
function gatherStorage(
  activities: Activity[],
  resolved: ResolvedRegister,
  language: Language,
): StorageFacts[] {
  const keys = distinct(activities.flatMap((a) => a.systems))
  return keys.flatMap((key) => {
    const system = resolved.system(key)
    if (system === undefined) return []
    const { hostingCountry, certifications } = system
    const location = textIn(system.location, language)
    if (hostingCountry === undefined && location === undefined && certifications.length === 0) return []
    return [
      {
        key,
        system: system.name,
        ...(hostingCountry === undefined ? {} : { country: hostingCountry }),
        ...(location === undefined ? {} : { location }),
        certifications: distinct(certifications.flatMap((c) => textIn(c, language) ?? [])),
      },
    ]
  })
}

function gatherMeasures(
  activities: Activity[],
  resolved: ResolvedRegister,
  language: Language,
): NoticeFacts['measures'] {
  const keys = distinct(
    activities.flatMap((a) => [
      ...a.measures,
      ...a.systems.flatMap((s) => resolved.system(s)?.measures ?? []),
    ]),
  )
  const technical: MeasureFacts[] = []
  const organisational: MeasureFacts[] = []
  for (const key of keys) {
    const own = resolved.measure(key)
    const catalogue = SECURITY_MEASURE_BY_KEY.get(own?.fromCatalogue ?? key)
    if (own === undefined && catalogue === undefined) continue
    const name = own ? (textIn(own.name, language) ?? key) : (catalogue?.labels[language] ?? key)
    const description = textIn(own?.description, language) ?? catalogue?.descriptions[language]
    const measure = { name, ...(description === undefined ? {} : { description }) }
    const type = own?.type ?? catalogue?.type
    ;(type === 'technical' ? technical : organisational).push(measure)
  }
  return { technical, organisational }
}
