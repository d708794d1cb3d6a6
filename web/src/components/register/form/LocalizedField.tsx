import { useTranslation } from 'react-i18next'
import { TextField } from '../../form/TextField'
import { fromParts, type LocalizedText, partsOf, TEXT_LANGUAGES } from '../localized'
import { TextAreaField } from './TextAreaField'
import type { PathErrors } from './usePathErrors'

interface Props {
  path: string
  label: string
  value: LocalizedText | undefined
  onChange: (value: LocalizedText | undefined) => void
  errors: PathErrors
  hint?: string | undefined
  multiline?: boolean
  optional?: boolean
  testId?: string
}

/** A text in Dutch, French and English: a group of three inputs, each marked with its language. */
export function LocalizedField({
  path,
  label,
  value,
  onChange,
  errors,
  hint,
  multiline,
  optional,
  testId,
}: Props) {
  const { t } = useTranslation()
  const id = errors.idOf(path)
  const error = errors.fieldError(path)
  const parts = partsOf(value)
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <fieldset
      className="fieldset localized"
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      <legend>
        {label}
        {optional ? <span className="optional"> ({t('common.optional')})</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <div className="localized-inputs">
        {TEXT_LANGUAGES.map((language) => {
          const props = {
            id: `${id}-${language}`,
            label: t(`languages.${language}`),
            value: parts[language],
            lang: language,
            error: errors.fieldError(`${path}.${language}`),
            testId: testId ? `${testId}-${language}` : undefined,
            onChange: (text: string) => onChange(fromParts({ ...parts, [language]: text })),
          }
          return multiline ? (
            <TextAreaField key={language} {...props} />
          ) : (
            <TextField key={language} {...props} />
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
