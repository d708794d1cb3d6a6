import type { ReactNode } from 'react'
import { CheckboxField } from '../../form/CheckboxField'
import type { PathErrors } from './usePathErrors'

export interface KeyOption {
  key: string
  label: string
  description?: string | undefined
  /** Shown after the label, e.g. a badge. */
  extra?: ReactNode
}

interface Props {
  path: string
  legend: string
  options: KeyOption[]
  value: string[]
  onChange: (value: string[]) => void
  errors: PathErrors
  hint?: string | undefined
  /** Shown instead of the checkboxes when there is nothing to choose. */
  empty?: ReactNode
  /** A smaller legend, for groups inside a fieldset. */
  nested?: boolean
  testId?: string
}

/** A set of keys chosen with checkboxes, kept in the order of the options. */
export function KeyCheckboxes({
  path,
  legend,
  options,
  value,
  onChange,
  errors,
  hint,
  empty,
  nested,
  testId,
}: Props) {
  const id = errors.idOf(path)
  const error = errors.fieldError(path)
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  const known = new Set(options.map((o) => o.key))
  const toggle = (key: string, on: boolean) => {
    const next = new Set(value)
    if (on) next.add(key)
    else next.delete(key)
    // Keys the options do not know (e.g. from an imported file) stay as they are.
    onChange([...options.map((o) => o.key).filter((k) => next.has(k)), ...value.filter((k) => !known.has(k))])
  }
  return (
    <fieldset
      className={nested ? 'fieldset fieldset-nested' : 'fieldset'}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {options.length === 0 ? (
        empty
      ) : (
        <div className="checkbox-grid">
          {options.map((o) => (
            <div key={o.key} className="checkbox-option">
              <CheckboxField
                id={`${id}-${o.key}`}
                label={o.label}
                checked={value.includes(o.key)}
                onChange={(on) => toggle(o.key, on)}
                description={o.description}
              />
              {o.extra}
            </div>
          ))}
        </div>
      )}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
