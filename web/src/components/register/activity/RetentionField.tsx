import { useTranslation } from 'react-i18next'
import { registerHref } from '../../../app/routes'
import { KeyCheckboxes } from '../form/KeyCheckboxes'
import { formatDuration } from '../format'
import type { RetentionUse } from '../types'
import type { SectionProps } from './activityDraft'
import { InlineCreate } from './InlineCreate'

/** The retention rules of the activity; each may be limited to some of the activity's data categories. */
export function RetentionField({
  draft,
  change,
  lookup,
  errors,
  data,
  slug,
  onRegisterChanged,
}: SectionProps & { slug: string; onRegisterChanged: () => void }) {
  const { t } = useTranslation()
  const retention = draft.retention ?? []
  const categories = (draft.dataCategories ?? [])
    .map((d) => d.category)
    .filter((c, i, all) => c && all.indexOf(c) === i)
    .map((c) => ({ key: c, label: lookup.choiceLabel(lookup.dataCategories, c) }))
  const setRules = (rules: string[]) =>
    change({
      retention: rules.map(
        (rule): RetentionUse => retention.find((r) => r.rule === rule) ?? { rule, dataCategories: [] },
      ),
    })
  const setCategories = (index: number, dataCategories: string[]) =>
    change({ retention: retention.map((r, i) => (i === index ? { ...r, dataCategories } : r)) })
  return (
    <>
      <KeyCheckboxes
        path="retention"
        legend={t('register.fields.retention')}
        hint={t('register.activity.retentionHint')}
        options={data.doc.retentionRules.map((r) => ({
          key: r.key,
          label: lookup.text(r.name) || r.key,
          description: [
            r.openEnd
              ? t(`register.retention.lengths.${r.openEnd}`)
              : formatDuration(r.duration, lookup.language),
            lookup.enumLabel('retentionTriggers', r.trigger),
          ]
            .filter(Boolean)
            .join(' · '),
        }))}
        value={retention.map((r) => r.rule)}
        onChange={setRules}
        errors={errors}
        empty={
          <p className="muted">
            {t('register.activity.nothingYet')}{' '}
            <a href={registerHref(slug, { view: 'retention-rules' })}>{t('register.nav.retention-rules')}</a>
          </p>
        }
        nested
        testId="activity-retention"
      />
      <InlineCreate
        slug={slug}
        segment="retention-rules"
        data={data}
        onCreated={(key) => {
          setRules([...retention.map((r) => r.rule), key])
          onRegisterChanged()
        }}
      />
      {categories.length > 0
        ? retention.map((r, i) => (
            <KeyCheckboxes
              key={r.rule}
              path={`retention.${i}.dataCategories`}
              legend={t('register.activity.retentionAppliesTo', {
                rule: lookup.nameOf.retentionRule(r.rule),
              })}
              hint={t('register.activity.retentionAppliesToHint')}
              options={categories}
              value={r.dataCategories ?? []}
              onChange={(keys) => setCategories(i, keys)}
              errors={errors}
              nested
            />
          ))
        : null}
    </>
  )
}
