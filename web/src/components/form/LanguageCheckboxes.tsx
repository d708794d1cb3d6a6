import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../api/types'

interface Props {
  idPrefix: string
  legend: string
  value: Language[]
  onChange: (languages: Language[]) => void
  error?: string | undefined
}

/** A choice of one or more of the three languages. */
export function LanguageCheckboxes({ idPrefix, legend, value, onChange, error }: Props) {
  const { t } = useTranslation()
  const errorId = `${idPrefix}-error`
  return (
    <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-row">
        {LANGUAGES.map((language) => {
          const id = `${idPrefix}-${language}`
          return (
            <div key={language} className="checkbox-field">
              <input
                type="checkbox"
                id={id}
                checked={value.includes(language)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? LANGUAGES.filter((l) => l === language || value.includes(l))
                      : value.filter((l) => l !== language),
                  )
                }
              />
              <label htmlFor={id}>{t(`languages.${language}`)}</label>
            </div>
          )
        })}
      </div>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
