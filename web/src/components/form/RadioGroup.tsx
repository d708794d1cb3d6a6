interface Option<V extends string> {
  value: V
  label: string
  hint?: string | undefined
}

interface Props<V extends string> {
  id: string
  legend: string
  options: readonly Option<V>[]
  value: V | ''
  onChange: (value: V) => void
  error?: string | undefined
  /** Options side by side when they are short. */
  inline?: boolean
}

/** A group of radio buttons in a fieldset; focusable as a whole (id) so an error can move focus to it. */
export function RadioGroup<V extends string>({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  inline,
}: Props<V>) {
  const errorId = `${id}-error`
  return (
    <fieldset
      className="fieldset fieldset-nested"
      id={id}
      tabIndex={-1}
      aria-describedby={error ? errorId : undefined}
      data-testid={id}
    >
      <legend>{legend}</legend>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={inline ? 'checkbox-row' : undefined}>
        {options.map((o) => {
          const optionId = `${id}-${o.value}`
          return (
            <div key={o.value} className="radio-field">
              <input
                type="radio"
                id={optionId}
                name={id}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                data-testid={optionId}
              />
              <div>
                <label htmlFor={optionId}>{o.label}</label>
                {o.hint ? (
                  <p id={`${optionId}-hint`} className="hint">
                    {o.hint}
                  </p>
                ) : null}
              </div>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
