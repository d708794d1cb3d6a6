import { useTranslation } from 'react-i18next'
import type { TaxonomySegment } from '../../../app/registerRoutes'
import { CheckboxField } from '../../form/CheckboxField'
import { LocalizedField } from '../form/LocalizedField'
import type { DataCategory } from '../types'
import type { FieldsProps } from './EntryForm'

const FLAGS = ['special', 'criminal', 'nationalNumber', 'financial'] as const

/** An own category, purpose or recipient type; data categories also say whether they are sensitive. */
export function TaxonomyFields({
  draft,
  change,
  errors,
  segment,
}: FieldsProps<DataCategory> & { segment: TaxonomySegment }) {
  const { t } = useTranslation()
  const flags = { special: false, criminal: false, nationalNumber: false, financial: false, ...draft.flags }
  return (
    <fieldset className="fieldset section">
      <legend>{t(`register.kinds.${segment}`)}</legend>
      <LocalizedField
        path="label"
        label={t('register.fields.label')}
        value={draft.label}
        onChange={(label) => change({ label: label ?? '' })}
        errors={errors}
        testId="taxonomy-label"
      />
      <LocalizedField
        path="description"
        label={t('register.fields.description')}
        value={draft.description}
        onChange={(description) => change({ description })}
        errors={errors}
        multiline
        optional
      />
      {segment === 'data-categories' ? (
        <fieldset className="fieldset fieldset-nested">
          <legend>{t('register.fields.flags')}</legend>
          {FLAGS.map((flag) => (
            <CheckboxField
              key={flag}
              id={errors.idOf(`flags.${flag}`)}
              label={t(`register.flags.${flag}`)}
              description={t(`register.flagHints.${flag}`)}
              checked={flags[flag]}
              onChange={(on) => change({ flags: { ...flags, [flag]: on } })}
            />
          ))}
        </fieldset>
      ) : null}
    </fieldset>
  )
}
