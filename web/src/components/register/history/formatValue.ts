import type { TFunction } from 'i18next'
import type { Language } from '../../../api/types'
import { localeOf } from '../../../i18n/language'
import { formatDuration } from '../format'
import { readablePath } from '../readablePath'

const TIME_ZONE = 'Europe/Brussels'
const TEXT_LANGUAGES = ['nl', 'fr', 'en'] as const

export interface ValueFormat {
  t: TFunction
  /** The UI language: numbers and dates are written as people of that language in Belgium write them. */
  language: Language
  /** A readable label for a stored value (enum values, keys of other entries), if it has one. */
  labelOf: (path: string, value: unknown) => string | undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** { nl: '…', fr: '…' }: a text of the register in one or more languages. */
function isLocalizedText(value: Record<string, unknown>): value is Partial<Record<Language, string>> {
  const keys = Object.keys(value)
  return (
    keys.length > 0 &&
    keys.every((k) => (TEXT_LANGUAGES as readonly string[]).includes(k) && typeof value[k] === 'string')
  )
}

/** { years: 7, months: 0, days: 0 }: a retention duration. */
function isDuration(
  value: Record<string, unknown>,
): value is { years?: number; months?: number; days?: number } {
  const keys = Object.keys(value)
  return (
    keys.length > 0 &&
    keys.every((k) => ['years', 'months', 'days'].includes(k) && typeof value[k] === 'number')
  )
}

function formatString(value: string, language: Language): string {
  if (value === '') return '—'
  const locale = localeOf(language)
  const numeric = { day: '2-digit', month: '2-digit', year: 'numeric' } as const
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // A calendar day: no time zone shift.
    const day = new Date(`${value}T00:00:00Z`)
    if (!Number.isNaN(day.getTime())) {
      return new Intl.DateTimeFormat(locale, { ...numeric, timeZone: 'UTC' }).format(day)
    }
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const moment = new Date(value)
    if (!Number.isNaN(moment.getTime())) {
      return new Intl.DateTimeFormat(locale, {
        ...numeric,
        hour: '2-digit',
        minute: '2-digit',
        timeZone: TIME_ZONE,
      }).format(moment)
    }
  }
  return value
}

/**
 * A stored value of a history diff as people read it, never as JSON: labels for enum values and keys, yes/no,
 * numbers and dates (dd/mm/yyyy, Brussels time) in the UI language, texts per language, lists joined and
 * objects as "Field: value" with translated field names.
 */
export function formatValue(path: string, value: unknown, format: ValueFormat): string {
  const { t, language, labelOf } = format
  if (value === undefined || value === null) return t('common.none')
  const label = labelOf(path, value)
  if (label !== undefined) return label
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
  if (typeof value === 'number') return new Intl.NumberFormat(localeOf(language)).format(value)
  if (typeof value === 'string') return formatString(value, language)
  if (Array.isArray(value)) {
    if (value.length === 0) return t('common.none')
    const items = value.map((item, i) => formatValue(`${path}.${i}`, item, format))
    return items.join(value.some((item) => typeof item === 'object' && item !== null) ? ' | ' : ', ')
  }
  if (isRecord(value)) {
    if (isLocalizedText(value)) {
      return TEXT_LANGUAGES.filter((l) => value[l] !== undefined)
        .map((l) => `${l.toUpperCase()}: ${value[l]}`)
        .join(' · ')
    }
    if (isDuration(value)) return formatDuration(value, language) || '0'
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    if (entries.length === 0) return t('common.none')
    return entries
      .map(([key, v]) => {
        const inner = formatValue(path ? `${path}.${key}` : key, v, format)
        return `${readablePath(t, key)}: ${isRecord(v) && !isLocalizedText(v) && !isDuration(v) ? `(${inner})` : inner}`
      })
      .join('; ')
  }
  return String(value)
}
