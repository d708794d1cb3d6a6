import type { TFunction } from 'i18next'
import { ABILITIES, ROLES } from '../../api/types'
import { abilityLabel } from '../../app/abilities'
import { nl } from '../../i18n/nl'

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

type SummaryKey = keyof typeof nl.audit.keys
const isSummaryKey = (key: string): key is SummaryKey => key in nl.audit.keys

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

export interface SummaryFormat {
  t: TFunction
  dateTime: (iso: string) => string
}

/** A readable label for a key of an audit summary (organisation fields get their form label). */
function keyLabel({ t }: SummaryFormat, key: string, inChanges: boolean): string {
  const field = inChanges ? PROFILE_FIELDS.find((f) => f === key) : undefined
  if (field) return t(`organization.${field}`)
  return isSummaryKey(key) ? t(`audit.keys.${key}`) : key
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One value as text: roles and permissions translated, dates formatted, lists joined, changes as "old → new". */
export function valueText(format: SummaryFormat, value: unknown): string {
  const { t } = format
  if (value === null || value === undefined || value === '') return t('common.none')
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') {
    const role = ROLES.find((r) => r === value)
    if (role) return t(`roles.${role}`)
    const ability = ABILITIES.find((a) => a === value)
    if (ability) return abilityLabel(t, ability)
    if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return format.dateTime(value)
    return value
  }
  if (Array.isArray(value)) return value.map((v) => valueText(format, v)).join(', ')
  if (isRecord(value)) {
    if ('from' in value && 'to' in value && Object.keys(value).length === 2) {
      return `${valueText(format, value.from)} → ${valueText(format, value.to)}`
    }
    return summaryEntries(format, value)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')
  }
  return JSON.stringify(value)
}

/** The key/value pairs of an audit summary as readable text; a 'changes' object is spread into its fields. */
export function summaryEntries(format: SummaryFormat, summary: Record<string, unknown>): [string, string][] {
  const entries: [string, string][] = []
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'changes' && isRecord(value)) {
      for (const [field, change] of Object.entries(value)) {
        entries.push([keyLabel(format, field, true), valueText(format, change)])
      }
    } else {
      entries.push([keyLabel(format, key, false), valueText(format, value)])
    }
  }
  return entries
}
