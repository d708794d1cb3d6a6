import { useTranslation } from 'react-i18next'
import { KeyCheckboxes } from '../form/KeyCheckboxes'
import type { Choice } from '../lookup'
import type { SectionProps } from './activityDraft'

/** The categories of data subjects, built-in and own, as two groups of checkboxes. */
export function SubjectCategoriesField({ draft, change, lookup, errors }: SectionProps) {
  const { t } = useTranslation()
  const value = draft.subjectCategories ?? []
  const error = errors.fieldError('subjectCategories')
  const id = errors.idOf('subjectCategories')
  const options = (choices: Choice[]) =>
    choices.map((c) => ({
      key: c.key,
      label: c.label,
      description: c.description,
      extra: c.vulnerable ? (
        <span className="badge badge-warning">{t('register.activity.vulnerable')}</span>
      ) : null,
    }))
  const builtIn = lookup.subjectCategories.filter((c) => !c.own)
  const own = lookup.subjectCategories.filter((c) => c.own)
  return (
    <fieldset
      className="fieldset fieldset-nested"
      id={id}
      tabIndex={-1}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      data-testid="subject-categories"
    >
      <legend>{t('register.fields.subjectCategories')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('register.activity.subjectCategoriesHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <KeyCheckboxes
        path="subjectCategories.builtIn"
        legend={t('register.form.builtIn')}
        options={options(builtIn)}
        value={value}
        onChange={(subjectCategories) => change({ subjectCategories })}
        errors={errors}
        nested
      />
      {own.length > 0 ? (
        <KeyCheckboxes
          path="subjectCategories.own"
          legend={t('register.form.own')}
          options={options(own)}
          value={value}
          onChange={(subjectCategories) => change({ subjectCategories })}
          errors={errors}
          nested
        />
      ) : null}
    </fieldset>
  )
}
