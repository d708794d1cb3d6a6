import type { TFunction } from 'i18next'
import { ROLES } from '../../api/types'

const PROFILE_FIELDS = [
  'name',
  'legalName',
  'enterpriseNumber',
  'street',
  'postalCode',
  'city',
  'country',
  'contactEmail',
  'privacyContactName',
  'privacyContactEmail',
  'dpoAppointed',
  'defaultLanguage',
  'languages',
] as const

/** A readable label for a key of an audit summary (organisation fields get their form label). */
function keyLabel(t: TFunction, key: string): string {
  const field = PROFILE_FIELDS.find((f) => f === key)
  return field ? t(`organization.${field}`) : key
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One value of an audit summary as text: roles translated, lists joined, changes as "old → new". */
export function valueText(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('common.none')
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
  if (typeof value === 'string') {
    const role = ROLES.find((r) => r === value)
    return role ? t(`roles.${role}`) : value
  }
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map((v) => valueText(t, v)).join(', ')
  if (isRecord(value)) {
    if ('from' in value && 'to' in value && Object.keys(value).length === 2) {
      return `${valueText(t, value.from)} → ${valueText(t, value.to)}`
    }
    return summaryEntries(t, value)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')
  }
  return JSON.stringify(value)
}

/** The key/value pairs of an audit summary as readable text; a 'changes' object is spread into its fields. */
export function summaryEntries(t: TFunction, summary: Record<string, unknown>): [string, string][] {
  const entries: [string, string][] = []
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'changes' && isRecord(value)) {
      for (const [field, change] of Object.entries(value))
        entries.push([keyLabel(t, field), valueText(t, change)])
    } else {
      entries.push([keyLabel(t, key), valueText(t, value)])
    }
  }
  return entries
}
