import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { orgHref, registerHref } from '../../app/routes'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { entriesOf, SEGMENT_OF_TYPE } from '../../components/register/entries'
import { FindingsList } from '../../components/register/FindingsList'
import type { Finding } from '../../components/register/types'
import {
  COOKIE_SCAN_RULE_PREFIX,
  useCookieScanFindings,
} from '../../components/register/useCookieScanFindings'
import { type RegisterData, useRegisterData } from '../../components/register/useRegisterData'
import { STALE_SCREENING_RULE, useStaleScreenings } from '../../components/register/useStaleScreenings'

/** The register check: every error, then every warning, with the fix and a link to the entry concerned. */
export function CheckPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const register = useRegisterData(slug, { check: true })
  const screenings = useStaleScreenings(slug)
  const cookieScan = useCookieScanFindings(slug)

  const linkOf = (data: RegisterData) => (f: Finding) => {
    if (f.rule === STALE_SCREENING_RULE) return { href: orgHref(slug, 'dpia'), label: t('dpia.linter.link') }
    if (f.rule.startsWith(COOKIE_SCAN_RULE_PREFIX))
      return { href: orgHref(slug, 'cookies'), label: t('cookies.linter.link') }
    if (f.object.type === 'organization')
      return { href: orgHref(slug, 'settings'), label: t('register.check.organization') }
    const segment = SEGMENT_OF_TYPE[f.object.type]
    const key = f.object.key
    if (!segment || !key) return null
    const entry = entriesOf(data.doc, segment).find((e) => e.key === key)
    const record = entry as Record<string, unknown> | undefined
    const name = data.lookup.text((record?.name ?? record?.label) as string | undefined) || key
    return {
      href: registerHref(slug, { view: 'entry', segment, key }),
      label: `${t(`register.kinds.${segment}`)}: ${name}`,
    }
  }

  return (
    <>
      <PageTitle>{t('register.check.title')}</PageTitle>
      <p className="lead">{t('register.check.intro')}</p>
      <ResourceView resource={register}>
        {(data) => {
          if (!data.check) return <ErrorMessage error={data.checkError} />
          // Paths inside the entry: the link names the entry already.
          const findings = [
            ...data.check.findings.map((f) =>
              f.object.key ? { ...f, path: f.path.replace(/^(taxonomy\.)?[A-Za-z]+\.\d+\.?/, '') } : f,
            ),
            ...screenings.findings,
            ...cookieScan.findings,
          ]
          const errors = findings.filter((f) => f.severity === 'error')
          const warnings = findings.filter((f) => f.severity === 'warning')
          return (
            <>
              <p
                className={findings.length === 0 ? 'alert alert-success' : 'alert alert-info'}
                data-testid="check-summary"
              >
                {findings.length === 0 && screenings.loading
                  ? t('dpia.linter.checking')
                  : findings.length === 0 && cookieScan.loading
                    ? t('cookies.linter.checking')
                    : findings.length === 0
                      ? t('register.check.allGood')
                      : t('register.check.summary', {
                          errors: t('register.check.errorCount', { count: errors.length }),
                          warnings: t('register.check.warningCount', { count: warnings.length }),
                        })}
              </p>
              {screenings.failed ? (
                <p className="alert alert-warning" data-testid="check-screenings-failed">
                  {t('dpia.linter.notChecked')}
                </p>
              ) : null}
              {cookieScan.failed ? (
                <p className="alert alert-warning" data-testid="check-cookie-scan-failed">
                  {t('cookies.linter.notChecked')}
                </p>
              ) : null}
              {errors.length > 0 ? (
                <section aria-labelledby="check-errors" data-testid="check-errors">
                  <h2 id="check-errors">{t('register.check.errorsTitle', { count: errors.length })}</h2>
                  <FindingsList findings={errors} linkOf={linkOf(data)} showPath />
                </section>
              ) : null}
              {warnings.length > 0 ? (
                <section aria-labelledby="check-warnings" data-testid="check-warnings">
                  <h2 id="check-warnings">{t('register.check.warningsTitle', { count: warnings.length })}</h2>
                  <FindingsList findings={warnings} linkOf={linkOf(data)} showPath />
                </section>
              ) : null}
            </>
          )
        }}
      </ResourceView>
    </>
  )
}
