import { useTranslation } from 'react-i18next'
import { SelectField } from '../../form/SelectField'
import { LocalizedField } from '../form/LocalizedField'
import type { Measure } from '../types'
import type { FieldsProps } from './EntryForm'

/** A technical or organisational security measure (Art. 32). */
export function MeasureFields({ draft, change, errors }: FieldsProps<Measure>) {
  const { t } = useTranslation()
  return (
    <fieldset className="fieldset section">
      <legend>{t('register.kinds.measures')}</legend>
      <LocalizedField
        path="name"
        label={t('register.fields.name')}
        value={draft.name}
        onChange={(name) => change({ name: name ?? '' })}
        errors={errors}
        testId="measure-name"
      />
      <SelectField
        id={errors.idOf('type')}
        label={t('register.fields.type')}
        value={draft.type}
        onChange={(type) => change({ type: type === 'organisational' ? 'organisational' : 'technical' })}
        error={errors.fieldError('type')}
        className="field-medium"
      >
        <option value="technical">{t('register.measureTypes.technical')}</option>
        <option value="organisational">{t('register.measureTypes.organisational')}</option>
      </SelectField>
      <LocalizedField
        path="description"
        label={t('register.fields.description')}
        value={draft.description}
        onChange={(description) => change({ description })}
        errors={errors}
        multiline
        optional
      />
    </fieldset>
  )
}
