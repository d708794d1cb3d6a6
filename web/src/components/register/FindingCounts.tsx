import { useTranslation } from 'react-i18next'
import type { Finding } from './types'

/** '2 errors · 1 warning' as badges, or a check mark when there is nothing to report. */
export function FindingCounts({ findings, href }: { findings: Finding[]; href?: string }) {
  const { t } = useTranslation()
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  if (findings.length === 0) return <span className="badge badge-active">{t('register.check.ok')}</span>
  const badges = (
    <span className="badges">
      {errors > 0 ? (
        <span className="badge badge-failed">{t('register.check.errorCount', { count: errors })}</span>
      ) : null}
      {warnings > 0 ? (
        <span className="badge badge-warning">{t('register.check.warningCount', { count: warnings })}</span>
      ) : null}
    </span>
  )
  return href ? (
    <a href={href} className="badge-link">
      {badges}
    </a>
  ) : (
    badges
  )
}
