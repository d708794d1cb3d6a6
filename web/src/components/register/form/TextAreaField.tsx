import type { TextareaHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'

type AreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'onChange' | 'value' | 'aria-describedby'
>

interface Props extends AreaProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string | undefined
  error?: string | undefined
  optional?: boolean
  testId?: string
}

/** A labelled multi-line input with an optional hint and error, linked through aria-describedby. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  optional,
  testId,
  className,
  ...rest
}: Props) {
  const { t } = useTranslation()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> ({t('common.optional')})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={id}
        value={value}
        rows={3}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        {...rest}
      />
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
