import type { TFunction } from 'i18next'
import type { Segment } from '../../../app/registerRoutes'
import type { Lookup } from '../lookup'
import type { EnumName } from '../types'

const ENUM_OF_FIELD: Record<string, EnumName> = {
  legalBasis: 'legalBases',
  criteria: 'dpiaCriteria',
  source: 'dataSources',
  requirement: 'dataRequirements',
  safeguard: 'transferSafeguards',
  art9Condition: 'art9Conditions',
  trigger: 'retentionTriggers',
  action: 'retentionActions',
}

/**
 * A stored value as people read it: enum values and keys of other entries by their label in the UI language.
 * Undefined when the value is best shown as it is.
 */
export function valueLabel(
  t: TFunction,
  lookup: Lookup,
  segment: Segment,
  path: string,
  value: unknown,
): string | undefined {
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
  if (typeof value !== 'string') return undefined
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p))
  const field = parts.at(-1) ?? ''
  const parent = parts.at(-2)
  const enumName = ENUM_OF_FIELD[field]
  if (enumName) return lookup.enumLabel(enumName, value)
  if (field === 'status') {
    return lookup.enumLabel(parent === 'dpia' ? 'dpiaStatuses' : 'activityStatuses', value)
  }
  if (field === 'role' && !parent) {
    return lookup.enumLabel(segment === 'vendors' ? 'vendorRoles' : 'activityRoles', value)
  }
  if (field === 'type' && !parent && segment === 'systems') return lookup.enumLabel('systemTypes', value)
  if (field === 'type' && parent === 'recipients') return lookup.choiceLabel(lookup.recipientTypes, value)
  if (field === 'purpose') return lookup.choiceLabel(lookup.purposes, value)
  if (field === 'category' || (field === 'dataCategories' && parent === 'retention')) {
    return lookup.choiceLabel(lookup.dataCategories, value)
  }
  if (field === 'subjectCategories') return lookup.choiceLabel(lookup.subjectCategories, value)
  if (field === 'vendor') return lookup.nameOf.vendor(value)
  if (field === 'systems') return lookup.nameOf.system(value)
  if (field === 'measures') return lookup.nameOf.measure(value)
  if (field === 'rule') return lookup.nameOf.retentionRule(value)
  if (field === 'replacedBy') return lookup.nameOf.activity(value)
  return undefined
}
