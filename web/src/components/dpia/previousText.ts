import type { TFunction } from 'i18next'
import type { paths } from '../../api/schema'
import type { Language } from '../../api/types'

export type OrganizationOverview =
  paths['/api/v1/orgs/{slug}/compliance']['get']['responses'][200]['content']['application/json']
export type IndicatorKey = OrganizationOverview['indicators'][number]['key']

/** Numbers as the monthly report writes them: 87,5% (nl), 87,5 % (fr), 87.5% (en). */
const NUMBER_LOCALE: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

/**
 * An indicator's value on the day compared with, in words: "was 3", "none then" when it was measured without a
 * value (no request answered in the 90 days before it, no notice published), "not measured then" when it was not
 * measured; null when there is no history that old.
 */
export function previousText(
  overview: Pick<OrganizationOverview, 'trend'>,
  key: IndicatorKey,
  t: TFunction,
  language: Language,
): string | null {
  const { comparedWith, previous, emptyThen } = overview.trend
  if (comparedWith === null || !(key in previous)) return null
  const value = previous[key]
  if (value === null || value === undefined)
    return emptyThen.includes(key)
      ? t(`dpia.compliance.trend.wasEmpty.${key === 'requests_on_time' || key === 'notice' ? key : 'other'}`)
      : t('dpia.compliance.trend.wasNone')
  const shown =
    key === 'requests_on_time'
      ? new Intl.NumberFormat(NUMBER_LOCALE[language], { style: 'percent', maximumFractionDigits: 1 }).format(
          value / 100,
        )
      : new Intl.NumberFormat(NUMBER_LOCALE[language], { maximumFractionDigits: 1 }).format(value)
  return t('dpia.compliance.trend.was', { value: shown })
}
