import {
  DATA_CATEGORY_BY_KEY,
  type DataCategoryFlags,
  PURPOSE_BY_KEY,
  RECIPIENT_TYPE_BY_KEY,
  SUBJECT_CATEGORY_BY_KEY,
} from './catalogue'
import type { CatalogueEntry } from './catalogue/types'
import { type Language, type LocalizedText, textIn } from './localized'
import type { ReferenceTarget } from './references'
import type {
  Activity,
  LegalBasis,
  Measure,
  RegisterDocument,
  RegisterSystem,
  RetentionRule,
  Vendor,
} from './schema'

/** A taxonomy entry as the register sees it: from the built-in catalogue, or the organisation's own. */
export interface ResolvedTaxonomyEntry {
  key: string
  label: LocalizedText
  description?: LocalizedText
  origin: 'catalogue' | 'custom'
}

export interface ResolvedDataCategory extends ResolvedTaxonomyEntry {
  flags: DataCategoryFlags
}

export interface ResolvedSubjectCategory extends ResolvedTaxonomyEntry {
  /** Vulnerable group (WP248); only known for catalogue entries. */
  vulnerable?: boolean
}

export interface ResolvedPurpose extends ResolvedTaxonomyEntry {
  /** Suggested legal basis; only known for catalogue entries. */
  typicalLegalBasis?: LegalBasis
}

/** Lookups by key over one register: the built-in catalogue merged with the organisation's own entries. */
export interface ResolvedRegister {
  dataCategory(key: string): ResolvedDataCategory | undefined
  subjectCategory(key: string): ResolvedSubjectCategory | undefined
  purpose(key: string): ResolvedPurpose | undefined
  recipientType(key: string): ResolvedTaxonomyEntry | undefined
  system(key: string): RegisterSystem | undefined
  vendor(key: string): Vendor | undefined
  retentionRule(key: string): RetentionRule | undefined
  measure(key: string): Measure | undefined
  activity(key: string): Activity | undefined
  /** Whether `key` names an entry of that kind. */
  has(kind: ReferenceTarget, key: string): boolean
  /** A display label in `language`: the catalogue label, the organisation's own label or name, else the key. */
  labelOf(kind: ReferenceTarget, key: string, language: Language): string
}

function fromCatalogue(entry: CatalogueEntry): ResolvedTaxonomyEntry {
  return {
    key: entry.key,
    label: { ...entry.labels },
    ...(entry.descriptions ? { description: { ...entry.descriptions } } : {}),
    origin: 'catalogue',
  }
}

function fromCustom(entry: {
  key: string
  label: LocalizedText
  description?: LocalizedText
}): ResolvedTaxonomyEntry {
  return {
    key: entry.key,
    label: entry.label,
    ...(entry.description === undefined ? {} : { description: entry.description }),
    origin: 'custom',
  }
}

/** First entry wins when the document repeats a key (the linter reports the repetition). */
function indexFirst<T extends { key: string }>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>()
  for (const entry of entries) if (!map.has(entry.key)) map.set(entry.key, entry)
  return map
}

/** Catalogue entries, then the organisation's own entries replacing those with the same key. */
function merged<C, T extends { key: string }>(
  catalogue: ReadonlyMap<string, C>,
  fromBuiltIn: (entry: C) => T,
  custom: readonly T[],
): Map<string, T> {
  const map = new Map<string, T>()
  for (const [key, entry] of catalogue) map.set(key, fromBuiltIn(entry))
  for (const [key, entry] of indexFirst(custom)) map.set(key, entry)
  return map
}

export function resolveRegister(doc: RegisterDocument): ResolvedRegister {
  const { taxonomy } = doc
  const dataCategories = merged(
    DATA_CATEGORY_BY_KEY,
    (entry): ResolvedDataCategory => ({ ...fromCatalogue(entry), flags: { ...entry.flags } }),
    taxonomy.dataCategories.map(
      (entry): ResolvedDataCategory => ({ ...fromCustom(entry), flags: { ...entry.flags } }),
    ),
  )
  const subjectCategories = merged(
    SUBJECT_CATEGORY_BY_KEY,
    (entry): ResolvedSubjectCategory => ({
      ...fromCatalogue(entry),
      ...(entry.vulnerable === undefined ? {} : { vulnerable: entry.vulnerable }),
    }),
    taxonomy.subjectCategories.map(fromCustom),
  )
  const purposes = merged(
    PURPOSE_BY_KEY,
    (entry): ResolvedPurpose => ({
      ...fromCatalogue(entry),
      ...(entry.typicalLegalBasis === undefined ? {} : { typicalLegalBasis: entry.typicalLegalBasis }),
    }),
    taxonomy.purposes.map(fromCustom),
  )
  const recipientTypes = merged(RECIPIENT_TYPE_BY_KEY, fromCatalogue, taxonomy.recipientTypes.map(fromCustom))
  const systems = indexFirst(doc.systems)
  const vendors = indexFirst(doc.vendors)
  const retentionRules = indexFirst(doc.retentionRules)
  const measures = indexFirst(doc.measures)
  const activities = indexFirst(doc.activities)

  const labelIn = (kind: ReferenceTarget, key: string, language: Language): string | undefined => {
    switch (kind) {
      case 'data_category':
        return textIn(dataCategories.get(key)?.label, language)
      case 'subject_category':
        return textIn(subjectCategories.get(key)?.label, language)
      case 'purpose':
        return textIn(purposes.get(key)?.label, language)
      case 'recipient_type':
        return textIn(recipientTypes.get(key)?.label, language)
      case 'system':
        return systems.get(key)?.name
      case 'vendor':
        return vendors.get(key)?.name
      case 'retention_rule':
        return textIn(retentionRules.get(key)?.name, language)
      case 'measure':
        return textIn(measures.get(key)?.name, language)
      case 'activity':
        return textIn(activities.get(key)?.name, language)
    }
  }
  const maps: Record<ReferenceTarget, ReadonlyMap<string, unknown>> = {
    data_category: dataCategories,
    subject_category: subjectCategories,
    purpose: purposes,
    recipient_type: recipientTypes,
    system: systems,
    vendor: vendors,
    retention_rule: retentionRules,
    measure: measures,
    activity: activities,
  }

  return {
    dataCategory: (key) => dataCategories.get(key),
    subjectCategory: (key) => subjectCategories.get(key),
    purpose: (key) => purposes.get(key),
    recipientType: (key) => recipientTypes.get(key),
    system: (key) => systems.get(key),
    vendor: (key) => vendors.get(key),
    retentionRule: (key) => retentionRules.get(key),
    measure: (key) => measures.get(key),
    activity: (key) => activities.get(key),
    has: (kind, key) => maps[kind].has(key),
    labelOf: (kind, key, language) => labelIn(kind, key, language) ?? key,
  }
}
