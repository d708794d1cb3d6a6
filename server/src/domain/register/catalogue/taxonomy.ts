import type { RegisterDocument } from '../schema'
import type { CatalogueEntry, DataCategoryEntry } from './types'

type Taxonomy = RegisterDocument['taxonomy']
export type TaxonomyEntry = Taxonomy['purposes'][number]
export type TaxonomyDataCategory = Taxonomy['dataCategories'][number]

/** A register taxonomy entry (subject category, purpose, recipient type) copied from a catalogue entry. */
export function toTaxonomyEntry(entry: CatalogueEntry): TaxonomyEntry {
  return {
    key: entry.key,
    label: { ...entry.labels },
    ...(entry.descriptions === undefined ? {} : { description: { ...entry.descriptions } }),
  }
}

/** A register data category copied from a catalogue entry, with its flags. */
export function toTaxonomyDataCategory(entry: DataCategoryEntry): TaxonomyDataCategory {
  return { ...toTaxonomyEntry(entry), flags: { ...entry.flags } }
}
