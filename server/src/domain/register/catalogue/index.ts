/** Built-in trilingual (nl/fr/en) catalogues for the register of processing activities. */

export { DATA_CATEGORIES, DATA_CATEGORY_BY_KEY, type DataCategoryKey } from './data-categories'
export { ART9_CATEGORY_KEYS, SENSITIVE_DATA_CATEGORIES } from './data-categories-sensitive'
export * from './legal-labels'
export { PURPOSE_BY_KEY, PURPOSES, type PurposeKey } from './purposes'
export { RECIPIENT_TYPE_BY_KEY, RECIPIENT_TYPES, type RecipientTypeKey } from './recipient-types'
export {
  RETENTION_PERIOD_BY_KEY,
  RETENTION_PERIODS,
  type RetentionPeriodEntry,
  type RetentionPeriodKey,
  toRetentionRule,
} from './retention-periods'
export {
  SECURITY_MEASURE_BY_KEY,
  SECURITY_MEASURES,
  type SecurityMeasureKey,
  toMeasure,
} from './security-measures'
export { SUBJECT_CATEGORIES, SUBJECT_CATEGORY_BY_KEY, type SubjectCategoryKey } from './subject-categories'
export {
  type TaxonomyDataCategory,
  type TaxonomyEntry,
  toTaxonomyDataCategory,
  toTaxonomyEntry,
} from './taxonomy'
export {
  type CatalogueEntry,
  type DataCategoryEntry,
  type DataCategoryFlags,
  indexByKey,
  type PurposeEntry,
  type RecipientTypeEntry,
  type SecurityMeasureEntry,
  type SubjectCategoryEntry,
} from './types'
