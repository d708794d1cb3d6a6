interface Props {
  id: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  description?: string | undefined
  error?: string | undefined
  disabled?: boolean
  testId?: string
}

/** A checkbox with its label after it, an optional description and an error message. */
export function CheckboxField({ id, label, checked, onChange, description, error, disabled, testId }: Props) {
  const descriptionId = `${id}-description`
  const errorId = `${id}-error`
  const describedBy =
    [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className="checkbox-field">
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        data-testid={testId}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {description ? (
          <p id={descriptionId} className="hint">
            {description}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  )
}
