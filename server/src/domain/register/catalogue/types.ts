import type { Labels } from '../localized'
import type { LegalBasis } from '../schema'

/**
 * One entry of a built-in catalogue. `key` is stable (it is stored in registers as `fromCatalogue` or as a
 * taxonomy key) and must never be renamed; `labels` and `descriptions` are the nl/fr/en wording.
 */
export interface CatalogueEntry<K extends string = string> {
  readonly key: K
  readonly labels: Labels
  /** One short sentence per language: guidance in the UI, reusable in a privacy notice. */
  readonly descriptions?: Labels
}

export interface DataCategoryFlags {
  /** Art. 9(1) GDPR special category. */
  readonly special: boolean
  /** Art. 10 GDPR criminal convictions and offences. */
  readonly criminal: boolean
  /** Contains the national register number (Law of 8 August 1983, art. 8: use needs a legal authorisation). */
  readonly nationalNumber: boolean
  readonly financial: boolean
}

export interface DataCategoryEntry<K extends string = string> extends CatalogueEntry<K> {
  readonly flags: DataCategoryFlags
}

export interface SubjectCategoryEntry<K extends string = string> extends CatalogueEntry<K> {
  /** A vulnerable group in the sense of the WP248 DPIA criteria (children, employees). */
  readonly vulnerable?: boolean
}

export interface PurposeEntry<K extends string = string> extends CatalogueEntry<K> {
  /**
   * The legal basis usually relied on, offered as a suggestion only; absent where it depends on the facts
   * (e.g. direct marketing: consent or legitimate interests) or where the organisation acts as processor.
   */
  readonly typicalLegalBasis?: LegalBasis
  /** The organisation acts as processor for a client (Art. 28, register per Art. 30(2)). */
  readonly processor?: boolean
}

export type RecipientTypeEntry<K extends string = string> = CatalogueEntry<K>

export interface SecurityMeasureEntry<K extends string = string> extends CatalogueEntry<K> {
  readonly type: 'technical' | 'organisational'
  readonly descriptions: Labels
}

/** A lookup map by key; built once, read-only. */
export function indexByKey<T extends { readonly key: string }>(
  entries: readonly T[],
): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.key, entry]))
}
