import { useTranslation } from 'react-i18next'
import { SelectField } from '../../form/SelectField'
import type { Lookup } from '../lookup'
import type { EnumName } from '../types'
import type { PathErrors } from './usePathErrors'

interface Props {
  path: string
  label: string
  name: EnumName
  value: string | undefined
  onChange: (value: string | undefined) => void
  lookup: Lookup
  errors: PathErrors
  /** Offer an empty choice (the field is optional). */
  optional?: boolean
  /** Shown when the chosen value has no explanation of its own. */
  hint?: string
  testId?: string
  className?: string
}

/** A choice among the values of a register enum, labelled by the catalogue; explains the chosen value. */
export function EnumSelect({
  path,
  label,
  name,
  value,
  onChange,
  lookup,
  errors,
  optional,
  hint,
  testId,
  className,
}: Props) {
  const { t } = useTranslation()
  const options = lookup.options(name)
  return (
    <SelectField
      id={errors.idOf(path)}
      label={label}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? undefined : v)}
      hint={lookup.enumHelp(name, value) ?? hint}
      error={errors.fieldError(path)}
      testId={testId}
      className={className}
    >
      {optional || value === undefined ? <option value="">{t('register.form.choose')}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  )
}
