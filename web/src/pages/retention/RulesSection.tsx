import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { textIn } from '../../components/register/localized'
import { RuleForm } from '../../components/retention/RuleForm'
import type { RetentionData } from '../../components/retention/retentionApi'
import { periodText, ruleName, startText } from '../../components/retention/ruleText'

/** The register's rules in machine form, each with the form that sets how it is enforced. */
export function RulesSection({
  slug,
  data,
  onSaved,
}: {
  slug: string
  data: RetentionData
  onSaved: (rule: string) => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { day } = useDateFormat()
  const rules = data.rules.items
  const purposes = data.consentPurposes.map((p) => ({
    key: p.key,
    label: textIn(p.label, language) ?? p.key,
  }))
  const purposeLabel = (key: string) => purposes.find((p) => p.key === key)?.label ?? key
  return (
    <section className="list-section" aria-labelledby="retention-rules-title">
      <h2 id="retention-rules-title">{t('retention.rules.title')}</h2>
      <p>{t('retention.rules.intro')}</p>
      {rules.length === 0 ? <p>{t('retention.rules.none')}</p> : null}
      {rules.map((rule) => {
        const name = ruleName(rules, rule.key, language)
        const basis = rule.statutoryReference ? textIn(rule.statutoryReference, language) : undefined
        return (
          <div key={rule.key} className="card" data-testid="retention-rule" data-rule={rule.key}>
            <h3>{name}</h3>
            <dl className="summary-list">
              <dt>{t('retention.rules.period')}</dt>
              <dd>
                {periodText(rule, language, t)}
                {rule.consentRenewable ? (
                  <span className="meta"> · {t('retention.rules.consentRenewable')}</span>
                ) : null}
              </dd>
              {basis ? (
                <>
                  <dt>{t('retention.rules.legalBasis')}</dt>
                  <dd>{basis}</dd>
                </>
              ) : null}
              <dt>{t('retention.rules.start')}</dt>
              <dd>{startText(rule, t)}</dd>
              <dt>{t('retention.rules.action')}</dt>
              <dd>{t(`retention.actions.${rule.action ?? 'archive'}`)}</dd>
              {rule.consentPurpose ? (
                <>
                  <dt>{t('retention.form.consentPurpose')}</dt>
                  <dd data-testid="retention-rule-consent">
                    {t('retention.rules.renewedByConsent', {
                      purpose: purposeLabel(rule.consentPurpose),
                    })}
                  </dd>
                </>
              ) : null}
              {rule.renewedUntil ? (
                <>
                  <dt>{t('retention.rules.renewedUntil')}</dt>
                  <dd>{day(rule.renewedUntil)}</dd>
                </>
              ) : null}
              <dt>{t('retention.rules.ceiling')}</dt>
              <dd>{rule.runCeiling ?? t('retention.rules.ceilingDefault')}</dd>
              <dt>{t('retention.rules.collections')}</dt>
              <dd>
                {rule.collections.length === 0
                  ? t('retention.rules.noCollections')
                  : rule.collections
                      .map((c) => `${c.system} · ${c.collection}${c.dateField ? ` (${c.dateField})` : ''}`)
                      .join('; ')}
              </dd>
            </dl>
            {data.rules.can.write ? (
              <details>
                <summary>{t('retention.rules.edit', { rule: name })}</summary>
                <RuleForm
                  slug={slug}
                  rule={rule}
                  name={name}
                  purposes={purposes}
                  onSaved={() => onSaved(name)}
                />
              </details>
            ) : null}
          </div>
        )
      })}
    </section>
  )
}
