import { type ReactNode, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { PathErrors } from './usePathErrors'

interface Props<T> {
  path: string
  legend: string
  hint?: string | undefined
  items: T[]
  onChange: (items: T[]) => void
  newItem: () => T
  /** The legend of one row, e.g. 'Purpose 2'. */
  rowLegend: (index: number) => string
  addLabel: string
  renderRow: (item: T, index: number, update: (change: Partial<T>) => void) => ReactNode
  errors: PathErrors
  empty?: string
  testId?: string
  /** A top-level part of the form rather than a group inside one. */
  section?: boolean
}

/** A repeatable group of fields: each row a fieldset with a remove button, and a button to add one. */
export function Rows<T>({
  path,
  legend,
  hint,
  items,
  onChange,
  newItem,
  rowLegend,
  addLabel,
  renderRow,
  errors,
  empty,
  testId,
  section,
}: Props<T>) {
  const { t } = useTranslation()
  const id = errors.idOf(path)
  const listRef = useRef<HTMLDivElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  const focusRow = useRef<number | null>(null)
  const error = errors.fieldError(path)

  useEffect(() => {
    const index = focusRow.current
    if (index === null) return
    focusRow.current = null
    if (index < 0) {
      addRef.current?.focus()
      return
    }
    const row = listRef.current?.querySelectorAll<HTMLElement>(':scope > .row')[index]
    row?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  })

  const update = (index: number, change: Partial<T>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)))

  return (
    <fieldset
      className={section ? 'fieldset section' : 'fieldset fieldset-nested'}
      id={id}
      tabIndex={-1}
      data-testid={testId}
    >
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div ref={listRef} className="rows">
        {items.length === 0 && empty ? <p className="muted">{empty}</p> : null}
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; the index is their path
          <fieldset key={index} className="row">
            <legend>{rowLegend(index)}</legend>
            {renderRow(item, index, (change) => update(index, change))}
            <div className="row-actions">
              <button
                type="button"
                className="button-danger-quiet"
                onClick={() => {
                  focusRow.current = items.length > 1 ? Math.max(0, index - 1) : -1
                  onChange(items.filter((_, i) => i !== index))
                }}
              >
                {t('register.form.removeRow', { row: rowLegend(index) })}
              </button>
            </div>
          </fieldset>
        ))}
      </div>
      <button
        ref={addRef}
        type="button"
        className="button-secondary"
        data-testid={testId ? `${testId}-add` : undefined}
        onClick={() => {
          focusRow.current = items.length
          onChange([...items, newItem()])
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  )
}
