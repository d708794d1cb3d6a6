import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import type { Finding } from './types'

export const STALE_SCREENING_RULE = 'dpia.screening-stale'

/**
 * The DPIA screenings confirmed before their activity last changed, as warnings of the register check (issue 21
 * item 1): the screening no longer describes the processing. Read from the DPIA module's screening list, which the
 * same roles may read as the register.
 */
export function useStaleScreenings(slug: string) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const format = useDateFormat()
  const load = useCallback(
    () =>
      call(
        api.GET('/api/v1/orgs/{slug}/dpia/screenings', {
          params: { path: { slug }, query: { lang: language } },
        }),
      ),
    [slug, language],
  )
  const resource = useResource(load)
  const findings: Finding[] =
    resource.data !== undefined
      ? resource.data.items
          .filter((s) => s.stale && s.screening !== null)
          .map((s) => ({
            rule: STALE_SCREENING_RULE,
            severity: 'warning' as const,
            path: '',
            object: { type: 'activity' as const, key: s.activityKey },
            message: t('dpia.linter.message', {
              name: s.activityName,
              date: s.screening ? format.date(s.screening.confirmedAt) : '',
            }),
            fix: t('dpia.linter.fix'),
          }))
      : []
  return {
    findings,
    loading: resource.loading,
    failed: !resource.loading && resource.data === undefined && resource.error !== null,
  }
}
