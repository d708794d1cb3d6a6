import { useTranslation } from 'react-i18next'
import type { Organization } from '../../api/types'

/** The organisation profile as a read-only description list. */
export function OrganizationSummary({ organization: o }: { organization: Organization }) {
  const { t } = useTranslation()
  const none = t('common.none')
  const address = [o.street, [o.postalCode, o.city].filter(Boolean).join(' '), o.country]
    .filter(Boolean)
    .join(', ')
  const rows: [string, string][] = [
    [t('organization.name'), o.name],
    [t('organization.legalName'), o.legalName || none],
    [t('organization.enterpriseNumber'), o.enterpriseNumberFormatted ?? none],
    [t('organization.address'), address || none],
    [t('organization.contactEmail'), o.contactEmail ?? none],
    [t('organization.privacyContactName'), o.privacyContactName ?? none],
    [t('organization.privacyContactEmail'), o.privacyContactEmail ?? none],
    [t('organization.dpo'), o.dpoAppointed ? t('common.yes') : t('common.no')],
    [t('organization.defaultLanguage'), t(`languages.${o.defaultLanguage}`)],
    [t('organization.languageSection'), o.languages.map((l) => t(`languages.${l}`)).join(', ')],
  ]
  return (
    <dl className="summary-list">
      {rows.map(([term, value]) => (
        <div key={term} className="summary-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
