import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../api/types'
import { SelectField } from './SelectField'

interface Props {
  id: string
  label: string
  value: Language
  onChange: (language: Language) => void
  error?: string | undefined
  hint?: string | undefined
  disabled?: boolean
}

/** One of the three languages Custos speaks. */
export function LanguageSelect({ id, label, value, onChange, error, hint, disabled }: Props) {
  const { t } = useTranslation()
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      error={error}
      hint={hint}
      disabled={disabled}
      className="field-medium"
      onChange={(v) => {
        const language = LANGUAGES.find((l) => l === v)
        if (language) onChange(language)
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {t(`languages.${l}`)}
        </option>
      ))}
    </SelectField>
  )
}
