import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../form/SelectField'
import { type Choice, isSensitive } from '../lookup'
import type { PathErrors } from './usePathErrors'

export interface ChoiceGroup {
  label: string
  choices: Choice[]
}

/** Built-in entries, the sensitive built-in data categories apart, then the organisation's own. */
export function choiceGroups(t: TFunction, choices: Choice[]): ChoiceGroup[] {
  const sensitive = (c: Choice) => (c.flags ? isSensitive(c.flags) : false)
  return [
    { label: t('register.form.builtIn'), choices: choices.filter((c) => !c.own && !sensitive(c)) },
    { label: t('register.form.builtInSensitive'), choices: choices.filter((c) => !c.own && sensitive(c)) },
    { label: t('register.form.own'), choices: choices.filter((c) => c.own) },
  ].filter((g) => g.choices.length > 0)
}

interface Props {
  path: string
  label: string
  choices: Choice[]
  value: string | undefined
  onChange: (value: string | undefined) => void
  errors: PathErrors
  hint?: string | undefined
  testId?: string
}

/** A taxonomy choice (purpose, data category...) from the catalogue and the organisation's own taxonomy. */
export function ChoiceSelect({ path, label, choices, value, onChange, errors, hint, testId }: Props) {
  const { t } = useTranslation()
  const unknown = value !== undefined && value !== '' && !choices.some((c) => c.key === value)
  return (
    <SelectField
      id={errors.idOf(path)}
      label={label}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? undefined : v)}
      hint={hint}
      error={errors.fieldError(path)}
      testId={testId}
    >
      <option value="">{t('register.form.choose')}</option>
      {unknown ? <option value={value}>{t('register.form.unknownKey', { key: value })}</option> : null}
      {choiceGroups(t, choices).map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  )
}
