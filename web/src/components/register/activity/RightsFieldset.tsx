import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../form/CheckboxField'
import type { SectionProps } from './activityDraft'

/** Art. 20: whether the right to data portability is offered for this activity. */
export function RightsFieldset({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <fieldset className="fieldset section">
      <legend>{t('register.activity.rightsSection')}</legend>
      <CheckboxField
        id={errors.idOf('portability')}
        label={t('register.fields.portability')}
        description={t('register.activity.portabilityHint')}
        checked={draft.portability ?? false}
        onChange={(portability) => change({ portability })}
        error={errors.fieldError('portability')}
      />
    </fieldset>
  )
}
