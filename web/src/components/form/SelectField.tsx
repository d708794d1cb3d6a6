import type { ReactNode } from 'react'

interface Props {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  children: ReactNode
  hint?: string | undefined
  error?: string | undefined
  disabled?: boolean
  testId?: string
  className?: string
}

/** A labelled select with an optional hint and error message. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  children,
  hint,
  error,
  disabled,
  testId,
  className,
}: Props) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        data-testid={testId}
      >
        {children}
      </select>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
