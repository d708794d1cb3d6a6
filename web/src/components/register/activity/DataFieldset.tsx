import { useTranslation } from 'react-i18next'
import type { SectionProps } from './activityDraft'
import { DataCategoryRows } from './DataCategoryRows'
import { SensitiveDataFields } from './SensitiveDataFields'
import { SubjectCategoriesField } from './SubjectCategoriesField'

/** Art. 30(1)(c): whose data, which data, where it comes from; extra grounds for sensitive data. */
export function DataFieldset(props: SectionProps) {
  const { t } = useTranslation()
  return (
    <fieldset className="fieldset section" data-testid="activity-data">
      <legend>{t('register.activity.dataSection')}</legend>
      <SubjectCategoriesField {...props} />
      <DataCategoryRows {...props} />
      <SensitiveDataFields {...props} />
    </fieldset>
  )
}
