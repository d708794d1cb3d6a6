import {
  type CatalogueEntry,
  DATA_CATEGORY_BY_KEY,
  type DataCategoryFlags,
  PURPOSE_BY_KEY,
  RECIPIENT_TYPE_BY_KEY,
  SUBJECT_CATEGORY_BY_KEY,
} from '../catalogue'
import { type Language, type LocalizedText, textIn } from '../localized'
import type { RegisterDocument } from '../schema'

/**
 * Display labels for the taxonomy keys an activity refers to: the register's own taxonomy first (it may override
 * or extend the catalogue), then the built-in catalogue, else the key itself. Private to the exports; see also
 * ../resolve.ts.
 */
export interface TaxonomyLabels {
  dataCategory(key: string): string
  subjectCategory(key: string): string
  purpose(key: string): string
  recipientType(key: string): string
  dataCategoryFlags(key: string): DataCategoryFlags | undefined
}

type Lookup = (key: string) => string

function lookup(
  custom: readonly { key: string; label: LocalizedText }[],
  catalogue: ReadonlyMap<string, CatalogueEntry>,
  language: Language,
): Lookup {
  const own = new Map(custom.map((entry) => [entry.key, entry.label]))
  return (key) => textIn(own.get(key), language) ?? catalogue.get(key)?.labels[language] ?? key
}

export function taxonomyLabels(doc: RegisterDocument, language: Language): TaxonomyLabels {
  const { taxonomy } = doc
  const customFlags = new Map(taxonomy.dataCategories.map((entry) => [entry.key, entry.flags]))
  return {
    dataCategory: lookup(taxonomy.dataCategories, DATA_CATEGORY_BY_KEY, language),
    subjectCategory: lookup(taxonomy.subjectCategories, SUBJECT_CATEGORY_BY_KEY, language),
    purpose: lookup(taxonomy.purposes, PURPOSE_BY_KEY, language),
    recipientType: lookup(taxonomy.recipientTypes, RECIPIENT_TYPE_BY_KEY, language),
    dataCategoryFlags: (key) => customFlags.get(key) ?? DATA_CATEGORY_BY_KEY.get(key)?.flags,
  }
}
