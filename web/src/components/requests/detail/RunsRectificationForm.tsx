import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RunChange } from '../../connectors/runApi'

interface Row {
  collection: string
  field: string
  value: string
}

const EMPTY: Row = { collection: '', field: '', value: '' }

/** The new values of a rectification: per row a collection, a field and the corrected value. */
export function RunsRectificationForm({
  busy,
  onRun,
  onCancel,
}: {
  busy: boolean
  onRun: (changes: RunChange[], dryRun: boolean) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [rows, setRows] = useState<Row[]>([EMPTY])
  const [error, setError] = useState<string | null>(null)
  const [dryRun, setDryRun] = useState(true)
  const update = (index: number, patch: Partial<Row>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const filled = rows.filter((r) => r.collection.trim() || r.field.trim() || r.value.trim())
    if (filled.length === 0 || filled.some((r) => !r.collection.trim() || !r.field.trim())) {
      setError(t('connectors.runs.rectification.incomplete'))
      return
    }
    setError(null)
    onRun(
      filled.map((r) => ({ collection: r.collection.trim(), field: r.field.trim(), value: r.value })),
      dryRun,
    )
  }

  return (
    <form onSubmit={submit} noValidate className="run-rectification" data-testid="rectification-form">
      <fieldset className="fieldset fieldset-nested">
        <legend>{t('connectors.runs.rectification.legend')}</legend>
        <p className="hint">{t('connectors.runs.rectification.hint')}</p>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity of their own
          <div key={i} className="rectification-row" data-testid="rectification-row">
            <div className="field">
              <label htmlFor={`rect-collection-${i}`}>{t('connectors.runs.rectification.collection')}</label>
              <input
                id={`rect-collection-${i}`}
                value={row.collection}
                onChange={(e) => update(i, { collection: e.target.value })}
                autoComplete="off"
                spellCheck={false}
                data-testid={`rect-collection-${i}`}
              />
            </div>
            <div className="field">
              <label htmlFor={`rect-field-${i}`}>{t('connectors.runs.rectification.field')}</label>
              <input
                id={`rect-field-${i}`}
                value={row.field}
                onChange={(e) => update(i, { field: e.target.value })}
                autoComplete="off"
                spellCheck={false}
                data-testid={`rect-field-${i}`}
              />
            </div>
            <div className="field">
              <label htmlFor={`rect-value-${i}`}>{t('connectors.runs.rectification.value')}</label>
              <input
                id={`rect-value-${i}`}
                value={row.value}
                onChange={(e) => update(i, { value: e.target.value })}
                autoComplete="off"
                data-testid={`rect-value-${i}`}
              />
            </div>
            {rows.length > 1 ? (
              <button
                type="button"
                className="button-danger-quiet"
                aria-label={t('connectors.runs.rectification.removeRow', { number: i + 1 })}
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
              >
                {t('connectors.runs.rectification.remove')}
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" className="button-secondary" onClick={() => setRows([...rows, EMPTY])}>
          {t('connectors.runs.rectification.add')}
        </button>
      </fieldset>
      <div className="checkbox-field">
        <input
          type="checkbox"
          id="rect-dry-run"
          checked={dryRun}
          onChange={(e) => setDryRun(e.target.checked)}
          data-testid="rect-dry-run"
        />
        <label htmlFor="rect-dry-run">{t('connectors.runs.rectification.dryRun')}</label>
      </div>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="rectification-submit">
          {dryRun ? t('connectors.runs.dryRun') : t('connectors.runs.run')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
