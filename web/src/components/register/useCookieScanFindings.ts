import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { useResource } from '../../app/useResource'
import type { Finding } from './types'

/** The rules of the cookie scan's findings on the register check, one per finding code of the scanner. */
export const COOKIE_SCAN_RULE_PREFIX = 'cookies.'
const ERRORS = new Set([
  'cookie_before_consent',
  'tracker_before_consent',
  'cookie_after_reject',
  'tracker_after_reject',
])

/**
 * The findings of the latest completed cookie scan as findings of the register check (issue 18 item 4): cookies or
 * tracker requests before any consent and after "Reject all" are errors (the website does not do what its banner
 * says), cookies not in the inventory and third-party hosts that are not a vendor of the register are warnings (the
 * declaration and the register are incomplete). Read from the cookies module's scan list.
 */
export function useCookieScanFindings(slug: string) {
  const { t } = useTranslation()
  const format = useDateFormat()
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/cookies/scans', { params: { path: { slug } } })),
    [slug],
  )
  const resource = useResource(load)
  const latest = resource.data?.items.find((s) => s.status === 'completed')
  const date = latest ? format.date(latest.finishedAt ?? latest.startedAt) : ''
  const findings: Finding[] = (latest?.findings ?? []).map((f) => ({
    rule: `${COOKIE_SCAN_RULE_PREFIX}${f.code}`,
    severity: ERRORS.has(f.code) ? ('error' as const) : ('warning' as const),
    path: '',
    object: { type: 'organization', key: null },
    message: t(`cookies.linter.${f.code}`, {
      subject: f.service
        ? t('cookies.linter.named', { subject: f.subject, service: f.service })
        : t('cookies.linter.unnamed', { subject: f.subject }),
      page: f.page,
      date,
    }),
    fix: t(`cookies.linter.fix.${f.code}`),
  }))
  return {
    findings,
    loading: resource.loading,
    failed: !resource.loading && resource.data === undefined && resource.error !== null,
  }
}
