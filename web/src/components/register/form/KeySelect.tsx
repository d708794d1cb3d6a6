import { useTranslation } from 'react-i18next'
import { SelectField } from '../../form/SelectField'
import type { PathErrors } from './usePathErrors'

interface Props {
  path: string
  label: string
  options: { key: string; label: string }[]
  value: string | undefined
  onChange: (value: string | undefined) => void
  errors: PathErrors
  hint?: string | undefined
  testId?: string
}

/** An optional reference to another register entry (a vendor, an activity). */
export function KeySelect({ path, label, options, value, onChange, errors, hint, testId }: Props) {
  const { t } = useTranslation()
  const unknown = value !== undefined && !options.some((o) => o.key === value)
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
      <option value="">{t('register.form.noneChosen')}</option>
      {unknown ? <option value={value}>{t('register.form.unknownKey', { key: value })}</option> : null}
      {options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label}
        </option>
      ))}
    </SelectField>
  )
}
