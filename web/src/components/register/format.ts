import type { Language } from '../../api/types'
import { localeOf } from '../../i18n/language'

export interface Duration {
  years?: number
  months?: number
  days?: number
}

/** '7 jaar', '1 an et 6 mois', '30 days': the units and plurals come from Intl in the UI language. */
export function formatDuration(duration: Duration | undefined, language: Language): string {
  if (!duration) return ''
  const locale = localeOf(language)
  const parts = (['year', 'month', 'day'] as const)
    .map((unit) => [unit, duration[`${unit}s`] ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([unit, n]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n))
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts)
}
