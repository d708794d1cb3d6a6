import type { Lookup } from '../lookup'
import type { EnumName } from '../types'
import type { PathErrors } from './usePathErrors'

interface Props {
  path: string
  legend: string
  name: EnumName
  value: string | undefined
  onChange: (value: string) => void
  lookup: Lookup
  errors: PathErrors
  testId?: string
}

/** The values of a short register enum as radio buttons, each with its explanation from the catalogue. */
export function EnumRadios({ path, legend, name, value, onChange, lookup, errors, testId }: Props) {
  const id = errors.idOf(path)
  const error = errors.fieldError(path)
  return (
    <fieldset
      className="fieldset fieldset-nested"
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
      data-testid={testId}
    >
      <legend>{legend}</legend>
      {lookup.options(name).map((o) => {
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
              aria-describedby={o.help ? `${optionId}-help` : undefined}
            />
            <div>
              <label htmlFor={optionId}>{o.label}</label>
              {o.help ? (
                <p id={`${optionId}-help`} className="hint">
                  {o.help}
                </p>
              ) : null}
            </div>
          </div>
        )
      })}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
