import { useTranslation } from 'react-i18next'
import { ChoiceSelect } from '../form/ChoiceSelect'
import { EnumSelect } from '../form/EnumSelect'
import { LocalizedField } from '../form/LocalizedField'
import { Rows } from '../form/Rows'
import type { DataCategoryUse } from '../types'
import type { SectionProps } from './activityDraft'
import { SensitivityBadges } from './SensitivityBadges'

type Source = NonNullable<DataCategoryUse['source']>
type Requirement = NonNullable<DataCategoryUse['requirement']>

/** The categories of personal data, each with its source (Art. 14) and whether the subject must provide it. */
export function DataCategoryRows({ draft, change, lookup, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Rows<DataCategoryUse>
      path="dataCategories"
      legend={t('register.fields.dataCategories')}
      hint={t('register.activity.dataCategoriesHint')}
      items={draft.dataCategories ?? []}
      onChange={(dataCategories) => change({ dataCategories })}
      newItem={() => ({ category: '', source: 'subject' })}
      rowLegend={(i) => t('register.activity.dataCategoryRow', { n: i + 1 })}
      addLabel={t('register.activity.addDataCategory')}
      empty={t('register.activity.noDataCategories')}
      errors={errors}
      testId="data-categories"
      renderRow={(item, i, update) => {
        const p = (field: string) => `dataCategories.${i}.${field}`
        const chosen = lookup.dataCategories.find((c) => c.key === item.category)
        const source = item.source ?? 'subject'
        // Not stated until chosen: the notice then says nothing about it (Art. 13(2)(e)).
        const requirement = item.requirement
        return (
          <>
            <div className="row-grid">
              <ChoiceSelect
                path={p('category')}
                label={t('register.fields.category')}
                choices={lookup.dataCategories}
                value={item.category || undefined}
                onChange={(category) => update({ category: category ?? '' })}
                errors={errors}
                testId={`data-category-${i}`}
              />
              <EnumSelect
                path={p('source')}
                label={t('register.fields.source')}
                name="dataSources"
                value={source}
                onChange={(v) => update({ source: (v ?? 'subject') as Source })}
                lookup={lookup}
                errors={errors}
              />
              <EnumSelect
                path={p('requirement')}
                label={t('register.fields.requirement')}
                name="dataRequirements"
                value={requirement}
                onChange={(v) => update({ requirement: v as Requirement | undefined })}
                lookup={lookup}
                errors={errors}
                optional
              />
            </div>
            {chosen?.description ? <p className="hint">{chosen.description}</p> : null}
            {item.category ? <SensitivityBadges flags={lookup.flagsOf(item.category)} /> : null}
            {source !== 'subject' || item.sourceName ? (
              <LocalizedField
                path={p('sourceName')}
                label={t('register.fields.sourceName')}
                hint={t('register.activity.sourceNameHint')}
                value={item.sourceName}
                onChange={(sourceName) => update({ sourceName })}
                errors={errors}
              />
            ) : null}
            {(requirement !== undefined && requirement !== 'none') || item.consequence ? (
              <LocalizedField
                path={p('consequence')}
                label={t('register.fields.consequence')}
                hint={t('register.activity.consequenceHint')}
                value={item.consequence}
                onChange={(consequence) => update({ consequence })}
                errors={errors}
                multiline
              />
            ) : null}
          </>
        )
      }}
    />
  )
}
